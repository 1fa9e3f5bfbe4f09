package org.ipflow.application.internal;

import java.time.Year;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Hands out application numbers such as {@code PTG-2026-000123}: one counter row per prefix and year,
 * incremented under the row lock of the update, so concurrent drafts on several nodes never share one.
 */
@Component
class ApplicationNumbers {

    private final JdbcClient jdbc;
    private final TransactionTemplate savepoint;

    ApplicationNumbers(JdbcClient jdbc, PlatformTransactionManager transactions) {
        this.jdbc = jdbc;
        this.savepoint = new TransactionTemplate(transactions);
        this.savepoint.setPropagationBehavior(TransactionDefinition.PROPAGATION_NESTED);
    }

    String next(String prefix) {
        int year = Year.now().getValue();
        for (int attempt = 0; attempt < 3; attempt++) {
            int updated = jdbc.sql("update application_counter set last_value = last_value + 1 "
                    + "where prefix = ? and counter_year = ?").params(prefix, year).update();
            if (updated == 0 && !createCounter(prefix, year)) {
                continue;
            }
            long value = jdbc.sql("select last_value from application_counter where prefix = ? and counter_year = ?")
                    .params(prefix, year).query(Long.class).single();
            return "%s-%d-%06d".formatted(prefix, year, value);
        }
        throw new IllegalStateException("could not allocate an application number for " + prefix);
    }

    /**
     * Starts the year's counter at 1, unless a concurrent transaction started it first. The insert runs
     * behind a savepoint: PostgreSQL aborts the whole transaction on a unique violation, so only rolling
     * back to the savepoint lets the caller go on and increment the other transaction's row.
     */
    private boolean createCounter(String prefix, int year) {
        try {
            savepoint.executeWithoutResult(status -> jdbc.sql(
                    "insert into application_counter (prefix, counter_year, last_value) values (?,?,1)")
                    .params(prefix, year).update());
            return true;
        } catch (DuplicateKeyException raced) {
            return false;
        }
    }
}
