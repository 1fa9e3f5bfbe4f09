package org.ipflow.identity;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.ipflow.IpflowTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.http.client.ClientHttpRequestFactorySettings.Redirects;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.util.LinkedMultiValueMap;

/** Form login over real HTTP, as a browser does it: the CSRF token from the page, then the post. */
@IpflowTest
class LoginIT {

    private static final Pattern CSRF = Pattern.compile("name=\"_csrf\" value=\"([^\"]+)\"");

    @Autowired
    TestRestTemplate rest;

    @Test
    void demoUserLogsInAndGetsANewSession() {
        ResponseEntity<String> response = login("reviewer1", "demo");
        assertThat(response.getStatusCode().value()).isEqualTo(302);
        assertThat(response.getHeaders().getLocation().getPath()).isEqualTo("/home");
        String cookie = response.getHeaders().getFirst(HttpHeaders.SET_COOKIE);
        // Spring Session's cookie: the session lives in the database, so any node serves it.
        assertThat(cookie).contains("SESSION=", "HttpOnly", "SameSite=Lax");
    }

    /** Another user than the tests that log in: failures are counted per user name (LoginThrottleIT). */
    @Test
    void wrongPasswordAndUnknownUserGetTheSameAnswer() {
        assertThat(login("finance1", "wrong").getHeaders().getLocation().toString()).endsWith("/login?error");
        assertThat(login("nobody", "wrong").getHeaders().getLocation().toString()).endsWith("/login?error");
    }

    @Test
    void loginWithoutCsrfTokenIsRefused() {
        var form = new LinkedMultiValueMap<String, String>();
        form.add("username", "reviewer1");
        form.add("password", "demo");
        HttpHeaders headers = new HttpHeaders();
        headers.setContentType(MediaType.APPLICATION_FORM_URLENCODED);
        assertThat(rest.postForEntity("/login", new HttpEntity<>(form, headers), String.class).getStatusCode().value())
                .isEqualTo(403);
    }

    private ResponseEntity<String> login(String user, String password) {
        ResponseEntity<String> page = rest.getForEntity("/login", String.class);
        Matcher token = CSRF.matcher(page.getBody());
        assertThat(token.find()).isTrue();
        HttpHeaders headers = new HttpHeaders();
        headers.setContentType(MediaType.APPLICATION_FORM_URLENCODED);
        headers.add(HttpHeaders.COOKIE, page.getHeaders().getFirst(HttpHeaders.SET_COOKIE).split(";")[0]);
        var form = new LinkedMultiValueMap<String, String>();
        form.add("username", user);
        form.add("password", password);
        form.add("_csrf", token.group(1));
        return rest.withRedirects(Redirects.DONT_FOLLOW).postForEntity("/login", new HttpEntity<>(form, headers),
                String.class);
    }
}
