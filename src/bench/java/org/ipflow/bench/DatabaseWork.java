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
import java.util.TreeMap;

/**
 * The database work done in a window, from PostgreSQL's own counters: statements ({@code pg_stat_statements},
 * when the server preloads it) and sequential scans, index scans and rows read per table
 * ({@code pg_stat_user_tables}). Background work in the same window (the job executor's polling) is counted
 * too; every statement is named, with its count, in the lists written to {@code target/bench/statements-*.txt}.
 */
final class DatabaseWork {

    interface Work {
        void run() throws Exception;
    }

    /** PostgreSQL 15 flushes a busy backend's table counters when it has been idle for up to 10 s. */
    private static final long FLUSH_MILLIS = 11_000;

    /** The counters at one moment: per table {seq_scan, seq_tup_read, idx_scan, idx_tup_fetch}; calls per statement. */
    record Counters(Map<String, long[]> tables, Map<String, Long> statements) {
    }

    /** What changed between two moments. */
    record Delta(Map<String, long[]> tables, Map<String, Long> statements) {

        static Delta none() {
            return new Delta(new TreeMap<>(), new TreeMap<>());
        }

        Delta plus(Delta other) {
            Delta sum = none();
            for (Delta d : List.of(this, other)) {
                d.tables.forEach((t, v) -> sum.tables.merge(t, v.clone(), DatabaseWork::add));
                d.statements.forEach((q, n) -> sum.statements.merge(q, n, Long::sum));
            }
            return sum;
        }

        long statementCount() {
            return statements.values().stream().mapToLong(Long::longValue).sum();
        }

        long statementsMatching(String regex) {
            return statements.entrySet().stream().filter(e -> e.getKey().matches(regex)).mapToLong(Map.Entry::getValue).sum();
        }

        /** Summed over the tables: {seq scans, rows read by them, index scans, rows fetched by them}. */
        long[] scans() {
            long[] sum = new long[4];
            tables.values().forEach(v -> add(sum, v));
            return sum;
        }

        long seqScans(String table) {
            return tables.getOrDefault(table, new long[4])[0];
        }

        /** One line of the summary: the figures per lifecycle. */
        String line(String name, double lifecycles) {
            long[] scans = scans();
            return String.format(Locale.ROOT, "%-22s %8.1f %8.1f %8.1f %8.1f %8.1f %8.1f %8.1f", name,
                    statementCount() / lifecycles, statementsMatching(CONTROL) / lifecycles,
                    statementsMatching("(?is).*login_throttle.*") / lifecycles, scans[0] / lifecycles,
                    seqScans("act_ru_execution") / lifecycles, scans[1] / lifecycles, scans[2] / lifecycles);
        }

        String scannedTables(double lifecycles) {
            List<String> scanned = new ArrayList<>();
            tables.forEach((t, v) -> {
                if (v[0] > 0) {
                    scanned.add(String.format(Locale.ROOT, "%s %.1f", t, v[0] / lifecycles));
                }
            });
            return String.join(", ", scanned);
        }

        void write(String name, double lifecycles) throws Exception {
            List<String> lines = new ArrayList<>();
            statements.entrySet().stream().filter(e -> e.getValue() > 0)
                    .sorted((a, b) -> Long.compare(b.getValue(), a.getValue()))
                    .forEach(e -> lines.add(String.format(Locale.ROOT, "%7.2f per lifecycle  %s",
                            e.getValue() / lifecycles, e.getKey())));
            Path file = Path.of("target/bench/statements-" + name + ".txt");
            Files.createDirectories(file.getParent());
            Files.write(file, lines);
        }
    }

    static final String HEADER = String.format(Locale.ROOT, "%-22s %8s %8s %8s %8s %8s %8s %8s", "per lifecycle",
            "stmts", "tx/set", "throttle", "seqscan", "ru_exec", "seqrows", "idxscan");

    /** Transaction control and session settings. */
    static final String CONTROL = "(?is)(begin|commit|rollback|set|show|select \\$1).*";

    static Connection connect(String jdbc) throws SQLException {
        Connection db = DriverManager.getConnection(jdbc, "postgres", "");
        try {
            db.createStatement().execute("create extension if not exists pg_stat_statements");
            db.createStatement().executeQuery("select 1 from pg_stat_statements limit 1").close();
        } catch (SQLException notPreloaded) {
            System.out.println("pg_stat_statements is not loaded: statements are not counted");
        }
        return db;
    }

    /** The counters once every backend has flushed what it did before. */
    static Counters settle(Connection db) throws Exception {
        Thread.sleep(FLUSH_MILLIS);
        Map<String, long[]> tables = new HashMap<>();
        try (var rows = db.createStatement().executeQuery("select relname, seq_scan, seq_tup_read,"
                + " coalesce(idx_scan, 0), coalesce(idx_tup_fetch, 0) from pg_stat_user_tables")) {
            while (rows.next()) {
                tables.put(rows.getString(1), new long[] {rows.getLong(2), rows.getLong(3), rows.getLong(4), rows.getLong(5)});
            }
        }
        Map<String, Long> statements = new HashMap<>();
        try (var rows = db.createStatement().executeQuery("select calls, regexp_replace(query, '\\s+', ' ', 'g')"
                + " from pg_stat_statements where dbid = (select oid from pg_database where datname = current_database())"
                + " and query not like '%pg_stat%'")) {
            while (rows.next()) {
                statements.merge(rows.getString(2), rows.getLong(1), Long::sum);
            }
        } catch (SQLException notPreloaded) {
            // no statement counts: the table counters stand alone
        }
        return new Counters(tables, statements);
    }

    static Delta between(Counters before, Counters after) {
        Delta delta = Delta.none();
        after.tables.forEach((t, now) -> {
            long[] was = before.tables.getOrDefault(t, new long[4]);
            delta.tables.put(t, new long[] {now[0] - was[0], now[1] - was[1], now[2] - was[2], now[3] - was[3]});
        });
        after.statements.forEach((q, n) -> delta.statements.put(q, n - before.statements.getOrDefault(q, 0L)));
        return delta;
    }

    /** The work of the given lifecycles, written to statements-name.txt. */
    static Delta profile(String name, String jdbc, int lifecycles, Work work) throws Exception {
        try (Connection db = connect(jdbc)) {
            Counters before = settle(db);
            work.run();
            Delta delta = between(before, settle(db));
            delta.write(name, lifecycles);
            System.out.printf(Locale.ROOT, "%n== sequential scans by table per lifecycle, %s: %s%n", name,
                    delta.scannedTables(lifecycles));
            return delta;
        }
    }

    private static long[] add(long[] sum, long[] more) {
        for (int i = 0; i < sum.length; i++) {
            sum[i] += more[i];
        }
        return sum;
    }

    private DatabaseWork() {
    }
}
