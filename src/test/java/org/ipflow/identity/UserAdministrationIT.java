package org.ipflow.identity;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.camunda.bpm.engine.IdentityService;
import org.ipflow.IpflowTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The administrator's user pages and what they change, over real HTTP with the real engine, logins and
 * sessions. Each test makes its own users: the engine delays a user's next login after a failed one, so no
 * test logs a user in again after a wrong password.
 */
@IpflowTest
class UserAdministrationIT {

    static final String INITIAL = "Initial-pass-1";
    static final String CHOSEN = "Chosen-pass-22";

    @Autowired
    TestRestTemplate rest;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    IdentityService identity;

    @Test
    void aNewUserMustChangeTheInitialPasswordBeforeWorking() {
        WebSession admin = admin();
        String id = create(admin, List.of("reviewer"), List.of("150300"));
        assertThat(identity.createGroupQuery().groupMember(id).list()).extracting(g -> g.getId())
                .containsExactlyInAnyOrder("reviewer", "reviewer-150300");

        WebSession user = new WebSession(rest);
        assertThat(user.login(id, INITIAL)).isEqualTo("/home");
        assertThat(WebSession.location(user.get("/home"))).isEqualTo("/account/password");
        assertThat(WebSession.location(user.get("/tasks"))).isEqualTo("/account/password");
        assertThat(WebSession.location(user.get("/applications"))).isEqualTo("/account/password");
        assertThat(rest.withBasicAuth(id, INITIAL).getForEntity("/api/tasks", String.class).getStatusCode().value())
                .isEqualTo(403);
        String page = user.get("/account/password").getBody();
        assertThat(page).contains("id=\"must-change\"");

        // A typing mistake is caught before the current password is checked, and nothing typed is shown again.
        String mismatch = user.post("/account/password", Map.of("currentPassword", List.of(INITIAL),
                "password", List.of(CHOSEN), "passwordRepeated", List.of(CHOSEN + "x"))).getBody();
        assertThat(mismatch).contains("passwordRepeated-error").doesNotContain(CHOSEN).doesNotContain(INITIAL);

        assertThat(WebSession.location(changePassword(user, INITIAL, CHOSEN))).isEqualTo("/tasks");
        assertThat(user.get("/tasks").getStatusCode().value()).isEqualTo(200);
        assertThat(rest.withBasicAuth(id, CHOSEN).getForEntity("/api/tasks", String.class).getStatusCode().value())
                .isEqualTo(200);
        assertThat(mustChange(id)).isFalse();
    }

    @Test
    void aDisabledUserCannotLogInAnyWayAndTheirSessionsEnd() {
        WebSession admin = admin();
        String id = create(admin, List.of("reviewer"), List.of());
        WebSession user = activate(id);
        assertThat(user.get("/tasks").getStatusCode().value()).isEqualTo(200);
        // Remembered by the one-minute cache of logins: disabling must not wait for it.
        assertThat(api(id)).isEqualTo(200);

        admin.get("/admin/users/" + id);
        assertThat(WebSession.location(admin.post("/admin/users/" + id + "/disable", Map.of())))
                .isEqualTo("/admin/users/" + id);

        assertThat(WebSession.location(user.get("/tasks"))).endsWith("/login");
        assertThat(api(id)).isEqualTo(401);
        assertThat(new WebSession(rest).login(id, CHOSEN)).isEqualTo("/login?disabled");
        assertThat(admin.get("/admin/users/" + id).getBody()).contains("id=\"enable\"");

        admin.post("/admin/users/" + id + "/enable", Map.of());
        WebSession again = new WebSession(rest);
        assertThat(again.login(id, CHOSEN)).isEqualTo("/home");
        assertThat(again.get("/tasks").getStatusCode().value()).isEqualTo(200);
        assertThat(api(id)).isEqualTo(200);
    }

    @Test
    void aChangeOfRolesTakesEffectAtOnce() {
        WebSession admin = admin();
        String id = create(admin, List.of("finance"), List.of());
        WebSession user = activate(id);
        assertThat(user.get("/tasks").getStatusCode().value()).isEqualTo(200);
        assertThat(user.get("/admin").getStatusCode().value()).isEqualTo(403);
        assertThat(api(id)).isEqualTo(200);

        admin.get("/admin/users/" + id);
        assertThat(WebSession.location(admin.post("/admin/users/" + id + "/roles", Map.of("roles", List.of("admin")))))
                .isEqualTo("/admin/users/" + id);

        // The old session with the old roles is gone, and the API sees the new roles without waiting.
        assertThat(WebSession.location(user.get("/tasks"))).endsWith("/login");
        assertThat(api(id)).isEqualTo(403);
        WebSession again = new WebSession(rest);
        again.login(id, CHOSEN);
        assertThat(WebSession.location(again.get("/home"))).isEqualTo("/admin");
        assertThat(again.get("/tasks").getStatusCode().value()).isEqualTo(403);
        assertThat(again.get("/admin/users").getStatusCode().value()).isEqualTo(200);
    }

    @Test
    void aPasswordResetEndsTheSessionsAndAsksForAnotherChange() {
        WebSession admin = admin();
        String id = create(admin, List.of("approver"), List.of());
        WebSession user = activate(id);
        assertThat(user.get("/tasks").getStatusCode().value()).isEqualTo(200);

        admin.get("/admin/users/" + id);
        String temporary = "Temporary-pass-3";
        assertThat(WebSession.location(admin.post("/admin/users/" + id + "/password",
                Map.of("password", List.of(temporary), "passwordRepeated", List.of(temporary)))))
                .isEqualTo("/admin/users/" + id);
        assertThat(mustChange(id)).isTrue();
        assertThat(WebSession.location(user.get("/tasks"))).endsWith("/login");

        WebSession again = new WebSession(rest);
        again.login(id, temporary);
        assertThat(WebSession.location(again.get("/tasks"))).isEqualTo("/account/password");
        assertThat(WebSession.location(changePassword(again, temporary, "Another-pass-44"))).isEqualTo("/tasks");
        assertThat(again.get("/tasks").getStatusCode().value()).isEqualTo(200);
        // Last, since a wrong password delays this user's next login: the old one no longer works.
        assertThat(rest.withBasicAuth(id, CHOSEN).getForEntity("/api/tasks", String.class).getStatusCode().value())
                .isEqualTo(401);
    }

    @Test
    void anAdministratorCannotDisableThemselfNorDropTheirOwnAdminRole() {
        WebSession admin = admin();
        admin.get("/admin/users/admin");
        assertThat(WebSession.location(admin.post("/admin/users/admin/disable", Map.of()))).isEqualTo("/admin/users/admin");
        assertThat(admin.get("/admin/users/admin").getBody()).contains("alert-danger", "id=\"disable\"");

        String page = admin.post("/admin/users/admin/roles", Map.of("roles", List.of("reviewer"))).getBody();
        assertThat(page).contains("roles-error");
        assertThat(identity.createGroupQuery().groupMember("admin").groupId("admin").count()).isEqualTo(1);
        assertThat(admin.get("/admin/users").getStatusCode().value()).isEqualTo(200);
    }

    @Test
    void validationErrorsKeepWhatWasEnteredButNeverThePasswords() {
        WebSession admin = admin();
        admin.get("/admin/users/new");
        var fields = new LinkedHashMap<String, List<String>>();
        fields.put("username", List.of("x"));
        fields.put("lastName", List.of("张"));
        fields.put("firstName", List.of("三丰"));
        fields.put("email", List.of("not-an-address"));
        fields.put("roles", List.of("finance"));
        fields.put("regions", List.of("150400"));
        fields.put("password", List.of("short-pw1"));
        fields.put("passwordRepeated", List.of("short-pw1"));
        var response = admin.post("/admin/users", fields);

        assertThat(response.getStatusCode().value()).isEqualTo(200);
        assertThat(response.getBody())
                .contains("value=\"x\"", "value=\"张\"", "value=\"三丰\"", "value=\"not-an-address\"")
                .containsPattern("value=\"finance\"\\s+checked")
                .containsPattern("value=\"150400\"\\s+selected")
                .contains("username-error", "email-error", "regions-error", "password-error")
                .doesNotContain("short-pw1");
        assertThat(identity.createUserQuery().userId("x").count()).isZero();
    }

    @Test
    void theListSeparatesStaffFromEnterprisesAndSearchesByIdOrName() {
        WebSession admin = admin();
        String staff = admin.get("/admin/users").getBody();
        assertThat(staff).contains("data-user=\"reviewer1\"", "data-user=\"admin\"").doesNotContain("data-user=\"enterprise1\"");
        String enterprises = admin.get("/admin/users?kind=enterprise").getBody();
        assertThat(enterprises).contains("data-user=\"enterprise1\"").doesNotContain("data-user=\"reviewer1\"");
        String byName = admin.get("/admin/users?q=%E5%AE%A1%E6%89%B9").getBody(); // 审批, in approver1's name
        assertThat(byName).contains("data-user=\"approver1\"").doesNotContain("data-user=\"reviewer1\"");
        assertThat(admin.get("/admin/users?q=REVIEWER2").getBody()).contains("data-user=\"reviewer2\"")
                .doesNotContain("data-user=\"reviewer1\"");
        assertThat(admin.get("/admin/users?q=%25").getBody()).doesNotContain("data-user=");
        assertThat(admin.get("/admin/users?page=50").getBody()).doesNotContain("data-user=");
        // Neither the list nor a user's page ever carries a password hash.
        assertThat(staff + enterprises + admin.get("/admin/users/reviewer1").getBody()).doesNotContain("$2a$");
    }

    @Test
    void everyChangeIsAudited() {
        WebSession admin = admin();
        String id = create(admin, List.of("reviewer"), List.of("150100"));
        admin.get("/admin/users/" + id);
        admin.post("/admin/users/" + id + "/roles", Map.of("roles", List.of("reviewer", "approver"),
                "regions", List.of("150100", "150200")));
        admin.post("/admin/users/" + id + "/disable", Map.of());
        admin.post("/admin/users/" + id + "/enable", Map.of());
        admin.post("/admin/users/" + id + "/password",
                Map.of("password", List.of("Temporary-pass-5"), "passwordRepeated", List.of("Temporary-pass-5")));

        List<String> entries = jdbc.sql("select actor, action, detail from admin_audit where subject = ? order by id")
                .param("user:" + id).query((rs, n) -> rs.getString(1) + " " + rs.getString(2) + " " + rs.getString(3))
                .list();
        assertThat(entries).containsExactly(
                "admin USER_CREATE reviewer, reviewer-150100",
                "admin USER_ROLES reviewer, reviewer-150100 → reviewer, approver, reviewer-150100, reviewer-150200",
                "admin USER_DISABLE null", "admin USER_ENABLE null", "admin USER_PASSWORD_RESET null");
        assertThat(String.join(" ", entries)).doesNotContain(INITIAL).doesNotContain("Temporary-pass-5");
    }

    private WebSession admin() {
        WebSession admin = new WebSession(rest);
        assertThat(admin.login("admin", "demo")).isEqualTo("/home");
        return admin;
    }

    /** Creates a user through the page, with the initial password; returns its id. */
    private String create(WebSession admin, List<String> roles, List<String> regions) {
        String id = "staff-" + UUID.randomUUID().toString().substring(0, 8);
        admin.get("/admin/users/new");
        var fields = new LinkedHashMap<String, List<String>>();
        fields.put("username", List.of(id));
        fields.put("lastName", List.of("测试"));
        fields.put("firstName", List.of("用户"));
        fields.put("email", List.of(id + "@example.org"));
        fields.put("roles", new ArrayList<>(roles));
        fields.put("regions", new ArrayList<>(regions));
        fields.put("password", List.of(INITIAL));
        fields.put("passwordRepeated", List.of(INITIAL));
        assertThat(WebSession.location(admin.post("/admin/users", fields))).isEqualTo("/admin/users/" + id);
        assertThat(mustChange(id)).isTrue();
        return id;
    }

    /** Logs the new user in and changes the initial password to {@link #CHOSEN}; returns the working session. */
    private WebSession activate(String id) {
        WebSession user = new WebSession(rest);
        assertThat(user.login(id, INITIAL)).isEqualTo("/home");
        user.get("/account/password");
        changePassword(user, INITIAL, CHOSEN);
        return user;
    }

    private static org.springframework.http.ResponseEntity<String> changePassword(WebSession user, String current,
            String chosen) {
        user.get("/account/password");
        return user.post("/account/password", Map.of("currentPassword", List.of(current), "password", List.of(chosen),
                "passwordRepeated", List.of(chosen)));
    }

    private int api(String id) {
        return rest.withBasicAuth(id, CHOSEN).getForEntity("/api/tasks", String.class).getStatusCode().value();
    }

    private boolean mustChange(String id) {
        return jdbc.sql("select must_change_password from account_state where username = ?").param(id)
                .query(Boolean.class).single();
    }
}
