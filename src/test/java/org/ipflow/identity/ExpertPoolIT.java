package org.ipflow.identity;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ThreadLocalRandom;
import org.camunda.bpm.engine.IdentityService;
import org.ipflow.IpflowTest;
import org.ipflow.application.ApiClient;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpMethod;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * {@code GET|POST /api/admin/experts} and {@code PUT /api/admin/experts/{username}}: an administrator adds an
 * expert (an account of the role {@code expert} that must change its password), changes the entry, and each
 * change is in the audit log; invalid entries are refused per field; nobody else manages the pool.
 */
@IpflowTest
class ExpertPoolIT {

    @Autowired
    TestRestTemplate rest;
    @Autowired
    IdentityService identity;
    @Autowired
    JdbcClient jdbc;

    ApiClient api;

    @BeforeEach
    void setUp() {
        api = new ApiClient(rest);
    }

    @Test
    void anAdministratorAddsAndChangesAnExpertAndBothAreAudited() {
        String username = "pool-expert-" + ThreadLocalRandom.current().nextInt(1_000_000);

        var added = api.call("admin", HttpMethod.POST, "/api/admin/experts", body(username, Map.of()));

        assertThat(added.getStatusCode().value()).as("%s", added.getBody()).isEqualTo(201);
        assertThat(added.getBody()).containsEntry("username", username).containsEntry("name", "王教授")
                .containsEntry("fields", List.of("trademark", "新材料"))
                .containsEntry("affiliationCreditCode", "91150100MA0QCKJ01L").containsEntry("activeFrom", "2026-01-01");
        assertThat(identity.createGroupQuery().groupMember(username).list()).extracting(g -> g.getId())
                .containsExactly(Roles.EXPERT);
        assertThat(api.list("admin", "/api/admin/experts").getBody()).extracting(e -> e.get("username")).contains(username);

        var changed = api.call("admin", HttpMethod.PUT, "/api/admin/experts/" + username,
                body(username, Map.of("region", "150400", "activeUntil", "2027-12-31")));

        assertThat(changed.getStatusCode().value()).as("%s", changed.getBody()).isEqualTo(200);
        assertThat(changed.getBody()).containsEntry("region", "150400").containsEntry("activeUntil", "2027-12-31");
        assertThat(jdbc.sql("select action from admin_audit where subject = ? and actor = 'admin' order by id")
                .param("user:" + username).query(String.class).list()).containsSubsequence("EXPERT_ADD", "EXPERT_CHANGE");
        assertThat(api.call("admin", HttpMethod.POST, "/api/admin/experts", body(username, Map.of()))
                .getStatusCode().value()).as("the name is taken").isEqualTo(409);
    }

    @Test
    void invalidEntriesAreRefusedPerFieldAndNothingIsCreated() {
        String username = "pool-invalid-" + ThreadLocalRandom.current().nextInt(1_000_000);

        var refused = api.call("admin", HttpMethod.POST, "/api/admin/experts", body(username, Map.of("password", "short",
                "fields", List.of(), "affiliationCreditCode", "91150100MA0QCKJ01X", "region", "990000",
                "activeUntil", "2025-01-01")));

        assertThat(refused.getStatusCode().value()).isEqualTo(400);
        assertThat(ApiClient.errors(refused)).containsOnlyKeys("password", "fields", "affiliationCreditCode", "region",
                "activeUntil");
        assertThat(identity.createUserQuery().userId(username).count()).isZero();
        assertThat(api.call("admin", HttpMethod.PUT, "/api/admin/experts/nobody-here", body("nobody-here", Map.of()))
                .getStatusCode().value()).isEqualTo(404);
    }

    @Test
    void onlyAdministratorsManageThePool() {
        assertThat(api.call("expert1", HttpMethod.GET, "/api/admin/experts", null).getStatusCode().value()).isEqualTo(403);
        assertThat(api.call("reviewer1", HttpMethod.PUT, "/api/admin/experts/expert1", body("expert1", Map.of()))
                .getStatusCode().value()).isEqualTo(403);
    }

    private static Map<String, Object> body(String username, Map<String, Object> changes) {
        Map<String, Object> body = new HashMap<>(Map.of("username", username, "password", "Steppe-Horse-Amber-93",
                "name", "王教授", "fields", List.of("trademark", "新材料"),
                "affiliation", "内蒙古大学", "affiliationCreditCode", "91150100MA0QCKJ01L", "region", "150100",
                "activeFrom", "2026-01-01"));
        body.putAll(changes);
        return body;
    }
}
