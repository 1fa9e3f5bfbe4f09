package org.ipflow;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The settings of the production profile's database sessions. PostgreSQL's JIT compiled the inbox's count at
 * every execution: 28 of its 38 ms with 10k open tasks (the benchmark, README "Benchmarks").
 */
@IpflowPostgresTest
class PostgresSessionSettingsIT {

    @Autowired
    JdbcClient jdbc;

    @Test
    void theApplicationsConnectionsCompileNoQuery() {
        assertThat(jdbc.sql("show jit").query(String.class).single()).isEqualTo("off");
    }
}
