package org.ipflow.identity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ThreadLocalRandom;
import org.camunda.bpm.engine.IdentityService;
import org.ipflow.IpflowTest;
import org.ipflow.application.ApiClient;
import org.ipflow.programme.TestProgrammes;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.context.ApplicationContext;
import org.springframework.http.HttpMethod;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.test.web.servlet.MockMvc;

/**
 * {@code GET|POST /api/admin/experts} and {@code PUT /api/admin/experts/{username}}: an administrator adds an
 * expert (an account of the role {@code expert} that must change its password), changes the entry, and each
 * change is in the audit log; invalid entries are refused per field; nobody else manages the pool. A
 * programme's expert settings and rubric, changed on its page, are audited too.
 */
@IpflowTest
class ExpertPoolIT {

    @Autowired
    TestRestTemplate rest;
    @Autowired
    IdentityService identity;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    MockMvc mvc;
    @Autowired
    ApplicationContext context;

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
        var reserved = api.call("admin", HttpMethod.POST, "/api/admin/experts", body("Import", Map.of()));
        assertThat(ApiClient.errors(reserved)).as("/admin/experts/import is the pool's import, not a page to edit")
                .containsOnlyKeys("username");
    }

    @Test
    void aChangeOfAProgrammesExpertSettingsAndRubricLeavesAnAuditLineWithWhoAndWhat() throws Exception {
        String programme = new TestProgrammes(context).defineGrantLike(List.of());

        mvc.perform(post("/admin/programmes/" + programme + "/experts").with(csrf())
                        .with(user("admin2").authorities(new SimpleGrantedAuthority(Roles.ADMIN)))
                        .param("fields", programme + ", 新材料").param("experts", "2").param("regionRecusal", "true")
                        .param("acceptDays", "5").param("dispersionThreshold", "12")
                        .param("rubric", "novelty | 创新性 | Novelty | 60 | 10\nteam | 团队 | Team | 40 | 100"))
                .andExpect(status().isFound());

        assertThat(jdbc.sql("select actor || ' ' || action || ' ' || detail from admin_audit where subject = ?")
                .param("programme:" + programme).query(String.class).list()).as("who changed what")
                .anySatisfy(line -> assertThat(line).startsWith("admin2 PROGRAMME_EXPERTS ").contains("新材料",
                        "experts 2", "region recusal true", "accept within P5D", "dispersion 12",
                        "novelty weight 60", "team weight 40"));
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
