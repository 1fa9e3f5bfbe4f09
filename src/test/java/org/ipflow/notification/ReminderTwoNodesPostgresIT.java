package org.ipflow.notification;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.ipflow.PostgresTest;
import org.ipflow.PostgresTestDatabase;
import org.junit.jupiter.api.Test;
import org.springframework.jdbc.datasource.DriverManagerDataSource;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Two nodes' reminder runs at once on one real PostgreSQL, meeting the same due reminder: the second node's
 * insert of the reminder's key waits for the first node's commit, fails on the key inside its savepoint, and its
 * run goes on without writing the reminder. One {@code reminder_sent} row, one message.
 */
@PostgresTest
class ReminderTwoNodesPostgresIT {

    private static final String KEY = "correction:42:1767225600000:3";

    @Test
    void aReminderDueOnTwoNodesAtOnceIsWrittenOnce() throws Exception {
        OutboxOnDatabase db = new OutboxOnDatabase(new DriverManagerDataSource(
                PostgresTestDatabase.newDatabase(), "postgres", ""));
        migrate(db, "/db/migration/V34_1__reminder_sent.sql");
        ReminderLog log = new ReminderLog(db.jdbc, db.transactions);
        CountDownLatch firstHasTheKey = new CountDownLatch(1);
        ExecutorService nodes = Executors.newFixedThreadPool(2);
        try {
            Future<Boolean> first = nodes.submit(() -> run(db, log, () -> {
                firstHasTheKey.countDown();
                // Commit only after the second node has met the uncommitted key and waits for it.
                Thread.sleep(500);
            }));
            firstHasTheKey.await(10, TimeUnit.SECONDS);
            Future<Boolean> second = nodes.submit(() -> run(db, log, () -> { }));
            assertThat(List.of(first.get(20, TimeUnit.SECONDS), second.get(20, TimeUnit.SECONDS)))
                    .containsExactly(true, false);
        } finally {
            nodes.shutdownNow();
        }
        assertThat(db.jdbc.sql("select count(*) from reminder_sent where reminder_key = ?").param(KEY)
                .query(Integer.class).single()).isEqualTo(1);
        assertThat(db.jdbc.sql("select count(*) from outbound_message where kind = 'reminder.correction'")
                .query(Integer.class).single()).isEqualTo(1);
        assertThat(db.jdbc.sql("select count(*) from outbound_message where kind = 'after-the-reminder'")
                .query(Integer.class).single()).as("the second node's run went on and committed").isEqualTo(2);
    }

    /** One node's run in its transaction, as DueReminders does it: the reminder if first, then later work. */
    private static boolean run(OutboxOnDatabase db, ReminderLog log, Pause beforeCommit) {
        return new TransactionTemplate(db.transactions).execute(status -> {
            boolean first = log.firstTime(KEY, Instant.now());
            if (first) {
                insert(db, "reminder.correction");
            }
            insert(db, "after-the-reminder");
            try {
                beforeCommit.run();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            return first;
        });
    }

    private static void insert(OutboxOnDatabase db, String kind) {
        db.store.insert(new NewMessage(Channel.EMAIL, "enterprise1", "enterprise1@example.org", kind,
                Locale.CHINESE.getLanguage(), "主题", "正文", null), Instant.now());
    }

    private static void migrate(OutboxOnDatabase db, String resource) {
        try (InputStream script = ReminderTwoNodesPostgresIT.class.getResourceAsStream(resource)) {
            String sql = new String(script.readAllBytes(), StandardCharsets.UTF_8).replaceAll("(?m)^--.*$", "");
            db.jdbc.sql(sql.strip().replaceAll(";$", "")).update();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Work before a commit that may wait. */
    private interface Pause {
        void run() throws InterruptedException;
    }
}
