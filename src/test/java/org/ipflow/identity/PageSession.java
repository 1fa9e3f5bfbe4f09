package org.ipflow.identity;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpRequest.BodyPublishers;
import java.net.http.HttpResponse;
import java.net.http.HttpResponse.BodyHandlers;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A browser's session without a browser, over real HTTP: its session cookie, its language (the cookie
 * {@code ipflow-lang}), what it accepts (a page, or JSON as the pages' scripts ask) and the page it came
 * from (Referer). Redirects are not followed, so that a test sees where each answer sends the user.
 */
final class PageSession {

    private static final Pattern CSRF = Pattern.compile("name=\"_csrf\" value=\"([^\"]+)\"");
    private static final HttpClient HTTP = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).build();

    private final int port;
    private final String language;
    private String cookie;
    private String referer;
    private String accept = "text/html,application/xhtml+xml,*/*;q=0.8";

    /** A new visitor, without a session; {@code en} reads English, anything else Chinese. */
    PageSession(int port, String language) {
        this.port = port;
        this.language = language;
    }

    PageSession referredBy(String path) {
        referer = "http://localhost:" + port + path;
        return this;
    }

    /** Asks for JSON from now on, as the pages' scripts do. */
    PageSession json() {
        accept = "application/json";
        return this;
    }

    /** The CSRF token of the form on the page at the path. */
    String token(String path) throws IOException, InterruptedException {
        Matcher found = CSRF.matcher(send("GET", path, null, null).body());
        assertThat(found.find()).as("a form on %s", path).isTrue();
        return found.group(1);
    }

    /** A request with this session; the body a string or bytes, sent as the given content type. */
    Page send(String method, String path, String type, Object body) throws IOException, InterruptedException {
        var request = HttpRequest.newBuilder(URI.create("http://localhost:" + port + path)).header("Accept", accept)
                .method(method, body == null ? BodyPublishers.noBody() : body instanceof byte[] bytes
                        ? BodyPublishers.ofByteArray(bytes) : BodyPublishers.ofString(body.toString()));
        String cookies = "en".equals(language) ? "ipflow-lang=en" : "";
        if (cookie != null) {
            cookies += (cookies.isEmpty() ? "" : "; ") + cookie;
        }
        if (!cookies.isEmpty()) {
            request.header("Cookie", cookies);
        }
        if (type != null) {
            request.header("Content-Type", type);
        }
        if (referer != null) {
            request.header("Referer", referer);
        }
        HttpResponse<String> answer = HTTP.send(request.build(), BodyHandlers.ofString());
        answer.headers().allValues("Set-Cookie").stream().filter(c -> c.startsWith("SESSION=")).findFirst()
                .ifPresent(c -> cookie = c.split(";")[0]);
        return new Page(answer.statusCode(), answer.body(), answer.headers().firstValue("Location").orElse(null));
    }

    record Page(int status, String body, String location) {
    }
}
