package org.ipflow.bench;

import com.zaxxer.hikari.HikariDataSource;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.ResultSet;
import java.util.Locale;
import java.util.concurrent.atomic.AtomicLong;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.ProcessEngineConfiguration;
import org.camunda.bpm.engine.impl.cfg.StandaloneProcessEngineConfiguration;

/**
 * Shows whether history cleanup keeps the history tables bounded under a steady load. The benchmark
 * process is deployed with a time-to-live of zero days (IPFlow's models say P3650D: ten years would not end
 * in a benchmark), clients run lifecycles on the bare engine, the job executor runs the history cleanup
 * (window all day, as IPFlow's 01:00-05:00 window would at night; triggered every 10 s), and the history
 * row counts are printed every 10 s. Bounded means the counts stop growing while lifecycles go on.
 *
 * <p>Arguments: jdbc-url user password clients seconds.
 */
public final class HistoryCleanupRun {

    public static void main(String[] args) throws Exception {
        int clients = Integer.parseInt(args[3]);
        int seconds = Integer.parseInt(args[4]);
        try (HikariDataSource dataSource = EngineBaseline.dataSource(args[0], args[1], args[2], clients + 6)) {
            var cfg = (StandaloneProcessEngineConfiguration) ProcessEngineConfiguration
                    .createStandaloneProcessEngineConfiguration();
            cfg.setDataSource(dataSource);
            cfg.setDatabaseSchemaUpdate(ProcessEngineConfiguration.DB_SCHEMA_UPDATE_TRUE);
            cfg.setHistory(ProcessEngineConfiguration.HISTORY_AUDIT);
            cfg.setJobExecutorActivate(true);
            cfg.setCmmnEnabled(false);
            cfg.setMetricsEnabled(false);
            cfg.setBeans(StatusBlock.beans());
            cfg.setHistoryCleanupBatchWindowStartTime("00:00");
            cfg.setHistoryCleanupBatchWindowEndTime("23:59");
            cfg.setProcessEngineName("cleanup");
            ProcessEngine engine = cfg.buildProcessEngine();
            String xml = new String(HistoryCleanupRun.class.getResourceAsStream("/bench-three-reviews.bpmn")
                    .readAllBytes(), StandardCharsets.UTF_8).replace("historyTimeToLive=\"P3650D\"",
                    "historyTimeToLive=\"P0D\"");
            engine.getRepositoryService().createDeployment().name("bench-three-reviews-ttl0")
                    .addInputStream("bench-three-reviews.bpmn", new ByteArrayInputStream(xml.getBytes(StandardCharsets.UTF_8)))
                    .deploy();
            AtomicLong lifecycles = new AtomicLong();
            long end = System.nanoTime() + seconds * 1_000_000_000L;
            Latencies ignored = new Latencies();
            for (int c = 0; c < clients; c++) {
                String reviewer = "reviewer" + (c % 3 + 1);
                Thread thread = new Thread(() -> {
                    while (System.nanoTime() < end) {
                        EngineBaseline.lifecycle(engine, reviewer, ignored);
                        lifecycles.incrementAndGet();
                    }
                });
                thread.start();
            }
            System.out.printf("%n== history cleanup under load: %d clients, TTL P0D, cleanup window all day%n", clients);
            System.out.println("   s  lifecycles  hi_procinst  hi_actinst  hi_taskinst  hi_varinst  load average");
            long started = System.nanoTime();
            while (System.nanoTime() < end + 30_000_000_000L) {
                engine.getHistoryService().cleanUpHistoryAsync(true);
                Thread.sleep(10_000);
                System.out.printf(Locale.ROOT, "%4d  %10d  %s  %s%n", (System.nanoTime() - started) / 1_000_000_000L,
                        lifecycles.get(), counts(dataSource), Latencies.loadAverage());
            }
            engine.close();
        }
    }

    static String counts(HikariDataSource dataSource) throws Exception {
        try (Connection c = dataSource.getConnection(); ResultSet rs = c.createStatement().executeQuery(
                "select (select count(*) from act_hi_procinst), (select count(*) from act_hi_actinst), "
                        + "(select count(*) from act_hi_taskinst), (select count(*) from act_hi_varinst)")) {
            rs.next();
            String line = String.format(Locale.ROOT, "%11d  %10d  %11d  %10d", rs.getLong(1), rs.getLong(2),
                    rs.getLong(3), rs.getLong(4));
            c.commit();
            return line;
        }
    }

    private HistoryCleanupRun() {
    }
}
