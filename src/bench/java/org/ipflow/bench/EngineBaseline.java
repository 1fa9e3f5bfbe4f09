package org.ipflow.bench;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.atomic.AtomicLong;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.ProcessEngineConfiguration;
import org.camunda.bpm.engine.impl.cfg.StandaloneProcessEngineConfiguration;
import org.camunda.bpm.engine.task.Task;

/**
 * The baseline: the bare Camunda engine, no web layer, on the same PostgreSQL server (its own database),
 * running the same BPMN as IPFlow's benchmark programme. One lifecycle = start (with the same eight
 * variables IPFlow starts with), then three times: find the open task of the instance, claim it, complete
 * it with {decision, actor}. History level audit, as IPFlow; authorisation checks off (IPFlow turns them on).
 *
 * <p>Arguments: jdbc-url user password "1,4,16" seconds-per-level.
 */
public final class EngineBaseline {

    static final String PROCESS = "bench-three-reviews";

    public static void main(String[] args) throws Exception {
        String[] levels = args[3].split(",");
        int seconds = Integer.parseInt(args[4]);
        int maxClients = 0;
        for (String level : levels) {
            maxClients = Math.max(maxClients, Integer.parseInt(level));
        }
        try (HikariDataSource dataSource = dataSource(args[0], args[1], args[2], maxClients + 2)) {
            ProcessEngine engine = engine(dataSource);
            engine.getRepositoryService().createDeployment().name(PROCESS).enableDuplicateFiltering(true)
                    .addClasspathResource("bench-three-reviews.bpmn").deploy();
            run(engine, 2, 5, null);
            for (String level : levels) {
                run(engine, Integer.parseInt(level), seconds, new Latencies());
            }
            engine.close();
        }
    }

    static HikariDataSource dataSource(String url, String user, String password, int size) {
        HikariConfig config = new HikariConfig();
        config.setJdbcUrl(url);
        config.setUsername(user);
        config.setPassword(password);
        config.setMaximumPoolSize(size);
        config.setAutoCommit(false);
        return new HikariDataSource(config);
    }

    static ProcessEngine engine(HikariDataSource dataSource) {
        var cfg = (StandaloneProcessEngineConfiguration) ProcessEngineConfiguration
                .createStandaloneProcessEngineConfiguration();
        cfg.setDataSource(dataSource);
        cfg.setDatabaseSchemaUpdate(ProcessEngineConfiguration.DB_SCHEMA_UPDATE_TRUE);
        cfg.setHistory(ProcessEngineConfiguration.HISTORY_AUDIT);
        cfg.setJobExecutorActivate(false);
        cfg.setCmmnEnabled(false);
        cfg.setMetricsEnabled(false);
        cfg.setBeans(StatusBlock.beans());
        cfg.setProcessEngineName("baseline");
        return cfg.buildProcessEngine();
    }

    /** Closed loop: each client runs lifecycles back to back until the time is up. */
    static void run(ProcessEngine engine, int clients, int seconds, Latencies latencies) throws InterruptedException {
        Latencies recorder = latencies == null ? new Latencies() : latencies;
        AtomicLong lifecycles = new AtomicLong();
        long end = System.nanoTime() + seconds * 1_000_000_000L;
        Thread[] threads = new Thread[clients];
        for (int c = 0; c < clients; c++) {
            String reviewer = "reviewer" + (c % 3 + 1);
            threads[c] = new Thread(() -> {
                while (System.nanoTime() < end) {
                    lifecycle(engine, reviewer, recorder);
                    lifecycles.incrementAndGet();
                }
            });
            threads[c].start();
        }
        for (Thread thread : threads) {
            thread.join();
        }
        if (latencies != null) {
            double perSecond = lifecycles.get() / (double) seconds;
            System.out.printf(java.util.Locale.ROOT, "%nengine lifecycles/s at %d clients: %.1f%n", clients, perSecond);
            latencies.report("engine", "lifecycle", 0, clients, seconds,
                    String.format(java.util.Locale.ROOT, "lifecycles_per_s=%.2f", perSecond));
        }
    }

    private static final AtomicLong SEQUENCE = new AtomicLong();

    static void lifecycle(ProcessEngine engine, String reviewer, Latencies latencies) {
        long n = SEQUENCE.incrementAndGet();
        Map<String, Object> variables = new HashMap<>();
        variables.put("applicationId", n);
        variables.put("applicationNumber", "BEN-E-" + n);
        variables.put("programme", PROCESS);
        variables.put("region", "150100");
        variables.put("enterpriseId", 1L);
        variables.put("requestedAmount", 100000.0);
        variables.put("scoreSum", 0L);
        variables.put("scoreCount", 0L);
        long t = System.nanoTime();
        String instance = engine.getRuntimeService().startProcessInstanceByKey(PROCESS, "BEN-E-" + n, variables).getId();
        latencies.record("start", System.nanoTime() - t);
        for (int step = 1; step <= 3; step++) {
            t = System.nanoTime();
            Task task = engine.getTaskService().createTaskQuery().processInstanceId(instance).singleResult();
            latencies.record("task-query", System.nanoTime() - t);
            t = System.nanoTime();
            engine.getTaskService().claim(task.getId(), reviewer);
            latencies.record("claim", System.nanoTime() - t);
            t = System.nanoTime();
            engine.getTaskService().complete(task.getId(), Map.of("decision", "approve", "actor", reviewer));
            latencies.record(step == 3 ? "complete-last" : "complete", System.nanoTime() - t);
        }
    }

    private EngineBaseline() {
    }
}
