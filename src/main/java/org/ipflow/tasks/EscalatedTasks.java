package org.ipflow.tasks;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import org.ipflow.calendar.WorkingDays;
import org.ipflow.shared.OfficeTime;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * The open tasks whose due date passed more than the set number of working days ago, most overdue first, read
 * with SQL over the engine's task tables as the inbox does (the task query cannot filter by a computed
 * overdue-ness). Bounded: an office with more escalations than {@link #MAX} has other problems to solve first.
 */
@Component
class EscalatedTasks {

    static final int MAX = 500;

    /** An escalated task as the engine holds it; its candidate groups matter only while nobody holds it. */
    record Overdue(String id, String processInstanceId, String processDefinitionId, String taskDefinitionKey,
            String name, String assignee, Instant due, int workingDaysOverdue, Set<String> groups) {
    }

    private record Row(String id, String processInstanceId, String processDefinitionId, String taskDefinitionKey,
            String name, String assignee, Instant due) {
    }

    private final JdbcClient jdbc;
    private final WorkingDays workingDays;
    private final EscalationSettings settings;
    private final Clock clock;

    EscalatedTasks(JdbcClient jdbc, WorkingDays workingDays, EscalationSettings settings, ObjectProvider<Clock> clock) {
        this.jdbc = jdbc;
        this.workingDays = workingDays;
        this.settings = settings;
        this.clock = clock.getIfAvailable(Clock::systemUTC);
    }

    List<Overdue> escalated() {
        Instant now = clock.instant();
        List<Row> rows = jdbc.sql("select ID_, PROC_INST_ID_, PROC_DEF_ID_, TASK_DEF_KEY_, NAME_, ASSIGNEE_, DUE_DATE_ "
                        + "from ACT_RU_TASK where DUE_DATE_ < ? and SUSPENSION_STATE_ = 1 order by DUE_DATE_, ID_ "
                        + "fetch first " + MAX + " rows only")
                .param(Timestamp.from(now))
                .query((rs, i) -> new Row(rs.getString(1), rs.getString(2), rs.getString(3), rs.getString(4),
                        rs.getString(5), rs.getString(6), rs.getTimestamp(7).toInstant()))
                .list();
        List<Row> escalated = rows.stream().filter(r -> workingDaysSince(r.due(), now) > settings.overdueWorkingDays())
                .toList();
        Map<String, Set<String>> groups = groups(escalated.stream().filter(r -> r.assignee() == null).map(Row::id).toList());
        List<Overdue> result = new ArrayList<>();
        escalated.forEach(r -> result.add(new Overdue(r.id(), r.processInstanceId(), r.processDefinitionId(),
                r.taskDefinitionKey(), r.name(), r.assignee(), r.due(), workingDaysSince(r.due(), now),
                groups.getOrDefault(r.id(), Set.of()))));
        return result;
    }

    /** The working days after the due date's day, up to and including today, in the office's time zone. */
    int workingDaysSince(Instant due, Instant now) {
        LocalDate today = now.atZone(OfficeTime.ZONE).toLocalDate();
        int count = 0;
        for (LocalDate day = due.atZone(OfficeTime.ZONE).toLocalDate().plusDays(1); !day.isAfter(today);
                day = day.plusDays(1)) {
            count += workingDays.isWorkingDay(day) ? 1 : 0;
        }
        return count;
    }

    private Map<String, Set<String>> groups(Collection<String> taskIds) {
        Map<String, Set<String>> groups = new TreeMap<>();
        if (taskIds.isEmpty()) {
            return groups;
        }
        jdbc.sql("select TASK_ID_, GROUP_ID_ from ACT_RU_IDENTITYLINK where TYPE_ = 'candidate' "
                        + "and GROUP_ID_ is not null and TASK_ID_ in (:ids)")
                .param("ids", taskIds)
                .query(rs -> {
                    groups.computeIfAbsent(rs.getString(1), id -> new TreeSet<>()).add(rs.getString(2));
                });
        return groups;
    }
}
