package org.ipflow.reporting;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Open tasks whose due date has passed, per assignee ({@code null}: nobody has claimed them), from the
 * engine's runtime table, which holds open tasks only. Counted by the database, read only: the task
 * service stays with the process façades.
 */
@Component
class OverdueTasks {

    record Overdue(String assignee, long tasks, Instant oldestDue) {
    }

    private final JdbcClient jdbc;

    OverdueTasks(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    List<Overdue> byAssignee(Instant now) {
        return jdbc.sql("select ASSIGNEE_ as assignee, count(*) as tasks, min(DUE_DATE_) as oldest from ACT_RU_TASK "
                        + "where DUE_DATE_ < ? group by ASSIGNEE_ order by count(*) desc, min(DUE_DATE_)")
                .param(Timestamp.from(now))
                .query((rs, i) -> new Overdue(rs.getString("assignee"), rs.getLong("tasks"),
                        rs.getTimestamp("oldest").toInstant()))
                .list();
    }
}
