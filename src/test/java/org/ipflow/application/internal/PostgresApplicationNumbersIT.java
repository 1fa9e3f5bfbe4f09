package org.ipflow.application.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.time.Year;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.TimeUnit;
import org.ipflow.IpflowPostgresTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The first number of a year raced for by two transactions. On PostgreSQL the loser's insert of the
 * counter row fails with a unique violation, which aborts its transaction unless rolled back to a savepoint.
 */
@IpflowPostgresTest
class PostgresApplicationNumbersIT {

    @Autowired
    ApplicationNumbers numbers;

    @Autowired
    PlatformTransactionManager transactions;

    @Autowired
    JdbcClient jdbc;

    @Test
    void bothTransactionsGetANumberWhenTheyRaceForANewCounter() throws Exception {
        String prefix = "R" + ThreadLocalRandom.current().nextInt(100_000, 1_000_000);
        var firstHasCounter = new CountDownLatch(1);
        var commitFirst = new CountDownLatch(1);
        var first = CompletableFuture.supplyAsync(() -> new TransactionTemplate(transactions).execute(status -> {
            String number = numbers.next(prefix);
            firstHasCounter.countDown();
            await(commitFirst);
            return number;
        }));
        assertThat(firstHasCounter.await(10, TimeUnit.SECONDS)).isTrue();

        // The second cannot see the first's uncommitted counter row, so it inserts one too and waits on the key.
        var second = CompletableFuture.supplyAsync(() -> new TransactionTemplate(transactions)
                .execute(status -> numbers.next(prefix)));
        awaitLockWait();
        commitFirst.countDown();

        String year = String.valueOf(Year.now().getValue());
        assertThat(first.get(10, TimeUnit.SECONDS)).isEqualTo(prefix + "-" + year + "-000001");
        assertThat(second.get(10, TimeUnit.SECONDS)).isEqualTo(prefix + "-" + year + "-000002");
    }

    private void awaitLockWait() throws InterruptedException {
        Instant deadline = Instant.now().plus(Duration.ofSeconds(10));
        while (jdbc.sql("select count(*) from pg_stat_activity where datname = current_database() "
                + "and wait_event_type = 'Lock'").query(Long.class).single() == 0) {
            assertThat(Instant.now()).as("the second transaction waits for the first").isBefore(deadline);
            Thread.sleep(20);
        }
    }

    private static void await(CountDownLatch latch) {
        try {
            latch.await(10, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
