package org.ipflow.notification;

import java.sql.Timestamp;
import java.time.Instant;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;

/** The {@code reminder_sent} table: which reminders went out, each once whatever the number of nodes. */
@Repository
class ReminderLog {

    private final JdbcClient jdbc;
    private final TransactionTemplate savepoint;

    ReminderLog(JdbcClient jdbc, PlatformTransactionManager transactions) {
        this.jdbc = jdbc;
        this.savepoint = new TransactionTemplate(transactions);
        savepoint.setPropagationBehavior(TransactionDefinition.PROPAGATION_NESTED);
    }

    /**
     * Records the reminder in the caller's transaction; false when it was sent before. Another node writing the
     * same key meanwhile makes this insert wait for its commit and then fail on the key, inside a savepoint, so
     * that on PostgreSQL the caller's transaction goes on.
     */
    boolean firstTime(String key, Instant now) {
        if (jdbc.sql("select count(*) from reminder_sent where reminder_key = ?").param(key).query(Integer.class)
                .single() > 0) {
            return false;
        }
        try {
            savepoint.executeWithoutResult(status -> jdbc.sql(
                    "insert into reminder_sent (reminder_key, sent_at) values (?, ?)")
                    .params(key, Timestamp.from(now)).update());
            return true;
        } catch (DuplicateKeyException sentMeanwhile) {
            return false;
        }
    }
}
