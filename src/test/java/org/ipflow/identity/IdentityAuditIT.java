package org.ipflow.identity;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.identity.User;
import org.ipflow.IpflowTest;
import org.ipflow.application.ApiClient;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;

/**
 * Every write to the identity store is in the audit log, whichever path made it, with who, what and
 * where, and never a password or its hash: self-registration, a user's own password change, a write
 * through the engine's {@link IdentityService} that no IPFlow page made (the path a later feature or a
 * plugin would take), and the administration of users without double entries.
 */
@IpflowTest
class IdentityAuditIT {

    private static final String CHOSEN = "Chosen-Steppe-Horse-77";

    @Autowired
    TestRestTemplate rest;
    @Autowired
    IdentityService identity;
    @Autowired
    JdbcClient jdbc;

    @AfterEach
    void forgetTheCaller() {
        SecurityContextHolder.clearContext();
        identity.clearAuthentication();
    }

    @Test
    void selfRegistrationIsAuditedAsAnAnonymousCreation() {
        String username = new ApiClient(rest).newEnterprise();

        assertThat(entries(username)).containsExactly(
                "anonymous IDENTITY_USER_CREATE via POST /api/enterprises",
                "anonymous IDENTITY_MEMBER_ADD group enterprise; via POST /api/enterprises");
    }

    @Test
    void aUsersOwnPasswordChangeIsAuditedAsTheirs() {
        String username = new ApiClient(rest).newEnterprise();
        WebSession user = new WebSession(rest);
        assertThat(user.login(username, ApiClient.NEW_PASSWORD)).isEqualTo("/home");
        user.get("/account/password");
        assertThat(WebSession.location(user.post("/account/password", Map.of("currentPassword",
                List.of(ApiClient.NEW_PASSWORD), "password", List.of(CHOSEN), "passwordRepeated", List.of(CHOSEN)))))
                .doesNotStartWith("/account/password");

        assertThat(entries(username)).contains(
                username + " IDENTITY_PASSWORD password set; via POST /account/password");
        assertThat(String.join(" ", allDetails())).doesNotContain(CHOSEN).doesNotContain("$2a$");
    }

    /** What the tester did through /engine-rest (now closed), done through the engine's API by another path. */
    @Test
    void identityWritesThatNoIpflowPageMadeAreAuditedToo() {
        String username = new ApiClient(rest).newEnterprise();
        SecurityContextHolder.getContext().setAuthentication(
                UsernamePasswordAuthenticationToken.authenticated("mallory", null, List.of()));
        identity.createMembership(username, Roles.ADMIN);
        identity.deleteMembership(username, Roles.ADMIN);
        User user = identity.createUserQuery().userId(username).singleResult();
        user.setPassword("Planted-password-1");
        identity.saveUser(user);
        SecurityContextHolder.clearContext();
        // Outside Spring Security (a job, a plugin): the engine's authenticated user is the actor.
        identity.setAuthentication("engine-caller", List.of(Roles.ADMIN));
        identity.createMembership(username, Roles.FINANCE);
        identity.deleteMembership(username, Roles.FINANCE);

        assertThat(entries(username)).containsExactly(
                "anonymous IDENTITY_USER_CREATE via POST /api/enterprises",
                "anonymous IDENTITY_MEMBER_ADD group enterprise; via POST /api/enterprises",
                "mallory IDENTITY_MEMBER_ADD group admin; outside a request",
                "mallory IDENTITY_MEMBER_REMOVE group admin; outside a request",
                "mallory IDENTITY_PASSWORD password set; outside a request",
                "engine-caller IDENTITY_MEMBER_ADD group finance; outside a request",
                "engine-caller IDENTITY_MEMBER_REMOVE group finance; outside a request");
        assertThat(String.join(" ", allDetails())).doesNotContain("Planted-password-1");
    }

    @Test
    void theDemoUsersCreatedAtStartUpAreAuditedAsTheSystems() {
        assertThat(entries("enterprise2")).startsWith("system IDENTITY_USER_CREATE outside a request",
                "system IDENTITY_MEMBER_ADD group enterprise; outside a request");
    }

    @Test
    void aWriteThatChangesNothingIsNotAudited() {
        long before = count();
        identity.deleteUser("no-such-user");
        identity.deleteMembership("enterprise1", "no-such-group");
        assertThat(count()).isEqualTo(before);
    }

    private List<String> entries(String username) {
        return jdbc.sql("select actor, action, detail from admin_audit where subject = ? order by id")
                .param("user:" + username)
                .query((rs, n) -> rs.getString(1) + " " + rs.getString(2) + " " + rs.getString(3)).list();
    }

    private List<String> allDetails() {
        return jdbc.sql("select coalesce(detail, '') from admin_audit").query(String.class).list();
    }

    private long count() {
        return jdbc.sql("select count(*) from admin_audit").query(Long.class).single();
    }
}
