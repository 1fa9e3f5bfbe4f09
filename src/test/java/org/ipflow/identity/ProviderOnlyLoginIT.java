package org.ipflow.identity;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpResponse;
import java.util.Map;
import org.ipflow.Browser;
import org.ipflow.BrowserTest;
import org.ipflow.shared.CreditCode;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.context.TestPropertySource;

/**
 * {@code ipflow.security.oidc.local-login=false}: the provider is the browser's only login. The login page offers
 * only its button, IPFlow's own form login is not there to take a password, and the provider's login still works;
 * in Chromium, an enterprise's person confirms the enterprise on their first login (screenshots sso-*.png).
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("demo")
@TestPropertySource(locations = "classpath:ipflow-test.properties", properties = "ipflow.security.oidc.local-login=false")
@DirtiesContext
@BrowserTest
class ProviderOnlyLoginIT {

    private static final String CODE = "91150100MA0RB5D2K" + CreditCode.checkCharacter("91150100MA0RB5D2K");
    private static final OpenIdProvider PROVIDER = OpenIdProvider.start(Map.of(
            "staff", Map.of("preferred_username", "finance1"),
            "person9", Map.of("credit_code", CODE, "person_id", "P-9", "enterprise_name", "北疆专利转化有限公司",
                    "name", "王五")));

    @LocalServerPort
    int port;

    @DynamicPropertySource
    static void provider(DynamicPropertyRegistry registry) {
        registry.add("ipflow.security.oidc.issuer-uri", PROVIDER::issuer);
        registry.add("ipflow.security.oidc.client-id", () -> OpenIdProvider.CLIENT_ID);
        registry.add("ipflow.security.oidc.client-secret", () -> OpenIdProvider.CLIENT_SECRET);
        registry.add("ipflow.security.oidc.scopes", () -> "openid");
    }

    @AfterAll
    static void stopProvider() {
        PROVIDER.close();
    }

    @Test
    void onlyTheProvidersLoginIsOfferedAndAPasswordOpensNothing() {
        var browser = new FollowingClient();
        HttpResponse<String> login = browser.get(ipflow("/login"));
        assertThat(login.body()).contains("id=\"login-provider\"", "/oauth2/authorization/gov")
                .doesNotContain("name=\"password\"");

        // A valid CSRF token from another page of the same session: the request is refused for want of a form login.
        String token = FollowingClient.csrf(browser.get(ipflow("/register")));
        HttpResponse<String> posted = browser.post(ipflow("/login"), Map.of("username", "finance1", "password", "demo",
                "_csrf", token));
        assertThat(posted.headers().firstValue("Location").orElse("")).as("no form login to take it").doesNotEndWith("/home");
        HttpResponse<String> tasks = browser.follow(browser.get(ipflow("/tasks")));
        assertThat(tasks.uri().getPath()).as("still not logged in").isEqualTo("/login");

        HttpResponse<String> providerLogin = browser.follow(browser.get(ipflow("/oauth2/authorization/gov")));
        HttpResponse<String> landed = browser.follow(browser.post(providerLogin.uri(), Map.of("username", "staff",
                "password", OpenIdProvider.PASSWORD, "_csrf", FollowingClient.csrf(providerLogin))));
        assertThat(landed.uri().getPath()).as(browser.trail()).isEqualTo("/tasks");
    }

    @Test
    void aPersonOfTheProviderConfirmsTheirEnterpriseInChromium() throws IOException {
        try (Browser browser = new Browser(port)) {
            // By 127.0.0.1: the provider accepts loopback redirects by IP address only (RFC 8252).
            browser.driver().get(ipflow("/login?lang=zh_CN").toString());
            assertThat(browser.text()).contains("使用政务服务平台登录");
            browser.screenshot("sso-01-login");
            browser.click("#login-provider");
            browser.waitFor("input[name=username]");
            browser.type("username", "person9").type("password", OpenIdProvider.PASSWORD);
            browser.submit("button[type=submit]");
            browser.waitFor("#sign-on-register");
            assertThat(path(browser)).isEqualTo("/login/oidc/confirm");
            assertThat(browser.text()).contains(CODE);
            assertThat(browser.find("#enterpriseName").getAttribute("value")).isEqualTo("北疆专利转化有限公司");
            browser.fullPageScreenshot("sso-02-confirm");
            browser.type("contactName", "王五").type("contactPhone", "13800000009").type("email", "wang@example.com");
            browser.submit("#sign-on-register button[type=submit]");
            assertThat(path(browser)).isEqualTo("/applications");
            browser.screenshot("sso-03-applications");
        }
    }

    private static String path(Browser browser) {
        return URI.create(browser.driver().getCurrentUrl()).getPath();
    }

    private URI ipflow(String path) {
        return URI.create("http://127.0.0.1:" + port + path);
    }
}
