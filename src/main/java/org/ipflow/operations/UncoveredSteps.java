package org.ipflow.operations;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.Set;
import org.ipflow.identity.GroupCoverage;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;

/**
 * Steps nobody can take: open, unassigned tasks whose candidate group has no active member (an application
 * from a region without reviewers waits there for ever). Read with SQL over the engine's task tables, as the
 * inbox does: Camunda's task query cannot group by candidate group.
 */
@Service
public class UncoveredSteps {

    /** The tasks of one step waiting for one group nobody covers. */
    public record UncoveredStep(String group, String processKey, String activityId, String activityName, long tasks,
            Instant oldest, String example) {
    }

    private record Row(String group, String definitionId, String activityId, long tasks, Instant oldest,
            String example) {
    }

    private final JdbcClient jdbc;
    private final GroupCoverage coverage;
    private final ProcessLabels labels;

    UncoveredSteps(JdbcClient jdbc, GroupCoverage coverage, ProcessLabels labels) {
        this.jdbc = jdbc;
        this.coverage = coverage;
        this.labels = labels;
    }

    /** Oldest first: the operations page and the dashboard list them. */
    public List<UncoveredStep> list() {
        List<Row> rows = jdbc.sql("select L.GROUP_ID_, T.PROC_DEF_ID_, T.TASK_DEF_KEY_, count(*), min(T.CREATE_TIME_), "
                        + "min(E.BUSINESS_KEY_) from ACT_RU_TASK T "
                        + "join ACT_RU_IDENTITYLINK L on L.TASK_ID_ = T.ID_ and L.TYPE_ = 'candidate' and L.GROUP_ID_ is not null "
                        + "left join ACT_RU_EXECUTION E on E.ID_ = T.PROC_INST_ID_ where T.ASSIGNEE_ is null "
                        + "group by L.GROUP_ID_, T.PROC_DEF_ID_, T.TASK_DEF_KEY_ order by min(T.CREATE_TIME_)")
                .query((rs, i) -> new Row(rs.getString(1), rs.getString(2), rs.getString(3), rs.getLong(4),
                        instant(rs.getTimestamp(5)), rs.getString(6)))
                .list();
        Set<String> uncovered = coverage.uncovered(rows.stream().map(Row::group).distinct().toList());
        return rows.stream().filter(row -> uncovered.contains(row.group()))
                .map(row -> {
                    var definition = labels.definition(row.definitionId());
                    return new UncoveredStep(row.group(), definition == null ? null : definition.getKey(),
                            row.activityId(), labels.stepName(row.definitionId(), row.activityId()), row.tasks(),
                            row.oldest(), row.example());
                }).toList();
    }

    private static Instant instant(Timestamp time) {
        return time == null ? null : time.toInstant();
    }
}
