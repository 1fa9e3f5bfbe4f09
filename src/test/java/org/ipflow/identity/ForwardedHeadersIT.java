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
            assertThat(login.getHeaders().getLocation().toString()).startsWith("https://");
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
