package org.ipflow.bench;

import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.atomic.AtomicLong;

/**
 * IPFlow's API against its fair peer, Camunda's own REST API ({@link EngineRestPeer}), on the same BPMN in
 * one run: per round and client level one slice of each path, the order alternating, so that the machine's
 * noise hits both alike. IPFlow's lifecycle is submit + 3 × (claim, complete, detail) on a draft prepared
 * before the slice (not timed); the REST one start + 3 × (task query, claim, complete). Prints lifecycles
 * per second, p50/p95 over every request, and the ratio IPFlow / REST; then, with the two JDBC URLs, the
 * database work per lifecycle of each path ({@link DatabaseWork}), IPFlow's per request type ({@link RequestWork}).
 *
 * <p>Arguments: ipflow-base peer-base "1,4" seconds-per-slice rounds [ipflow-jdbc peer-jdbc].
 */
public final class PeerComparison {

    enum Path { IPFLOW, REST }

    /** What one path did at one client level, summed over the rounds. */
    static final class Tally {
        final Latencies latencies = new Latencies();
        long lifecycles;
        double seconds;
    }

    private final HttpLoad.Client[] ipflow;
    private final EngineRestClient[] rest;
    /** Lifecycles per second and client last seen per level: how many drafts to prepare before a slice. */
    private final Map<Integer, Double> perClientRate = new LinkedHashMap<>();

    PeerComparison(HttpLoad.Client[] ipflow, EngineRestClient[] rest) {
        this.ipflow = ipflow;
        this.rest = rest;
    }

    public static void main(String[] args) throws Exception {
        int[] levels = Arrays.stream(args[2].split(",")).mapToInt(Integer::parseInt).toArray();
        int seconds = Integer.parseInt(args[3]);
        int rounds = Integer.parseInt(args[4]);
        int max = Arrays.stream(levels).max().orElse(1);
        HttpLoad load = new HttpLoad(args[0]);
        HttpLoad.Client[] ipflow = new HttpLoad.Client[max];
        EngineRestClient[] rest = new EngineRestClient[max];
        for (int c = 0; c < max; c++) {
            ipflow[c] = load.new Client(c, new Latencies());
            rest[c] = new EngineRestClient(args[1], c);
        }
        PeerComparison comparison = new PeerComparison(ipflow, rest);
        for (Path path : Path.values()) {
            comparison.slice(path, max, seconds, new Tally());   // warm-up, not counted
        }
        Map<String, Tally> tallies = new LinkedHashMap<>();
        for (int round = 0; round < rounds; round++) {
            for (int i = 0; i < levels.length; i++) {
                boolean ipflowFirst = (round + i) % 2 == 0;
                for (Path path : ipflowFirst ? Path.values() : new Path[] {Path.REST, Path.IPFLOW}) {
                    comparison.slice(path, levels[i], seconds,
                            tallies.computeIfAbsent(path + "," + levels[i], k -> new Tally()));
                }
            }
        }
        report(levels, rounds, seconds, tallies);
        if (args.length > 6) {
            int lifecycles = 20;
            Map<String, DatabaseWork.Delta> byType = new RequestWork(load, ipflow[0]).measure(args[5], lifecycles);
            DatabaseWork.Delta mine = byType.values().stream().reduce(DatabaseWork.Delta.none(), DatabaseWork.Delta::plus);
            mine.write("ipflow", lifecycles);
            System.out.printf(Locale.ROOT, "%n== sequential scans by table per lifecycle, ipflow: %s%n",
                    mine.scannedTables(lifecycles));
            DatabaseWork.Delta peer = DatabaseWork.profile("engine-rest", args[6], lifecycles, () -> {
                for (int i = 0; i < lifecycles; i++) {
                    rest[0].lifecycle(new Latencies());
                }
            });
            StringBuilder summary = new StringBuilder(String.format(Locale.ROOT, "%n== summary: database work per"
                    + " lifecycle, %d lifecycles at 1 client (IPFlow's request types in lockstep, one counted window"
                    + " each; statement lists in target/bench/statements-*.txt)%n%s%n", lifecycles, DatabaseWork.HEADER));
            summary.append(mine.line("IPFlow", lifecycles)).append('\n');
            byType.forEach((type, work) -> summary.append(work.line("  " + type + (type.equals("submit") ? " (1)" : " (3)"),
                    lifecycles)).append('\n'));
            summary.append(peer.line("Camunda REST", lifecycles)).append('\n');
            System.out.print(summary);
        }
    }

    void lifecycle(Path path, int client, Latencies latencies) throws Exception {
        if (path == Path.IPFLOW) {
            ipflow[client].lifecycle(latencies);
        } else {
            rest[client].lifecycle(latencies);
        }
    }

    void slice(Path path, int level, int seconds, Tally tally) throws Exception {
        if (path == Path.IPFLOW && perClientRate.containsKey(level)) {
            int drafts = (int) Math.ceil(perClientRate.get(level) * seconds * 1.5) + 2;
            Thread[] preparers = new Thread[level];
            for (int c = 0; c < level; c++) {
                HttpLoad.Client client = ipflow[c];
                preparers[c] = new Thread(() -> prepare(client, drafts));
                preparers[c].start();
            }
            for (Thread preparer : preparers) {
                preparer.join();
            }
        }
        AtomicLong done = new AtomicLong();
        long start = System.nanoTime();
        long end = start + seconds * 1_000_000_000L;
        Thread[] threads = new Thread[level];
        for (int c = 0; c < level; c++) {
            int client = c;
            threads[c] = new Thread(() -> {
                while (System.nanoTime() < end) {
                    try {
                        lifecycle(path, client, tally.latencies);
                        done.incrementAndGet();
                    } catch (Exception e) {
                        System.err.println(path + " lifecycle: " + e);
                    }
                }
            });
            threads[c].start();
        }
        for (Thread thread : threads) {
            thread.join();
        }
        double elapsed = (System.nanoTime() - start) / 1e9;
        tally.lifecycles += done.get();
        tally.seconds += elapsed;
        if (path == Path.IPFLOW) {
            double rate = done.get() / elapsed / level;
            perClientRate.merge(level, rate, Math::max);
            perClientRate.putIfAbsent(1, rate * 3);
        }
    }

    static void prepare(HttpLoad.Client client, int drafts) {
        try {
            while (client.ready.size() < drafts) {
                client.prepareDraft(new Latencies());
            }
        } catch (Exception e) {
            throw new IllegalStateException("preparing drafts: " + e, e);
        }
    }

    static void report(int[] levels, int rounds, int seconds, Map<String, Tally> tallies) {
        StringBuilder summary = new StringBuilder(String.format(Locale.ROOT, "%n== summary: IPFlow's API / Camunda's REST"
                + " API, same BPMN, one run, %d interleaved rounds of %d s per path and level (load average %s)%n"
                + "%-8s %12s %12s %7s %16s %16s%n", rounds, seconds, Latencies.loadAverage(), "clients",
                "IPFlow lc/s", "REST lc/s", "ratio", "IPFlow p50/p95", "REST p50/p95"));
        for (int level : levels) {
            Tally mine = tallies.get(Path.IPFLOW + "," + level);
            Tally peer = tallies.get(Path.REST + "," + level);
            double mineRate = mine.lifecycles / mine.seconds;
            double peerRate = peer.lifecycles / peer.seconds;
            mine.latencies.report("ipflow", "peer", 0, level, mine.seconds,
                    String.format(Locale.ROOT, "lifecycles_per_s=%.2f", mineRate));
            peer.latencies.report("engine-rest", "peer", 0, level, peer.seconds,
                    String.format(Locale.ROOT, "lifecycles_per_s=%.2f", peerRate));
            summary.append(String.format(Locale.ROOT, "%-8d %12.1f %12.1f %7.2f %7.1f / %6.1f %7.1f / %6.1f%n", level,
                    mineRate, peerRate, mineRate / peerRate, mine.latencies.percentileOfAll(50),
                    mine.latencies.percentileOfAll(95), peer.latencies.percentileOfAll(50),
                    peer.latencies.percentileOfAll(95)));
        }
        System.out.print(summary);
    }
}
