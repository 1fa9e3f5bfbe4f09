package org.ipflow.application;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import javax.sql.DataSource;

/**
 * Runs several calls so that they are all in flight at the same moment inside the database: the test
 * holds a row lock (the enterprise's unless told otherwise), starts the calls, waits until the database
 * reports every one of them waiting for that lock, and only then lets go. Without a lock in the code under test the calls would
 * not wait, and this fails.
 */
final class SameMoment {

    private final DataSource dataSource;

    SameMoment(DataSource dataSource) {
        this.dataSource = dataSource;
    }

    <T> List<T> run(long enterpriseId, List<Callable<T>> calls) throws Exception {
        return run("select id from enterprise where id = ? for update", enterpriseId, calls);
    }

    /** The same, holding the row the statement locks (one {@code ?}, the id) instead of the enterprise's. */
    <T> List<T> run(String lockStatement, long id, List<Callable<T>> calls) throws Exception {
        ExecutorService threads = Executors.newFixedThreadPool(calls.size());
        try (Connection holder = dataSource.getConnection()) {
            holder.setAutoCommit(false);
            try (PreparedStatement lock = holder.prepareStatement(lockStatement)) {
                lock.setLong(1, id);
                lock.executeQuery().close();
            }
            List<Future<T>> running = new ArrayList<>();
            calls.forEach(call -> running.add(threads.submit(call)));
            awaitWaiting(calls.size());
            holder.rollback();
            List<T> results = new ArrayList<>();
            for (Future<T> result : running) {
                results.add(result.get());
            }
            return results;
        } finally {
            threads.shutdownNow();
        }
    }

    private void awaitWaiting(int expected) throws SQLException, InterruptedException {
        Instant until = Instant.now().plus(Duration.ofSeconds(8));
        int waiting = 0;
        while (Instant.now().isBefore(until)) {
            waiting = waitingForLocks();
            if (waiting >= expected) {
                return;
            }
            Thread.sleep(20);
        }
        assertThat(waiting).as("calls waiting for the lock").isGreaterThanOrEqualTo(expected);
    }

    private int waitingForLocks() throws SQLException {
        try (Connection connection = dataSource.getConnection()) {
            boolean postgres = "PostgreSQL".equals(connection.getMetaData().getDatabaseProductName());
            String sql = postgres
                    ? "select count(*) from pg_stat_activity where wait_event_type = 'Lock' and datname = current_database()"
                    : "select count(*) from information_schema.sessions where blocker_id is not null";
            try (ResultSet rs = connection.createStatement().executeQuery(sql)) {
                rs.next();
                return rs.getInt(1);
            }
        }
    }
}
