package org.ipflow.identity;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Base64;
import java.util.List;
import org.ipflow.IpflowTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Browser sessions and response headers: a new session at login, a cookie scripts cannot read and other
 * sites do not send, logout that ends the session on the server, an idle timeout, Actuator closed to the
 * public except for health, and the security headers on pages and API answers; over a raw socket, a
 * forged Host header that no redirect repeats (a slow-header client: SlowClientIT). (The cookie's
 * Secure flag behind the HTTPS load balancer is in ForwardedHeadersIT.)
 */
@IpflowTest
class SessionsAndHeadersIT {

    @Autowired
    TestRestTemplate rest;
    @Autowired
    JdbcClient jdbc;
    @LocalServerPort
    int port;

    @Test
    void loginIssuesANewSessionAndTheOldOneStaysAnonymous() {
        Caller visitor = Caller.anonymous(rest);
        String before = visitor.cookie;

        ResponseEntity<String> login = visitor.loginAs("enterprise1", "demo");

        assertThat(login.getStatusCode().value()).isEqualTo(302);
        String after = Caller.sessionCookie(login);
        assertThat(after).isNotEqualTo(before);
        assertThat(status(before, "/applications")).as("the pre-login session id").isEqualTo(302);
        assertThat(location(before, "/applications")).isEqualTo("/login");
        assertThat(status(after, "/applications")).isEqualTo(200);
    }

    @Test
    void theSessionCookieIsHttpOnlyAndSameSite() {
        List<String> cookies = rest.getForEntity("/login", String.class).getHeaders().get(HttpHeaders.SET_COOKIE);
        String session = cookies.stream().filter(c -> c.startsWith("SESSION=")).findFirst().orElseThrow();
        assertThat(session).contains("HttpOnly").contains("SameSite=Lax").contains("Path=/");
        assertThat(session).as("plain HTTP on the default profile").doesNotContain("Secure");
    }

    @Test
    void logoutEndsTheSessionOnTheServer() {
        Caller user = Caller.loggedIn(rest, "enterprise1");
        String id = sessionId(user.cookie);
        assertThat(jdbc.sql("select count(*) from spring_session where session_id = ?").param(id).query(Long.class)
                .single()).isEqualTo(1);

        ResponseEntity<byte[]> logout = user.page(HttpMethod.POST, "/logout", Caller.form(),
                MediaType.APPLICATION_FORM_URLENCODED, user.csrf);

        assertThat(logout.getStatusCode().value()).isEqualTo(302);
        assertThat(logout.getHeaders().getLocation().toString()).endsWith("/login?logout");
        assertThat(jdbc.sql("select count(*) from spring_session where session_id = ?").param(id).query(Long.class)
                .single()).as("the session row").isZero();
        assertThat(status(user.cookie, "/applications")).as("the old cookie, replayed").isEqualTo(302);
        assertThat(location(user.cookie, "/applications")).isEqualTo("/login");
    }

    @Test
    void anIdleSessionExpiresAfterThirtyMinutes() {
        Caller user = Caller.loggedIn(rest, "enterprise1");
        String id = sessionId(user.cookie);
        int idle = jdbc.sql("select max_inactive_interval from spring_session where session_id = ?").param(id)
                .query(Integer.class).single();
        assertThat(Duration.ofSeconds(idle)).isEqualTo(Duration.ofMinutes(30));

        // The session's last use moved 31 minutes into the past, as if the user had walked away.
        long past = System.currentTimeMillis() - Duration.ofMinutes(31).toMillis();
        jdbc.sql("update spring_session set last_access_time = ?, expiry_time = ? where session_id = ?")
                .params(past, past + Duration.ofMinutes(30).toMillis(), id).update();

        assertThat(status(user.cookie, "/applications")).isEqualTo(302);
        assertThat(location(user.cookie, "/applications")).isEqualTo("/login");
    }

    @Test
    void actuatorShowsOnlyHealthToThePublic() {
        ResponseEntity<String> health = rest.getForEntity("/actuator/health", String.class);
        assertThat(health.getStatusCode().value()).isEqualTo(200);
        assertThat(health.getBody()).isEqualTo("{\"status\":\"UP\"}");
        for (String path : List.of("/actuator", "/actuator/info", "/actuator/prometheus", "/actuator/env",
                "/actuator/beans", "/actuator/configprops", "/actuator/heapdump")) {
            assertThat(rest.getForEntity(path, String.class).getStatusCode().value()).as(path).isEqualTo(401);
        }
        assertThat(rest.getForEntity("/actuator/health/db", String.class).getStatusCode().value())
                .as("a health component, asked for by name").isEqualTo(404);
        assertThat(rest.withBasicAuth("reviewer1", "demo").getForEntity("/actuator/env", String.class)
                .getStatusCode().value()).isEqualTo(403);
        assertThat(rest.withBasicAuth("admin", "demo").getForEntity("/actuator/env", String.class)
                .getStatusCode().value()).as("env is not exposed at all").isEqualTo(404);
    }

    @Test
    void pagesCarryTheSecurityHeaders() {
        Caller user = Caller.loggedIn(rest, "enterprise1");
        for (String path : List.of("/login", "/public/notices", "/applications", "/applications/999999999")) {
            HttpHeaders headers = user.page(HttpMethod.GET, path, null, null, null).getHeaders();
            assertThat(headers.getFirst("Content-Security-Policy")).as(path)
                    .contains("default-src 'self'", "script-src 'self'", "object-src 'none'", "frame-ancestors 'none'");
            assertThat(headers.getFirst("X-Content-Type-Options")).as(path).isEqualTo("nosniff");
            assertThat(headers.getFirst("X-Frame-Options")).as(path).isEqualTo("DENY");
            assertThat(headers.getFirst("Referrer-Policy")).as(path).isEqualTo("same-origin");
        }
    }

    @Test
    void apiAnswersCannotBeSniffedOrFramed() {
        for (String path : List.of("/api/programmes", "/api/applications/999999999")) {
            HttpHeaders headers = rest.withBasicAuth("enterprise1", "demo").getForEntity(path, String.class).getHeaders();
            assertThat(headers.getFirst("X-Content-Type-Options")).as(path).isEqualTo("nosniff");
            assertThat(headers.getFirst("X-Frame-Options")).as(path).isEqualTo("DENY");
            assertThat(headers.getFirst(HttpHeaders.CACHE_CONTROL)).as(path).contains("no-store");
        }
    }

    /** The attack of finding 8: a redirect built from the request's Host would send the user to the forger's site. */
    @Test
    void aForgedHostHeaderIsNotRepeatedInRedirects() throws IOException {
        for (String path : List.of("/applications", "/tasks", "/admin/users")) {
            String answer = raw("GET " + path + " HTTP/1.1\r\nHost: evil.example\r\nConnection: close\r\n\r\n");
            assertThat(answer).as(path).startsWith("HTTP/1.1 302");
            String location = answer.lines().filter(l -> l.regionMatches(true, 0, "Location:", 0, 9)).findFirst()
                    .orElseThrow();
            assertThat(location).as(path).doesNotContainIgnoringCase("evil.example").doesNotContain("://");
        }
        String login = raw("GET /applications HTTP/1.1\r\nHost: evil.example:8443\r\nX-Forwarded-Host: evil.example"
                + "\r\nConnection: close\r\n\r\n");
        assertThat(login).doesNotContainIgnoringCase("evil.example");
    }

    /** Sends a request as written over a new connection; the whole answer as text. */
    private String raw(String request) throws IOException {
        try (Socket socket = new Socket("localhost", port)) {
            socket.setSoTimeout(10_000);
            socket.getOutputStream().write(request.getBytes(StandardCharsets.ISO_8859_1));
            return new String(socket.getInputStream().readAllBytes(), StandardCharsets.ISO_8859_1);
        }
    }

    private int status(String cookie, String path) {
        return get(cookie, path).getStatusCode().value();
    }

    private String location(String cookie, String path) {
        return get(cookie, path).getHeaders().getLocation().getPath();
    }

    private ResponseEntity<String> get(String cookie, String path) {
        HttpHeaders headers = new HttpHeaders();
        headers.add(HttpHeaders.COOKIE, cookie);
        return rest.withRedirects(org.springframework.boot.http.client.ClientHttpRequestFactorySettings.Redirects.DONT_FOLLOW)
                .exchange(path, HttpMethod.GET, new org.springframework.http.HttpEntity<>(headers), String.class);
    }

    /** The cookie carries the session id in Base64. */
    private static String sessionId(String cookie) {
        return new String(Base64.getDecoder().decode(cookie.substring("SESSION=".length())), StandardCharsets.UTF_8);
    }
}
