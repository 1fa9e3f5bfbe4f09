package org.ipflow.bench;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The database work of a number of lifecycles, from PostgreSQL's own counters: statements
 * ({@code pg_stat_statements}, when the server preloads it) and sequential scans, index scans and rows read
 * per table ({@code pg_stat_user_tables}). Background work in the same window (the job executor's polling)
 * is counted too; its statements are named in the list written to {@code target/bench/statements-<name>.txt}.
 */
final class DatabaseWork {

    interface Work {
        void run() throws Exception;
    }

    /** PostgreSQL 15 flushes a busy backend's table counters when it has been idle for up to 10 s. */
    private static final long FLUSH_MILLIS = 11_000;

    static void profile(String name, String jdbc, int lifecycles, Work work) throws Exception {
        try (Connection db = DriverManager.getConnection(jdbc, "postgres", "")) {
            boolean statements = statementsCounted(db);
            Thread.sleep(FLUSH_MILLIS);
            Map<String, long[]> before = tables(db);
            if (statements) {
                db.createStatement().execute("select pg_stat_statements_reset()");
            }
            work.run();
            Thread.sleep(FLUSH_MILLIS);
            Map<String, long[]> after = tables(db);
            long[] sum = new long[4];
            List<String> scanned = new ArrayList<>();
            after.forEach((table, now) -> {
                long[] was = before.getOrDefault(table, new long[4]);
                for (int i = 0; i < 4; i++) {
                    sum[i] += now[i] - was[i];
                }
                if (now[0] > was[0]) {
                    scanned.add(String.format(Locale.ROOT, "%s %.1f", table, (now[0] - was[0]) / (double) lifecycles));
                }
            });
            System.out.printf(Locale.ROOT, "%n== database work per lifecycle, %s (%d lifecycles, 1 client)%n"
                    + "sequential scans %.1f, rows read by them %.1f, index scans %.1f, rows fetched by them %.1f%n"
                    + "sequential scans by table: %s%n", name, lifecycles, sum[0] / (double) lifecycles,
                    sum[1] / (double) lifecycles, sum[2] / (double) lifecycles, sum[3] / (double) lifecycles,
                    String.join(", ", scanned));
            if (statements) {
                statements(db, name, lifecycles);
            }
        }
    }

    private static boolean statementsCounted(Connection db) {
        try {
            db.createStatement().execute("create extension if not exists pg_stat_statements");
            db.createStatement().executeQuery("select 1 from pg_stat_statements limit 1").close();
            return true;
        } catch (SQLException notPreloaded) {
            System.out.println("pg_stat_statements is not loaded: statements are not counted");
            return false;
        }
    }

    private static Map<String, long[]> tables(Connection db) throws SQLException {
        Map<String, long[]> tables = new HashMap<>();
        try (var rows = db.createStatement().executeQuery("select relname, seq_scan, seq_tup_read,"
                + " coalesce(idx_scan, 0), coalesce(idx_tup_fetch, 0) from pg_stat_user_tables")) {
            while (rows.next()) {
                tables.put(rows.getString(1), new long[] {rows.getLong(2), rows.getLong(3), rows.getLong(4), rows.getLong(5)});
            }
        }
        return tables;
    }

    private static void statements(Connection db, String name, int lifecycles) throws Exception {
        List<String> lines = new ArrayList<>();
        long total = 0;
        long control = 0;
        try (var rows = db.createStatement().executeQuery("select calls, rows, regexp_replace(query, '\\s+', ' ', 'g')"
                + " from pg_stat_statements where dbid = (select oid from pg_database where datname = current_database())"
                + " and query not like '%pg_stat%' order by calls desc, query")) {
            while (rows.next()) {
                long calls = rows.getLong(1);
                String query = rows.getString(3);
                total += calls;
                if (query.matches("(?i)(begin|commit|rollback|set|show|select \\$1).*")) {
                    control += calls;
                }
                lines.add(String.format(Locale.ROOT, "%7.2f per lifecycle  %6d rows  %s", calls / (double) lifecycles,
                        rows.getLong(2), query));
            }
        }
        Path file = Path.of("target/bench/statements-" + name + ".txt");
        Files.createDirectories(file.getParent());
        Files.write(file, lines);
        System.out.printf(Locale.ROOT, "statements %.1f per lifecycle (%.1f of them transaction control and settings);"
                + " each with its count: %s%n", total / (double) lifecycles, control / (double) lifecycles, file);
    }

    private DatabaseWork() {
    }
}
