package org.ipflow.application.internal;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.Optional;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The {@code idempotency_key} table: a client's token for a request that must take effect once. The
 * token is claimed first, in the transaction of the request, so that a concurrent request with the same
 * token waits on the key's row lock until the first commits (then finds its result) or rolls back (then
 * runs itself). Tokens are per user: another user's token never reveals anything.
 */
@Repository
class IdempotencyKeys {

    static final int MAX_LENGTH = 100;

    enum Operation { CREATE, SUBMIT }

    /** What an earlier request with the same token did. */
    record Earlier(Operation operation, Long applicationId) {
    }

    private final JdbcClient jdbc;
    private final TransactionTemplate savepoint;

    IdempotencyKeys(JdbcClient jdbc, PlatformTransactionManager transactions) {
        this.jdbc = jdbc;
        this.savepoint = new TransactionTemplate(transactions);
        this.savepoint.setPropagationBehavior(TransactionDefinition.PROPAGATION_NESTED);
    }

    /**
     * Claims the token for this request; empty if it was free, else what the earlier request recorded. The
     * insert runs behind a savepoint: PostgreSQL aborts the whole transaction on a unique violation.
     */
    Optional<Earlier> claim(String username, String token, Operation operation, Long applicationId) {
        try {
            savepoint.executeWithoutResult(status -> jdbc.sql("insert into idempotency_key (username, token, "
                            + "operation, application_id, created_at) values (?,?,?,?,?)")
                    .params(username, token, operation.name(), applicationId, Timestamp.from(Instant.now()))
                    .update());
            return Optional.empty();
        } catch (DuplicateKeyException earlier) {
            return Optional.of(jdbc.sql("select operation, application_id from idempotency_key "
                            + "where username = ? and token = ?").params(username, token)
                    .query((rs, row) -> new Earlier(Operation.valueOf(rs.getString("operation")),
                            rs.getObject("application_id") == null ? null : rs.getLong("application_id")))
                    .single());
        }
    }

    /**
     * Forgets tokens older than the cut-off, in batches so that no long lock is held. A client retrying
     * with a forgotten token makes a new request, so the retention must outlast any client's retries.
     */
    int forgetOlderThan(Instant cutOff) {
        return jdbc.sql("delete from idempotency_key where created_at < ?").param(Timestamp.from(cutOff)).update();
    }

    /** Records the application a create request made, in the same transaction. */
    void result(String username, String token, long applicationId) {
        jdbc.sql("update idempotency_key set application_id = ? where username = ? and token = ?")
                .params(applicationId, username, token).update();
    }
}
