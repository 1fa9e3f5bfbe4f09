package org.ipflow.bench;

import com.zaxxer.hikari.HikariDataSource;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.atomic.AtomicLong;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.ProcessEngineConfiguration;
import org.camunda.bpm.engine.impl.cfg.StandaloneProcessEngineConfiguration;

/**
 * Opens n submitted applications of the benchmark programme in IPFlow's database, each with its first
 * review task waiting in the reviewers' inbox. Unlike the history, these go through the engine's own
 * API (a standalone engine on the same tables, its job executor off), so the runtime rows are real.
 *
 * <p>Arguments: jdbc-url user password n threads.
 */
public final class OpenTasks {

    public static void main(String[] args) throws Exception {
        int n = Integer.parseInt(args[3]);
        int threads = Integer.parseInt(args[4]);
        try (HikariDataSource dataSource = EngineBaseline.dataSource(args[0], args[1], args[2], 2 * threads + 2)) {
            var cfg = (StandaloneProcessEngineConfiguration) ProcessEngineConfiguration
                    .createStandaloneProcessEngineConfiguration();
            cfg.setDataSource(dataSource);
            cfg.setDatabaseSchemaUpdate(ProcessEngineConfiguration.DB_SCHEMA_UPDATE_FALSE);
            cfg.setHistory(ProcessEngineConfiguration.HISTORY_AUDIT);
            cfg.setJobExecutorActivate(false);
            cfg.setCmmnEnabled(false);
            cfg.setMetricsEnabled(false);
            cfg.setProcessEngineName("opentasks");
            ProcessEngine engine = cfg.buildProcessEngine();
            long enterprise = enterprise(dataSource);
            String prefix = "OPEN-" + Long.toString(System.currentTimeMillis(), 36) + "-";
            AtomicLong next = new AtomicLong();
            long started = System.nanoTime();
            Thread[] workers = new Thread[threads];
            for (int t = 0; t < threads; t++) {
                workers[t] = new Thread(() -> {
                    long i;
                    while ((i = next.incrementAndGet()) <= n) {
                        open(engine, dataSource, enterprise, prefix + i);
                    }
                });
                workers[t].start();
            }
            for (Thread worker : workers) {
                worker.join();
            }
            System.out.printf("opened %d tasks in %.1f s%n", n, (System.nanoTime() - started) / 1e9);
            engine.close();
        }
    }

    static long enterprise(HikariDataSource dataSource) throws Exception {
        try (Connection c = dataSource.getConnection();
                ResultSet rs = c.createStatement().executeQuery(
                        "select id from enterprise where credit_code = '91150100GENERATED0'")) {
            rs.next();
            return rs.getLong(1);
        }
    }

    static void open(ProcessEngine engine, HikariDataSource dataSource, long enterprise, String number) {
        try (Connection c = dataSource.getConnection()) {
            long id;
            try (PreparedStatement insert = c.prepareStatement("insert into application (number, programme_key, "
                    + "enterprise_id, region, status, title, data, requested_amount, created_by, created_at, updated_at, "
                    + "submitted_at) values (?, 'bench-three-reviews', ?, '150100', 'SUBMITTED', ?, ?, 50000, 'generator', "
                    + "now(), now(), now())", new String[] {"id"})) {
                insert.setString(1, number);
                insert.setLong(2, enterprise);
                insert.setString(3, "待审项目 " + number);
                insert.setString(4, "{\"projectName\":\"待审项目\",\"amountRequested\":50000}");
                insert.executeUpdate();
                ResultSet keys = insert.getGeneratedKeys();
                keys.next();
                id = keys.getLong(1);
            }
            c.commit();
            Map<String, Object> variables = new HashMap<>();
            variables.put("applicationId", id);
            variables.put("applicationNumber", number);
            variables.put("programme", "bench-three-reviews");
            variables.put("region", "150100");
            variables.put("enterpriseId", enterprise);
            variables.put("requestedAmount", 50000.0);
            variables.put("scoreSum", 0L);
            variables.put("scoreCount", 0L);
            String instance = engine.getRuntimeService()
                    .startProcessInstanceByKey("bench-three-reviews", number, variables).getId();
            try (PreparedStatement update = c.prepareStatement(
                    "update application set process_instance_id = ? where id = ?")) {
                update.setString(1, instance);
                update.setLong(2, id);
                update.executeUpdate();
            }
            c.commit();
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    private OpenTasks() {
    }
}
