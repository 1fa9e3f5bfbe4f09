package org.ipflow.identity;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.regex.Pattern;
import org.ipflow.IpflowTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;

/** A user's sessions: listed and ended by the user (their own only) and by an administrator (audited). */
@IpflowTest
class SessionsIT {

    private static final Pattern END = Pattern.compile("/account/sessions/([0-9a-f]{16})/end");

    @Autowired
    TestRestTemplate rest;

    @Autowired
    UserAccounts accounts;

    @Autowired
    JdbcClient jdbc;

    @Test
    void aUserEndsAnotherOfTheirSessionsButNeitherTheirCurrentOneNorSomeoneElses() {
        String id = staffUser();
        WebSession laptop = loggedIn(id);
        WebSession phone = loggedIn(id);
        String page = laptop.get("/account/sessions").getBody();
        assertThat(page).contains("id=\"session-list\"");
        List<String> ends = END.matcher(page).results().map(r -> r.group(1)).toList();
        assertThat(ends).as("every session but the current one can be ended").hasSize(1);
        String current = phone.get("/account/sessions").getBody();
        String laptopReference = END.matcher(current).results().map(r -> r.group(1)).findFirst().orElseThrow();

        WebSession stranger = loggedIn("reviewer4");
        stranger.get("/account/sessions");
        assertThat(stranger.post("/account/sessions/" + ends.get(0) + "/end", Map.of()).getStatusCode().value())
                .isEqualTo(404);
        assertThat(laptop.post("/account/sessions/" + laptopReference + "/end", Map.of()).getStatusCode().value())
                .as("the current session ends by logging out").isEqualTo(404);

        assertThat(WebSession.location(laptop.post("/account/sessions/" + ends.get(0) + "/end", Map.of())))
                .isEqualTo("/account/sessions");
        assertThat(WebSession.location(phone.get("/tasks"))).isEqualTo("/login");
        assertThat(laptop.get("/tasks").getStatusCode().value()).isEqualTo(200);
    }

    @Test
    void anAdministratorSeesAndEndsAUsersSessions() {
        String id = staffUser();
        WebSession user = loggedIn(id);
        WebSession other = loggedIn(id);
        user.get("/account/sessions");
        assertThat(WebSession.location(user.post("/account/sessions/end-others", Map.of())))
                .isEqualTo("/account/sessions");
        assertThat(WebSession.location(other.get("/tasks"))).isEqualTo("/login");

        WebSession admin = loggedIn("admin");
        assertThat(admin.get("/admin/users/" + id).getBody()).contains("id=\"session-list\"", "id=\"sessions-end\"")
                .doesNotContain("/account/sessions/");
        assertThat(WebSession.location(admin.post("/admin/users/" + id + "/sessions/end", Map.of())))
                .isEqualTo("/admin/users/" + id);
        assertThat(WebSession.location(user.get("/tasks"))).isEqualTo("/login");
        assertThat(jdbc.sql("select detail from admin_audit where action = 'USER_SESSIONS_END' and subject = ?")
                .param("user:" + id).query(String.class).single()).isEqualTo("1");
    }

    private String staffUser() {
        String id = "sessions-" + UUID.randomUUID().toString().substring(0, 8);
        accounts.create(id, SecondFactorIT.PASSWORD, id, id + "@example.org", List.of(Roles.REVIEWER));
        return id;
    }

    private WebSession loggedIn(String id) {
        WebSession session = new WebSession(rest);
        session.login(id, id.startsWith("sessions-") ? SecondFactorIT.PASSWORD : "demo");
        return session;
    }
}
