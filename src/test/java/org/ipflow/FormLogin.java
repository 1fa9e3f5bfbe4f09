package org.ipflow;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.openqa.selenium.chrome.ChromeDriver;

/**
 * IPFlow's login form, sent over HTTP instead of typed into Chromium: the same two requests the browser would
 * send (the page for its session and CSRF token, then the form), so the server logs the user in exactly as it
 * does for a person, but without the browser loading the login page, typing and waiting for the next page
 * (about 0.9 s a login in Chromium, 0.25 s this way with the next page). What the browser needs to carry on
 * from there: the cookies the answers set and where the login sends it.
 *
 * @param base the address of IPFlow, as the browser opens it
 * @param cookies each cookie the answers set (a later answer's value wins), with its attributes for Chromium
 * @param location where the login redirects the browser (the saved page, the home page or the second step)
 */
record FormLogin(String base, List<Map<String, Object>> cookies, String location) {

    private static final Pattern CSRF = Pattern.compile("name=\"_csrf\"[^>]*?(?:value|content)=\"([^\"]+)\"");
    private static final HttpClient HTTP = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).build();

    /** Opens the login page and posts the form with {@code user} and {@code password}, as the browser would. */
    static FormLogin post(String base, String user, String password) {
        try {
            Map<String, Map<String, Object>> cookies = new LinkedHashMap<>();
            var page = HTTP.send(HttpRequest.newBuilder(URI.create(base + "/login")).build(),
                    HttpResponse.BodyHandlers.ofString());
            keep(page, base, cookies);
            Matcher token = CSRF.matcher(page.body());
            if (!token.find()) {
                throw new IllegalStateException("no CSRF token on the login page: " + page.statusCode());
            }
            String form = "username=" + encode(user) + "&password=" + encode(password) + "&_csrf=" + encode(token.group(1));
            var login = HTTP.send(HttpRequest.newBuilder(URI.create(base + "/login"))
                    .header("Cookie", header(cookies)).header("Content-Type", "application/x-www-form-urlencoded")
                    .POST(HttpRequest.BodyPublishers.ofString(form)).build(), HttpResponse.BodyHandlers.discarding());
            keep(login, base, cookies);
            String location = login.headers().firstValue("Location").orElseThrow(() ->
                    new IllegalStateException("the login of " + user + " answered " + login.statusCode() + " without a redirect"));
            return new FormLogin(base, List.copyOf(cookies.values()), location);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    /** Puts this login's cookies (and only them) into Chromium; the address the login leads to. */
    String into(ChromeDriver driver) {
        driver.executeCdpCommand("Network.clearBrowserCookies", Map.of());
        cookies.forEach(cookie -> driver.executeCdpCommand("Network.setCookie", cookie));
        return location.startsWith("/") ? base + location : location;
    }

    /** The cookies an answer sets, as Chromium's Network.setCookie takes them; a cookie set to expire is dropped. */
    private static void keep(HttpResponse<?> answer, String base, Map<String, Map<String, Object>> cookies) {
        for (String header : answer.headers().allValues("Set-Cookie")) {
            String[] parts = header.split(";");
            int equals = parts[0].indexOf('=');
            String name = parts[0].substring(0, equals).trim();
            Map<String, Object> cookie = new LinkedHashMap<>(Map.of("name", name,
                    "value", parts[0].substring(equals + 1).trim(), "url", base, "path", "/"));
            boolean expired = false;
            for (int i = 1; i < parts.length; i++) {
                String[] attribute = parts[i].trim().split("=", 2);
                switch (attribute[0].toLowerCase()) {
                    case "httponly" -> cookie.put("httpOnly", true);
                    case "secure" -> cookie.put("secure", true);
                    case "path" -> cookie.put("path", attribute[1]);
                    case "samesite" -> cookie.put("sameSite", attribute[1]);
                    case "max-age" -> expired = Long.parseLong(attribute[1]) <= 0;
                    default -> { }
                }
            }
            cookies.remove(name);
            if (!expired) {
                cookies.put(name, cookie);
            }
        }
    }

    private static String header(Map<String, Map<String, Object>> cookies) {
        return String.join("; ", cookies.values().stream().map(c -> c.get("name") + "=" + c.get("value")).toList());
    }

    private static String encode(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }
}
