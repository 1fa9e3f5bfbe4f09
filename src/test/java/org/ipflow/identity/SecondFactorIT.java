package org.ipflow.identity;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.ipflow.IpflowTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The second factor over real HTTP: enrolment, the login's second step with a TOTP code and with recovery
 * codes, wrong codes throttled like wrong passwords, and an administrator's reset. Each test has its own user.
 */
@IpflowTest
class SecondFactorIT {

    static final String PASSWORD = "Factor-pass-31";
    private static final Pattern SECRET = Pattern.compile("id=\"factor-secret\">([A-Z2-7 ]+)<");
    private static final Pattern RECOVERY = Pattern.compile("<li>([a-z2-9]{5}-[a-z2-9]{5})</li>");

    @Autowired
    TestRestTemplate rest;

    @Autowired
    UserAccounts accounts;

    @Autowired
    JdbcClient jdbc;

    @Test
    void aLoginWithAFactorAsksForTheCodeBeforeAnyPageAndTakesARecoveryCodeOnce() {
        String id = staffUser();
        WebSession user = new WebSession(rest);
        assertThat(user.login(id, PASSWORD)).isEqualTo("/home");
        Enrolment enrolment = enrol(user);
        assertThat(enrolment.recoveryCodes()).hasSize(10).doesNotHaveDuplicates();
        assertThat(audited(id, "FACTOR_ENROL")).isEqualTo(1);

        WebSession again = new WebSession(rest);
        assertThat(again.login(id, PASSWORD)).isEqualTo("/login/code");
        assertThat(WebSession.location(again.get("/tasks"))).isEqualTo("/login/code");
        assertThat(WebSession.location(again.get("/account/password"))).isEqualTo("/login/code");
        assertThat(again.get("/login/code").getBody()).contains("id=\"code\"");
        assertThat(again.post("/login/code", code("000000")).getBody()).contains("id=\"code-wrong\"");
        // The neighbouring step's code: the app's clock may be ahead, and the enrolment's code is spent.
        assertThat(WebSession.location(again.post("/login/code", code(enrolment.code(1))))).isEqualTo("/home");
        assertThat(again.get("/tasks").getStatusCode().value()).isEqualTo(200);

        WebSession replay = atCodePage(id);
        assertThat(replay.post("/login/code", code(enrolment.code(1))).getBody()).contains("id=\"code-wrong\"");
        String recovery = enrolment.recoveryCodes().get(0);
        assertThat(WebSession.location(replay.post("/login/code", code(recovery.toUpperCase())))).isEqualTo("/home");

        WebSession third = atCodePage(id);
        assertThat(third.post("/login/code", code(recovery)).getBody()).contains("id=\"code-wrong\"");
        assertThat(third.get("/account/factor").getStatusCode().value()).isEqualTo(302);
    }

    @Test
    void wrongCodesLockTheAccountLikeWrongPasswords() {
        String id = staffUser();
        WebSession user = new WebSession(rest);
        user.login(id, PASSWORD);
        enrol(user);
        WebSession guesser = atCodePage(id);
        for (int i = 0; i < 4; i++) {
            assertThat(guesser.post("/login/code", code("00000" + i)).getStatusCode().value()).isEqualTo(200);
        }
        assertThat(WebSession.location(guesser.post("/login/code", code("000009")))).startsWith("/login?locked=");
        assertThat(new WebSession(rest).login(id, PASSWORD)).startsWith("/login?locked=");
    }

    @Test
    void anAdministratorResetsALostFactorAndTheUserLogsInWithThePasswordAgain() {
        String id = staffUser();
        WebSession user = new WebSession(rest);
        user.login(id, PASSWORD);
        enrol(user);
        WebSession admin = new WebSession(rest);
        admin.login("admin", "demo");
        assertThat(admin.get("/admin/users/" + id).getBody()).contains("id=\"factor-reset\"");
        assertThat(WebSession.location(admin.post("/admin/users/" + id + "/factor/reset", Map.of())))
                .isEqualTo("/admin/users/" + id);
        assertThat(audited(id, "FACTOR_RESET")).isEqualTo(1);
        assertThat(WebSession.location(user.get("/tasks"))).startsWith("/login");
        assertThat(new WebSession(rest).login(id, PASSWORD)).isEqualTo("/home");
    }

    @Test
    void enterprisesHaveNoSecondFactorPage() {
        WebSession enterprise = new WebSession(rest);
        enterprise.login("enterprise1", "demo");
        assertThat(enterprise.get("/account/factor").getStatusCode().value()).isEqualTo(403);
    }

    private String staffUser() {
        String id = "factor-" + UUID.randomUUID().toString().substring(0, 8);
        accounts.create(id, PASSWORD, id, id + "@example.org", List.of(Roles.REVIEWER));
        return id;
    }

    /** Logged in by password and at the code page, whose CSRF token the next post sends. */
    private WebSession atCodePage(String id) {
        WebSession session = new WebSession(rest);
        assertThat(session.login(id, PASSWORD)).isEqualTo("/login/code");
        session.get("/login/code");
        return session;
    }

    static Enrolment enrol(WebSession user) {
        String page = user.get("/account/factor").getBody();
        Matcher found = SECRET.matcher(page);
        assertThat(found.find()).as("the key is shown").isTrue();
        assertThat(page).contains("otpauth://totp/IPFlow:", "data:image/svg+xml;base64,");
        String secret = found.group(1).replace(" ", "");
        Enrolment enrolment = new Enrolment(secret, List.of());
        assertThat(WebSession.location(user.post("/account/factor", code(enrolment.code(0)))))
                .isEqualTo("/account/factor");
        Matcher codes = RECOVERY.matcher(user.get("/account/factor").getBody());
        List<String> recovery = codes.results().map(r -> r.group(1)).toList();
        return new Enrolment(secret, recovery);
    }

    static Map<String, List<String>> code(String code) {
        return Map.of("code", List.of(code));
    }

    private int audited(String id, String action) {
        return jdbc.sql("select count(*) from admin_audit where action = ? and subject = ?")
                .params(action, "user:" + id).query(Integer.class).single();
    }

    record Enrolment(String secret, List<String> recoveryCodes) {
        /** The code of the current time step plus {@code offset}. */
        String code(int offset) {
            long step = Totp.step(Instant.now().getEpochSecond()) + offset;
            return Totp.code(Totp.base32Decode(secret), step, Totp.DIGITS, "HmacSHA1");
        }
    }
}
