package org.ipflow.integration;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The allow-list and the HTTPS rule a subscriber's URL must pass, and the signature receivers check. */
class WebhookSettingsTest {

    private final WebhookSettings settings = new WebhookSettings(List.of("portal.example.gov.cn", "*.bank.example",
            "localhost"));

    @Test
    void onlyListedHostsOrSubdomainsOfAWildcardAreAllowed() {
        assertThat(settings.deliverable(URI.create("https://portal.example.gov.cn/events"))).isTrue();
        assertThat(settings.deliverable(URI.create("https://hooks.bank.example/ipflow"))).isTrue();
        assertThat(settings.deliverable(URI.create("https://bank.example.evil.org/ipflow"))).isFalse();
        assertThat(settings.deliverable(URI.create("https://evilportal.example.gov.cn.attacker.org/"))).isFalse();
        assertThat(new WebhookSettings(List.of()).deliverable(URI.create("https://portal.example.gov.cn/"))).isFalse();
    }

    @Test
    void plainHttpOnlyOnLoopbackAndNoCredentialsInTheAddress() {
        assertThat(settings.deliverable(URI.create("http://portal.example.gov.cn/events"))).isFalse();
        assertThat(settings.deliverable(URI.create("http://localhost:8081/hook"))).isTrue();
        assertThat(settings.deliverable(URI.create("https://user:pw@portal.example.gov.cn/events"))).isFalse();
        assertThat(settings.deliverable(URI.create("ftp://portal.example.gov.cn/events"))).isFalse();
    }

    @Test
    void theSignatureIsTheHmacOfTimeDotBody() {
        // The header signs "t.body"; the HMAC is the widely published HMAC-SHA256 example value.
        assertThat(WebhookSignature.header("secret", 1700000000L, "{}"))
                .isEqualTo("t=1700000000,v1=" + WebhookSignature.hmac("secret", "1700000000.{}"));
        assertThat(WebhookSignature.hmac("key", "The quick brown fox jumps over the lazy dog"))
                .isEqualTo("f7bc83f430538424b13298e6aa6fb143ef4d59a14946175997479dbc2d1a3cd8");
    }
}
