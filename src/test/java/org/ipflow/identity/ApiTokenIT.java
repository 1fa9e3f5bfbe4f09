package org.ipflow.identity;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.ipflow.IpflowTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Personal API tokens over real HTTP: made on the account page and shown once, good as a Bearer token on /api
 * only, revoked by their user alone; and HTTP Basic refused on /api for an account with a second factor.
 */
@IpflowTest
class ApiTokenIT {

    private static final Pattern TOKEN = Pattern.compile("id=\"new-token-value\">(ipf_[A-Za-z0-9_-]{43})<");
    private static final Pattern REVOKE = Pattern.compile("/account/tokens/(\\d+)/revoke");

    @Autowired
    TestRestTemplate rest;

    @Autowired
    UserAccounts accounts;

    @Autowired
    JdbcClient jdbc;

    @Test
    void aTokenIsShownOnceKeptHashedWorksOnTheApiOnlyAndEndsWhenRevoked() {
        String id = staffUser();
        WebSession user = new WebSession(rest);
        user.login(id, SecondFactorIT.PASSWORD);
        String token = create(user, "nightly export");
        assertThat(user.get("/account/tokens").getBody()).contains("nightly export").doesNotContain(token);
        assertThat(jdbc.sql("select token_hash from api_token where username = ?").param(id).query(String.class)
                .single()).isEqualTo(SecondFactors.hash(token)).doesNotContain(token);

        assertThat(bearer(token, "/api/tasks").getStatusCode().value()).isEqualTo(200);
        assertThat(bearer(token, "/api/admin/users").getStatusCode().value()).as("the user's roles only").isEqualTo(403);
        assertThat(bearer(token, "/tasks").getStatusCode().value()).as("not for pages").isEqualTo(302);
        ResponseEntity<String> unknown = bearer("ipf_" + "x".repeat(43), "/api/tasks");
        assertThat(unknown.getStatusCode().value()).isEqualTo(401);
        assertThat(unknown.getHeaders().getContentType().isCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON)).isTrue();
        assertThat(unknown.getBody()).contains("\"detail\"");

        Matcher revoke = REVOKE.matcher(user.get("/account/tokens").getBody());
        assertThat(revoke.find()).isTrue();
        WebSession other = new WebSession(rest);
        other.login("reviewer3", "demo");
        other.get("/account/tokens");
        assertThat(other.post("/account/tokens/" + revoke.group(1) + "/revoke", Map.of()).getStatusCode().value())
                .as("another user's token").isEqualTo(404);
        assertThat(bearer(token, "/api/tasks").getStatusCode().value()).isEqualTo(200);
        assertThat(WebSession.location(user.post("/account/tokens/" + revoke.group(1) + "/revoke", Map.of())))
                .isEqualTo("/account/tokens");
        assertThat(bearer(token, "/api/tasks").getStatusCode().value()).isEqualTo(401);
    }

    @Test
    void withASecondFactorTheApiRefusesThePasswordAndPointsToTokens() {
        String id = staffUser();
        WebSession user = new WebSession(rest);
        user.login(id, SecondFactorIT.PASSWORD);
        assertThat(rest.withBasicAuth(id, SecondFactorIT.PASSWORD).getForEntity("/api/tasks", String.class)
                .getStatusCode().value()).isEqualTo(200);
        SecondFactorIT.enrol(user);
        String token = create(user, "script");
        ResponseEntity<String> basic = rest.withBasicAuth(id, SecondFactorIT.PASSWORD)
                .getForEntity("/api/tasks?lang=en", String.class);
        assertThat(basic.getStatusCode().value()).isEqualTo(401);
        assertThat(basic.getBody()).contains("Authorization: Bearer");
        assertThat(bearer(token, "/api/tasks").getStatusCode().value()).isEqualTo(200);
    }

    @Test
    void aTokenNeedsAName() {
        WebSession user = new WebSession(rest);
        user.login("reviewer3", "demo");
        user.get("/account/tokens");
        assertThat(user.post("/account/tokens", Map.of("name", List.of(" "))).getBody()).contains("id=\"name-error\"");
    }

    private String staffUser() {
        String id = "token-" + UUID.randomUUID().toString().substring(0, 8);
        accounts.create(id, SecondFactorIT.PASSWORD, id, id + "@example.org", List.of(Roles.REVIEWER));
        return id;
    }

    private static String create(WebSession user, String name) {
        user.get("/account/tokens");
        assertThat(WebSession.location(user.post("/account/tokens", Map.of("name", List.of(name)))))
                .isEqualTo("/account/tokens");
        Matcher token = TOKEN.matcher(user.get("/account/tokens").getBody());
        assertThat(token.find()).as("the new token is shown").isTrue();
        return token.group(1);
    }

    private ResponseEntity<String> bearer(String token, String path) {
        HttpHeaders headers = new HttpHeaders();
        headers.setBearerAuth(token);
        return rest.withRedirects(org.springframework.boot.http.client.ClientHttpRequestFactorySettings.Redirects
                .DONT_FOLLOW).exchange(path, HttpMethod.GET, new HttpEntity<>(headers), String.class);
    }
}
