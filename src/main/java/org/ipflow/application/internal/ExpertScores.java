package org.ipflow.application.internal;

import java.math.BigDecimal;
import java.sql.Timestamp;
import java.time.Instant;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * The {@code expert_score} table: one score per expert, scoring step and round of an application, kept
 * by its unique key. Of concurrent completions by one expert the first inserts; the others wait on the
 * key until it commits and then fail, so only one score counts.
 */
@Repository
public class ExpertScores {

    private final JdbcClient jdbc;

    ExpertScores(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** Whether the expert scored this step of the application at or after the given moment. */
    public boolean scoredSince(long applicationId, String stepKey, String scorer, Instant since) {
        return jdbc.sql("select count(*) from expert_score where application_id = ? and step_key = ? and scorer = ? "
                        + "and scored_at >= ?")
                .params(applicationId, stepKey, scorer, Timestamp.from(since)).query(Long.class).single() > 0;
    }

    /** Records the score; false when the expert already scored this step and round of the application. */
    public boolean record(long applicationId, String stepKey, long round, String scorer, BigDecimal score, String taskId) {
        try {
            jdbc.sql("insert into expert_score (application_id, step_key, scoring_round, scorer, score, task_id, "
                            + "scored_at) values (?,?,?,?,?,?,?)")
                    .params(applicationId, stepKey, round, scorer, score, taskId, Timestamp.from(Instant.now()))
                    .update();
            return true;
        } catch (DuplicateKeyException alreadyScored) {
            // The caller refuses the completion, which rolls the whole transaction back (PostgreSQL has aborted it).
            return false;
        }
    }
}
