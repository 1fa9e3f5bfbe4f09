package org.ipflow.identity;

import static org.assertj.core.api.Assertions.assertThat;

import org.ipflow.IpflowPostgresTest;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.test.context.TestPropertySource;

/**
 * Behind nginx the production profile believes X-Forwarded-Proto (and the client address) only from a
 * trusted proxy. Seen from outside: the session cookie is marked Secure when the load balancer says the
 * client spoke HTTPS, and a client that is not a trusted proxy cannot make the node believe so.
 */
class ForwardedHeadersIT {

    static String sessionCookieBehindHttps(TestRestTemplate rest) {
        HttpHeaders headers = new HttpHeaders();
        headers.add("X-Forwarded-Proto", "https");
        headers.add("X-Forwarded-For", "203.0.113.7");
        var page = rest.exchange("/login", HttpMethod.GET, new HttpEntity<>(headers), String.class);
        assertThat(page.getStatusCode().value()).isEqualTo(200);
        return page.getHeaders().get(HttpHeaders.SET_COOKIE).stream().filter(c -> c.startsWith("SESSION="))
                .findFirst().orElseThrow();
    }

    @Nested
    @IpflowPostgresTest
    class FromTheLoadBalancer {

        @Autowired
        TestRestTemplate rest;

        @Autowired
        org.springframework.boot.web.context.WebServerApplicationContext server;

        /**
         * Finding 8: Tomcat's default trusted every private network, so any client in one chose its own
         * address (and so its objection and registration quotas) with X-Forwarded-For. Now only loopback.
         */
        @Test
        void onlyLoopbackIsTrustedAsAProxyByDefault() {
            var tomcat = ((org.springframework.boot.web.embedded.tomcat.TomcatWebServer) server.getWebServer()).getTomcat();
            var valve = java.util.Arrays.stream(tomcat.getEngine().getPipeline().getValves())
                    .filter(v -> v instanceof org.apache.catalina.valves.RemoteIpValve)
                    .map(v -> (org.apache.catalina.valves.RemoteIpValve) v).findFirst().orElseThrow();
            var trusted = java.util.regex.Pattern.compile(valve.getInternalProxies());
            for (String proxy : java.util.List.of("127.0.0.1", "127.1.2.3", "0:0:0:0:0:0:0:1", "::1")) {
                assertThat(trusted.matcher(proxy).matches()).as(proxy).isTrue();
            }
            for (String client : java.util.List.of("10.0.0.5", "10.255.1.1", "172.16.0.9", "172.31.255.1",
                    "192.168.1.20", "169.254.1.1", "100.64.0.1", "203.0.113.7", "fd00::1", "1127.0.0.1")) {
                assertThat(trusted.matcher(client).matches()).as(client).isFalse();
            }
        }

        @Test
        void httpsSaidByATrustedProxyMakesTheSessionCookieSecure() {
            // The test client connects from the loopback address, which the default trusts like nginx.
            assertThat(sessionCookieBehindHttps(rest)).contains("Secure");
        }

        @Test
        void theSessionOfALoginThroughTheLoadBalancerIsSecureHttpOnlyAndSameSite() {
            HttpHeaders https = new HttpHeaders();
            https.add("X-Forwarded-Proto", "https");
            var page = rest.exchange("/login", HttpMethod.GET, new HttpEntity<>(https), String.class);
            var form = new org.springframework.util.LinkedMultiValueMap<String, String>();
            form.add("username", "enterprise1");
            form.add("password", "demo");
            form.add("_csrf", Caller.csrfOf(page.getBody()));
            HttpHeaders headers = new HttpHeaders();
            headers.addAll(https);
            headers.add(HttpHeaders.COOKIE, Caller.sessionCookie(page));
            headers.setContentType(org.springframework.http.MediaType.APPLICATION_FORM_URLENCODED);

            var login = rest.withRedirects(org.springframework.boot.http.client.ClientHttpRequestFactorySettings
                    .Redirects.DONT_FOLLOW).exchange("/login", HttpMethod.POST, new HttpEntity<>(form, headers), String.class);

            assertThat(login.getStatusCode().value()).isEqualTo(302);
            // A path only: the browser stays on the https address it used, and no Host header is repeated.
            assertThat(login.getHeaders().getLocation().toString()).isEqualTo("/home");
            String cookie = login.getHeaders().get(HttpHeaders.SET_COOKIE).stream().filter(c -> c.startsWith("SESSION="))
                    .findFirst().orElseThrow();
            assertThat(cookie).contains("Secure", "HttpOnly", "SameSite=Lax");
            assertThat(login.getHeaders().getFirst("Strict-Transport-Security")).as("HSTS over HTTPS")
                    .contains("max-age=");
        }
    }

    @Nested
    @IpflowPostgresTest
    @TestPropertySource(properties = "server.tomcat.remoteip.internal-proxies=10\\\\.9\\\\.9\\\\.9")
    class FromAnyoneElse {

        @Autowired
        TestRestTemplate rest;

        @Test
        void forwardedHeadersOfAnUntrustedClientAreIgnored() {
            assertThat(sessionCookieBehindHttps(rest)).doesNotContain("Secure");
        }
    }
}
