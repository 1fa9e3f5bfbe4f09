package org.ipflow.application;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * IPFlow's own record of decisions, written in the same transaction as each task completion. The
 * timeline and "done by me" read from here because the engine's history queries for them grow slow
 * with history (see DESIGN.md, speed by design).
 */
@Repository
public class DecisionRecords {

    public static final String SYSTEM = "system";

    private final JdbcClient jdbc;

    DecisionRecords(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public void record(long applicationId, String taskId, String stepKey, String stepName, String actor,
            String decision, String comment, String details) {
        record(applicationId, taskId, stepKey, stepName, actor, decision, comment, null, details);
    }

    /**
     * A person's decision in a task; {@code reviewStep} marks a step of the reviewer or expert groups, which
     * separation of duties reads.
     */
    public void recordStep(long applicationId, String taskId, String stepKey, String stepName, String actor,
            String decision, String comment, String details, boolean reviewStep) {
        jdbc.sql("insert into decision_record (application_id, task_id, step_key, step_name, actor, decided_at, "
                        + "decision, comment, details, review_step) values (?,?,?,?,?,?,?,?,?,?)")
                .params(applicationId, taskId, stepKey, stepName, actor, Timestamp.from(Instant.now()), decision,
                        comment, details, reviewStep)
                .update();
    }

    /** An entry whose comment IPFlow or a model wrote, in Chinese and in English. */
    public void record(long applicationId, String taskId, String stepKey, String stepName, String actor,
            String decision, String comment, String commentEn, String details) {
        jdbc.sql("insert into decision_record (application_id, task_id, step_key, step_name, actor, decided_at, "
                        + "decision, comment, comment_en, details) values (?,?,?,?,?,?,?,?,?,?)")
                .params(applicationId, taskId, stepKey, stepName, actor, Timestamp.from(Instant.now()), decision,
                        comment, commentEn, details)
                .update();
    }

    public List<Decision> timeline(long applicationId) {
        return jdbc.sql("select * from decision_record where application_id = ? order by decided_at, id")
                .param(applicationId).query(this::map).list();
    }

    /** The actor's decisions, newest first, keyset-paged by id (ids grow with time). */
    public List<Decision> doneBy(String actor, Long beforeId, int limit) {
        return jdbc.sql("select * from decision_record where actor = ? and id < ? order by id desc "
                        + "fetch first ? rows only")
                .params(actor, beforeId == null ? Long.MAX_VALUE : beforeId, limit).query(this::map).list();
    }

    private Decision map(ResultSet rs, int row) throws SQLException {
        return new Decision(rs.getLong("id"), rs.getLong("application_id"), rs.getString("task_id"),
                rs.getString("step_key"), rs.getString("step_name"), rs.getString("actor"),
                rs.getTimestamp("decided_at").toInstant(), rs.getString("decision"), rs.getString("comment"),
                rs.getString("comment_en"), rs.getString("details"));
    }
}
