package org.ipflow.identity;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.ipflow.IpflowPostgresTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;

/**
 * The user pages on a real PostgreSQL: the account_state migration, the native search over Camunda's
 * identity tables with its paging, and the end of a disabled user's sessions in Spring Session's tables.
 */
@IpflowPostgresTest
class PostgresUserAdministrationIT {

    @Autowired
    TestRestTemplate rest;

    @Test
    void createSearchDisableAndEnable() {
        WebSession admin = new WebSession(rest);
        assertThat(admin.login("admin", "demo")).isEqualTo("/home");
        admin.get("/admin/users/new");
        var fields = new LinkedHashMap<String, List<String>>();
        fields.put("username", List.of("pg-reviewer"));
        fields.put("lastName", List.of("赵"));
        fields.put("firstName", List.of("包头"));
        fields.put("email", List.of("pg-reviewer@example.org"));
        fields.put("roles", List.of("reviewer"));
        fields.put("regions", List.of("150200"));
        fields.put("password", List.of("Postgres-start-1"));
        fields.put("passwordRepeated", List.of("Postgres-start-1"));
        assertThat(WebSession.location(admin.post("/admin/users", fields))).isEqualTo("/admin/users/pg-reviewer");
        assertThat(admin.get("/admin/users?q=%E5%8C%85%E5%A4%B4").getBody()) // 包头
                .contains("data-user=\"pg-reviewer\"").doesNotContain("data-user=\"reviewer1\"");
        assertThat(admin.get("/admin/users?q=_").getBody()).doesNotContain("data-user=\"pg-reviewer\"");
        assertThat(admin.get("/admin/users?page=1").getBody()).doesNotContain("data-user=");

        WebSession user = new WebSession(rest);
        user.login("pg-reviewer", "Postgres-start-1");
        user.get("/account/password");
        assertThat(WebSession.location(user.post("/account/password", Map.of("currentPassword",
                List.of("Postgres-start-1"), "password", List.of("Postgres-own-22"),
                "passwordRepeated", List.of("Postgres-own-22"))))).isEqualTo("/tasks");
        assertThat(user.get("/tasks").getStatusCode().value()).isEqualTo(200);

        admin.get("/admin/users/pg-reviewer");
        admin.post("/admin/users/pg-reviewer/disable", Map.of());
        assertThat(WebSession.location(user.get("/tasks"))).endsWith("/login");
        assertThat(rest.withBasicAuth("pg-reviewer", "Postgres-own-22").getForEntity("/api/tasks", String.class)
                .getStatusCode().value()).isEqualTo(401);

        admin.post("/admin/users/pg-reviewer/enable", Map.of());
        assertThat(rest.withBasicAuth("pg-reviewer", "Postgres-own-22").getForEntity("/api/tasks", String.class)
                .getStatusCode().value()).isEqualTo(200);
    }
}
