package org.ipflow.tasks;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.Collection;
import java.util.HashMap;
import java.util.Map;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The {@code task_reminder} table: who reminded about which overdue task, and when. */
@Repository
class Reminders {

    /** The last reminder about a task. */
    record Reminder(String by, Instant at) {
    }

    private final JdbcClient jdbc;

    Reminders(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    Map<String, Reminder> latest(Collection<String> taskIds) {
        Map<String, Reminder> latest = new HashMap<>();
        if (taskIds.isEmpty()) {
            return latest;
        }
        jdbc.sql("select task_id, reminded_by, reminded_at from task_reminder where task_id in (:ids) order by id")
                .param("ids", taskIds)
                .query(rs -> {
                    latest.put(rs.getString(1), new Reminder(rs.getString(2), rs.getTimestamp(3).toInstant()));
                });
        return latest;
    }

    void record(String taskId, long applicationId, String by, Instant at) {
        jdbc.sql("insert into task_reminder (task_id, application_id, reminded_by, reminded_at) values (?,?,?,?)")
                .params(taskId, applicationId, by, Timestamp.from(at)).update();
    }
}
