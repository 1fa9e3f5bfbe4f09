package org.ipflow.identity;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import org.ipflow.IpflowTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;

/** Health for everyone, its components for administrators; Prometheus metrics for administrators only. */
@IpflowTest
class ActuatorIT {

    @Autowired
    TestRestTemplate rest;

    @Test
    void healthShowsDatabaseAndEngineToAdministratorsOnly() {
        assertThat(rest.getForObject("/actuator/health", String.class)).isEqualTo("{\"status\":\"UP\"}");
        assertThat(rest.withBasicAuth("reviewer1", "demo").getForObject("/actuator/health", String.class))
                .isEqualTo("{\"status\":\"UP\"}");

        @SuppressWarnings("unchecked")
        Map<String, Object> admin = rest.withBasicAuth("admin", "demo").getForObject("/actuator/health", Map.class);

        assertThat(admin).containsEntry("status", "UP");
        @SuppressWarnings("unchecked")
        Map<String, Map<String, Object>> components = (Map<String, Map<String, Object>>) admin.get("components");
        assertThat(components).containsKeys("db", "processEngine");
        assertThat(components.get("db")).containsEntry("status", "UP");
        assertThat(components.get("processEngine")).containsEntry("status", "UP");
    }

    @Test
    void prometheusMetricsAreForAdministratorsOnly() {
        assertThat(rest.getForEntity("/actuator/prometheus", String.class).getStatusCode().value()).isEqualTo(401);
        assertThat(rest.withBasicAuth("reviewer1", "demo").getForEntity("/actuator/prometheus", String.class)
                .getStatusCode().value()).isEqualTo(403);

        var metrics = rest.withBasicAuth("admin", "demo").getForEntity("/actuator/prometheus", String.class);

        assertThat(metrics.getStatusCode().value()).isEqualTo(200);
        assertThat(metrics.getBody()).contains("hikaricp_connections_active", "http_server_requests_seconds",
                "jvm_memory_used_bytes");
    }
}
