package org.ipflow.application.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import org.ipflow.application.Decision;
import org.ipflow.application.NewDecision;
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

    /** Writes the entry in the caller's transaction, so it commits or rolls back with the step it records. */
    public void record(NewDecision entry) {
        jdbc.sql("insert into decision_record (application_id, task_id, step_key, step_name, actor, decided_at, "
                        + "decision, comment, comment_en, details, review_step, on_behalf_of) values (?,?,?,?,?,?,?,?,?,?,?,?)")
                .params(entry.applicationId(), entry.taskId(), entry.stepKey(), entry.stepName(), entry.actor(),
                        Timestamp.from(Instant.now()), entry.decision(), entry.comment(), entry.commentEn(),
                        entry.details(), entry.reviewStep(), entry.onBehalfOf())
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
                rs.getString("comment_en"), rs.getString("details"), rs.getString("on_behalf_of"));
    }
}
