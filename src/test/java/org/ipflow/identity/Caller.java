package org.ipflow.identity;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.springframework.boot.http.client.ClientHttpRequestFactorySettings.Redirects;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.util.LinkedMultiValueMap;
import org.springframework.util.MultiValueMap;

/**
 * One caller as the outside world sees IPFlow: anonymous or a user, with a browser session (form login,
 * session cookie, CSRF token from the page) for the pages and HTTP Basic for /api, /engine-rest and
 * /actuator. Redirects are not followed, so that a redirect to the login page is seen as such.
 */
final class Caller {

    private static final Pattern CSRF = Pattern.compile("name=\"_csrf\"[^>]*?(?:value|content)=\"([^\"]+)\"");

    final String username;
    private final TestRestTemplate rest;
    String cookie;
    String csrf;

    private Caller(TestRestTemplate rest, String username) {
        this.rest = rest.withRedirects(Redirects.DONT_FOLLOW);
        this.username = username;
    }

    /** An anonymous visitor who has opened the login page (and so holds a session and a CSRF token). */
    static Caller anonymous(TestRestTemplate rest) {
        Caller caller = new Caller(rest, null);
        ResponseEntity<String> page = caller.rest.getForEntity("/login", String.class);
        caller.cookie = sessionCookie(page);
        caller.csrf = csrfOf(page.getBody());
        return caller;
    }

    /** A user logged in through the login form, with the session and the token the next page carries. */
    static Caller loggedIn(TestRestTemplate rest, String username) {
        Caller caller = anonymous(rest);
        Caller user = new Caller(rest, username);
        ResponseEntity<String> login = caller.loginAs(username, "demo");
        assertThat(login.getStatusCode().value()).as("login of %s", username).isEqualTo(302);
        assertThat(login.getHeaders().getLocation().getPath()).as("login of %s", username).isEqualTo("/home");
        user.cookie = sessionCookie(login);
        user.refreshCsrf();
        return user;
    }

    /** Posts the login form with this caller's session and token; the answer as it comes. */
    ResponseEntity<String> loginAs(String name, String password) {
        var form = new LinkedMultiValueMap<String, Object>();
        form.add("username", name);
        form.add("password", password);
        form.add("_csrf", csrf);
        HttpHeaders headers = headers();
        headers.setContentType(MediaType.APPLICATION_FORM_URLENCODED);
        return rest.exchange("/login", HttpMethod.POST, new HttpEntity<>(form, headers), String.class);
    }

    void refreshCsrf() {
        ResponseEntity<String> page = rest.exchange("/login", HttpMethod.GET, new HttpEntity<>(headers()), String.class);
        csrf = csrfOf(page.getBody());
    }

    boolean isAnonymous() {
        return username == null;
    }

    /** A page request with this caller's session cookie and, if given, a CSRF token in the header. */
    ResponseEntity<byte[]> page(HttpMethod method, String path, Object body, MediaType type, String token) {
        HttpHeaders headers = headers();
        if (token != null) {
            headers.add("X-CSRF-TOKEN", token);
        }
        if (type != null) {
            headers.setContentType(type);
        }
        return rest.exchange(path, method, new HttpEntity<>(body, headers), byte[].class);
    }

    /** An HTTP Basic request (no cookie), as API clients, Camunda Modeler and scrapers send them. */
    ResponseEntity<byte[]> basic(HttpMethod method, String path, Object body, MediaType type) {
        HttpHeaders headers = new HttpHeaders();
        if (type != null) {
            headers.setContentType(type);
        }
        headers.setAccept(List.of(MediaType.APPLICATION_JSON, MediaType.ALL));
        TestRestTemplate client = isAnonymous() ? rest : rest.withBasicAuth(username, "demo");
        return client.exchange(path, method, new HttpEntity<>(body, headers), byte[].class);
    }

    HttpHeaders headers() {
        HttpHeaders headers = new HttpHeaders();
        if (cookie != null) {
            headers.add(HttpHeaders.COOKIE, cookie);
        }
        return headers;
    }

    static String sessionCookie(ResponseEntity<?> response) {
        List<String> cookies = response.getHeaders().getOrEmpty(HttpHeaders.SET_COOKIE);
        return cookies.stream().filter(c -> c.startsWith("SESSION=")).map(c -> c.split(";")[0]).findFirst()
                .orElseThrow(() -> new AssertionError("no session cookie in " + cookies));
    }

    static String csrfOf(String html) {
        Matcher m = CSRF.matcher(html == null ? "" : html);
        assertThat(m.find()).as("a CSRF token on the page").isTrue();
        return m.group(1);
    }

    static MultiValueMap<String, Object> form() {
        return new LinkedMultiValueMap<>();
    }
}
