package org.ipflow.bench;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;

/** Latencies per operation of one measured phase; prints percentiles and appends them to the results file. */
public final class Latencies {

    private final Map<String, long[]> samples = new TreeMap<>();
    private final Map<String, Integer> counts = new TreeMap<>();
    private final Map<String, Integer> errors = new TreeMap<>();

    synchronized void record(String op, long nanos) {
        long[] values = samples.computeIfAbsent(op, k -> new long[1024]);
        int n = counts.getOrDefault(op, 0);
        if (n == values.length) {
            values = Arrays.copyOf(values, n * 2);
            samples.put(op, values);
        }
        values[n] = nanos;
        counts.put(op, n + 1);
    }

    synchronized void error(String op) {
        errors.merge(op, 1, Integer::sum);
    }

    synchronized int count(String op) {
        return counts.getOrDefault(op, 0);
    }

    /** A percentile over every request of every operation, in milliseconds. */
    synchronized double percentileOfAll(int p) {
        long[] all = new long[counts.values().stream().mapToInt(Integer::intValue).sum()];
        int at = 0;
        for (var entry : samples.entrySet()) {
            int n = counts.get(entry.getKey());
            System.arraycopy(entry.getValue(), 0, all, at, n);
            at += n;
        }
        Arrays.sort(all);
        return all.length == 0 ? Double.NaN : pct(all, p);
    }

    /** Prints one line per operation and appends the same figures, with the context, to target/bench/results.csv. */
    synchronized void report(String system, String phase, long history, int clients, double seconds, String extra) {
        String load = loadAverage();
        System.out.printf(Locale.ROOT, "%n== %s %s: %d clients, %.0f s, history %d, load average %s%n", system, phase,
                clients, seconds, history, load);
        System.out.printf(Locale.ROOT, "%-16s %8s %9s %8s %8s %8s %8s %6s%n", "operation", "count", "per s", "p50 ms",
                "p95 ms", "p99 ms", "max ms", "errors");
        List<String> lines = new ArrayList<>();
        for (var entry : samples.entrySet()) {
            String op = entry.getKey();
            int n = counts.get(op);
            long[] sorted = Arrays.copyOf(entry.getValue(), n);
            Arrays.sort(sorted);
            double p50 = pct(sorted, 50), p95 = pct(sorted, 95), p99 = pct(sorted, 99), max = sorted[n - 1] / 1e6;
            int failed = errors.getOrDefault(op, 0);
            System.out.printf(Locale.ROOT, "%-16s %8d %9.1f %8.1f %8.1f %8.1f %8.1f %6d%n", op, n, n / seconds, p50, p95,
                    p99, max, failed);
            lines.add(String.format(Locale.ROOT, "%s,%s,%s,%d,%d,%s,%d,%.2f,%.2f,%.2f,%.2f,%.2f,%d,%s,%s",
                    Instant.now(), system, phase, history, clients, op, n, n / seconds, p50, p95, p99, max, failed,
                    load.replace(' ', '/'), extra));
        }
        errors.forEach((op, n) -> {
            if (!samples.containsKey(op)) {
                System.out.printf(Locale.ROOT, "%-16s errors %d%n", op, n);
            }
        });
        append(lines);
    }

    private static double pct(long[] sorted, int p) {
        int index = (int) Math.ceil(p / 100.0 * sorted.length) - 1;
        return sorted[Math.max(0, Math.min(sorted.length - 1, index))] / 1e6;
    }

    public static String loadAverage() {
        try {
            String[] parts = Files.readString(Path.of("/proc/loadavg")).split(" ");
            return parts[0] + " " + parts[1] + " " + parts[2];
        } catch (IOException e) {
            return "?";
        }
    }

    private static void append(List<String> lines) {
        Path file = Path.of(System.getProperty("bench.results", "target/bench/results.csv"));
        try {
            Files.createDirectories(file.getParent());
            if (!Files.exists(file)) {
                Files.writeString(file, "time,system,phase,history,clients,operation,count,per_s,p50_ms,p95_ms,p99_ms,"
                        + "max_ms,errors,load_average,extra\n");
            }
            Files.write(file, lines, StandardOpenOption.APPEND);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
