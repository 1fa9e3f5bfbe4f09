package org.ipflow.identity;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.util.List;
import java.util.Map;
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
 * One browser session over real HTTP, without a browser: keeps the session cookie, takes the CSRF token from
 * the last page it read, follows no redirect (so that tests see where each answer sends the user).
 */
public final class WebSession {

    private static final Pattern CSRF = Pattern.compile("name=\"_csrf\" value=\"([^\"]+)\"");

    private final TestRestTemplate rest;
    private String cookie;
    private String token;

    public WebSession(TestRestTemplate rest) {
        this.rest = rest.withRedirects(Redirects.DONT_FOLLOW);
    }

    /** Logs in by the form; returns where the login sent the user (e.g. {@code /home}, {@code /login?disabled}). */
    public String login(String user, String password) {
        cookie = null;
        get("/login");
        return location(post("/login", Map.of("username", List.of(user), "password", List.of(password))));
    }

    public ResponseEntity<String> get(String path) {
        return exchange(path, HttpMethod.GET, null);
    }

    /** A form post with the CSRF token of the last page read. */
    public ResponseEntity<String> post(String path, Map<String, List<String>> fields) {
        assertThat(token).as("a page with a CSRF token was read before posting").isNotNull();
        MultiValueMap<String, String> form = new LinkedMultiValueMap<>(fields);
        form.add("_csrf", token);
        return exchange(path, HttpMethod.POST, form);
    }

    static String location(ResponseEntity<?> response) {
        assertThat(response.getStatusCode().value()).as("a redirect").isEqualTo(302);
        var location = response.getHeaders().getLocation();
        return location.getRawPath() + (location.getRawQuery() == null ? "" : "?" + location.getRawQuery());
    }

    private ResponseEntity<String> exchange(String path, HttpMethod method, MultiValueMap<String, String> form) {
        HttpHeaders headers = new HttpHeaders();
        if (cookie != null) {
            headers.add(HttpHeaders.COOKIE, cookie);
        }
        if (form != null) {
            headers.setContentType(MediaType.APPLICATION_FORM_URLENCODED);
        }
        // A URI, not a template: the path's query is sent as written, already encoded.
        ResponseEntity<String> response = rest.exchange(URI.create(rest.getRootUri() + path), method,
                new HttpEntity<>(form, headers), String.class);
        for (String set : response.getHeaders().getOrEmpty(HttpHeaders.SET_COOKIE)) {
            if (set.startsWith("SESSION=")) {
                cookie = set.split(";")[0];
            }
        }
        if (response.getBody() != null) {
            Matcher found = CSRF.matcher(response.getBody());
            if (found.find()) {
                token = found.group(1);
            }
        }
        return response;
    }
}
