package org.ipflow.identity;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpResponse;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.ipflow.enterprise.Enterprise;
import org.ipflow.enterprise.Enterprises;
import org.ipflow.shared.CreditCode;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.context.TestPropertySource;

/**
 * Single sign-on against a real OpenID provider in the test JVM ({@link OpenIdProvider}), through the whole
 * authorization-code flow over HTTP: the provider's login form, its redirect back, IPFlow's token exchange and
 * ID-token check. IPFlow runs in a context of its own here (the provider must be up before it starts, and the
 * shared context has no provider), closed after the class.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("demo")
@TestPropertySource(locations = "classpath:ipflow-test.properties")
@DirtiesContext
class SingleSignOnIT {

    private static final String CODE = code("91150100MA0PT7K3N");
    private static final String OTHER_CODE = code("91150200MA0QX8L4P");
    private static final OpenIdProvider PROVIDER = OpenIdProvider.start(Map.of(
            "person1", Map.of("credit_code", CODE, "person_id", "P-1", "enterprise_name", "星河专利科技有限公司",
                    "name", "张三", "email", "zhang@example.com"),
            "person2", Map.of("credit_code", CODE.toLowerCase(), "person_id", "P-2", "name", "李四"),
            // The same person as person1, now named by the provider for another (valid) enterprise.
            "person1moved", Map.of("credit_code", OTHER_CODE, "person_id", "P-1"),
            "wrongcode", Map.of("credit_code", wrongCheckCharacter(CODE), "person_id", "P-3"),
            "staff", Map.of("preferred_username", "reviewer1"),
            "staff2", Map.of("preferred_username", "reviewer2"),
            "ghost", Map.of("preferred_username", "nobody7")));

    @LocalServerPort
    int port;

    @Autowired
    Enterprises enterprises;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    SecondFactors factors;

    @DynamicPropertySource
    static void provider(DynamicPropertyRegistry registry) {
        registry.add("ipflow.security.oidc.issuer-uri", PROVIDER::issuer);
        registry.add("ipflow.security.oidc.client-id", () -> OpenIdProvider.CLIENT_ID);
        registry.add("ipflow.security.oidc.client-secret", () -> OpenIdProvider.CLIENT_SECRET);
        registry.add("ipflow.security.oidc.scopes", () -> "openid");
        registry.add("ipflow.security.oidc.person-id-claim", () -> "person_id");
    }

    @AfterAll
    static void stopProvider() {
        PROVIDER.close();
    }

    @Test
    void firstLoginRegistersTheEnterpriseAColleagueJoinsItAndLaterLoginsGoStraightIn() {
        var browser = new FollowingClient();
        HttpResponse<String> confirm = logIn(browser, "person1");
        assertThat(confirm.uri().getPath()).as(browser.trail()).isEqualTo("/login/oidc/confirm");
        assertThat(confirm.body()).contains(CODE, "星河专利科技有限公司", "value=\"150100\" selected");
        assertThat(confirm.body()).as("no account yet: neither a made-up user name nor a password to change")
                .doesNotContain("sso-pending-", "/account/password");
        HttpResponse<String> home = browser.follow(browser.post(confirm.uri(), Map.of("_csrf", FollowingClient.csrf(confirm),
                "enterpriseName", "星河专利科技有限公司", "region", "150100", "contactName", "张三",
                "contactPhone", "13800000001", "email", "zhang@example.com")));
        assertThat(home.uri().getPath()).isEqualTo("/applications");
        Enterprise registered = enterpriseOf("P-1");
        assertThat(registered.creditCode()).isEqualTo(CODE);
        assertThat(registered.name()).isEqualTo("星河专利科技有限公司");

        var colleague = new FollowingClient();
        HttpResponse<String> join = logIn(colleague, "person2");
        assertThat(join.body()).contains("id=\"sign-on-join\"", "星河专利科技有限公司");
        HttpResponse<String> joined = colleague.follow(colleague.post(join.uri(),
                Map.of("_csrf", FollowingClient.csrf(join), "join", "true")));
        assertThat(joined.uri().getPath()).isEqualTo("/applications");
        assertThat(enterpriseOf("P-2").id()).isEqualTo(registered.id());

        assertThat(logIn(new FollowingClient(), "person1").uri().getPath()).isEqualTo("/applications");
        HttpResponse<String> moved = logIn(new FollowingClient(), "person1moved");
        assertThat(moved.uri().getQuery()).as("never put into another code's enterprise").isEqualTo("refused=enterprise_changed");
        assertThat(enterpriseOf("P-1").id()).isEqualTo(registered.id());
        assertThat(jdbc.sql("select count(*) from admin_audit where action = 'SIGN_ON_LINK'").query(Long.class)
                .single()).isGreaterThanOrEqualTo(2);
    }

    @Test
    void anInvalidCreditCodeIsRefusedWithItsReason() {
        HttpResponse<String> page = logIn(new FollowingClient(), "wrongcode");
        assertThat(page.uri().getPath() + "?" + page.uri().getQuery()).isEqualTo("/login?refused=invalid_credit_code");
        assertThat(page.body()).contains("id=\"login-refused\"", "统一社会信用代码无效");
        assertThat(jdbc.sql("select count(*) from oidc_link where subject = 'P-3'").query(Long.class).single()).isZero();
    }

    @Test
    void staffLogInWithTheirOwnGroupsAndLogOutAtTheProviderToo() {
        var browser = new FollowingClient();
        HttpResponse<String> tasks = logIn(browser, "staff");
        assertThat(tasks.uri().getPath()).isEqualTo("/tasks");
        HttpResponse<String> logout = browser.post(ipflow("/logout"), Map.of("_csrf", FollowingClient.csrf(tasks)));
        URI endSession = URI.create(logout.headers().firstValue("Location").orElseThrow());
        assertThat(endSession.toString()).startsWith(PROVIDER.issuer() + "/connect/logout?")
                .contains("id_token_hint=", "post_logout_redirect_uri=");
    }

    @Test
    void staffWithASecondFactorGiveTheirCodeAfterTheProviderAndStillLogOutAtTheProvider() {
        String secret = Totp.newSecret();
        String now = Totp.code(Totp.base32Decode(secret), Totp.step(Instant.now().getEpochSecond()), Totp.DIGITS,
                "HmacSHA1");
        List<String> recovery = factors.enrol("reviewer2", secret, now).orElseThrow();
        try {
            var browser = new FollowingClient();
            HttpResponse<String> codePage = logIn(browser, "staff2");
            assertThat(codePage.uri().getPath()).as(browser.trail()).isEqualTo("/login/code");
            HttpResponse<String> tasks = browser.follow(browser.post(codePage.uri(),
                    Map.of("_csrf", FollowingClient.csrf(codePage), "code", recovery.get(0))));
            assertThat(tasks.uri().getPath()).isEqualTo("/tasks");
            HttpResponse<String> logout = browser.post(ipflow("/logout"), Map.of("_csrf", FollowingClient.csrf(tasks)));
            assertThat(logout.headers().firstValue("Location").orElseThrow())
                    .startsWith(PROVIDER.issuer() + "/connect/logout?").contains("id_token_hint=");
        } finally {
            // The database is the shared context's too: reviewer2 logs in by password in other tests.
            factors.remove("reviewer2");
        }
    }

    @Test
    void staffUnknownToIpflowAreRefused() {
        HttpResponse<String> page = logIn(new FollowingClient(), "ghost");
        assertThat(page.uri().getQuery()).isEqualTo("refused=unknown_staff");
        assertThat(page.body()).contains("id=\"login-refused\"");
    }

    @Test
    void theLoginPageOffersTheProviderBesideTheForm() {
        String page = new FollowingClient().get(ipflow("/login")).body();
        assertThat(page).contains("id=\"login-provider\"", "/oauth2/authorization/gov", "使用政务服务平台登录",
                "name=\"password\"");
    }

    /** From IPFlow's button through the provider's login form back to IPFlow, to the page that ends it. */
    private HttpResponse<String> logIn(FollowingClient browser, String person) {
        HttpResponse<String> providerLogin = browser.follow(browser.get(ipflow("/oauth2/authorization/gov")));
        assertThat(providerLogin.uri().toString()).startsWith(PROVIDER.issuer() + "/login");
        return browser.follow(browser.post(providerLogin.uri(), Map.of("username", person,
                "password", OpenIdProvider.PASSWORD, "_csrf", FollowingClient.csrf(providerLogin))));
    }

    private Enterprise enterpriseOf(String personId) {
        String username = jdbc.sql("select username from oidc_link where subject = ?").param(personId)
                .query(String.class).single();
        return enterprises.ofUser(username).orElseThrow();
    }

    private URI ipflow(String path) {
        return URI.create("http://127.0.0.1:" + port + path);
    }

    private static String wrongCheckCharacter(String code) {
        return code.substring(0, 17) + (code.charAt(17) == '0' ? '1' : '0');
    }

    private static String code(String first17) {
        return first17 + CreditCode.checkCharacter(first17);
    }
}
