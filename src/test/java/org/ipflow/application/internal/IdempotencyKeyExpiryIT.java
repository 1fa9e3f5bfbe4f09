package org.ipflow.application.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Map;
import java.util.UUID;
import org.ipflow.IpflowTest;
import org.ipflow.application.Applications;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/** Client tokens are forgotten after the retention, and only then. */
@IpflowTest
class IdempotencyKeyExpiryIT {

    @Autowired
    Applications applications;
    @Autowired
    IdempotencyKeys keys;
    @Autowired
    JdbcClient jdbc;

    @Test
    void tokensOutliveTheRetentionOnlyAndAForgottenTokenCountsAsNew() {
        String token = UUID.randomUUID().toString();
        long first = applications.createDraft("enterprise1", "patent-transformation-grant",
                Map.of("projectName", "令牌保留"), token).id();

        int forgottenTomorrow = expiryAt(Instant.now().plus(Duration.ofDays(1))).forgetExpired();
        assertThat(stored(token)).as("kept within the retention").isTrue();
        assertThat(applications.createDraft("enterprise1", "patent-transformation-grant",
                Map.of("projectName", "令牌保留"), token).id()).as("a retry is still answered once").isEqualTo(first);

        int forgotten = expiryAt(Instant.now().plus(Duration.ofDays(8))).forgetExpired();
        assertThat(forgotten).isGreaterThan(forgottenTomorrow);
        assertThat(stored(token)).as("forgotten after seven days").isFalse();
        assertThat(applications.createDraft("enterprise1", "patent-transformation-grant",
                Map.of("projectName", "令牌保留"), token).id()).isNotEqualTo(first);
    }

    @Test
    void aRetentionShorterThanAnHourIsRefusedAtStartUp() {
        assertThatThrownBy(() -> new IdempotencyKeyExpiry(keys, Duration.ofMinutes(5)))
                .hasMessageContaining("at least one hour");
    }

    private IdempotencyKeyExpiry expiryAt(Instant now) {
        return new IdempotencyKeyExpiry(keys, Duration.ofDays(7), Clock.fixed(now, ZoneOffset.UTC));
    }

    private boolean stored(String token) {
        return jdbc.sql("select count(*) from idempotency_key where username = 'enterprise1' and token = ?")
                .param(token).query(Long.class).single() == 1;
    }
}
