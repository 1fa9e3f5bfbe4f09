package org.ipflow.application.internal;

import java.time.Clock;
import java.time.Duration;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Keeps the {@code idempotency_key} table small: tokens older than {@code ipflow.idempotency.retention}
 * (seven days by default, far longer than any client retries) are deleted every hour. Every node of a
 * cluster runs it; the delete is the same whichever node runs it first, so no coordination is needed.
 */
@Component
class IdempotencyKeyExpiry {

    private static final Logger LOG = LoggerFactory.getLogger(IdempotencyKeyExpiry.class);

    private final IdempotencyKeys keys;
    private final Duration retention;
    private final Clock clock;

    @Autowired
    IdempotencyKeyExpiry(IdempotencyKeys keys, @Value("${ipflow.idempotency.retention:P7D}") Duration retention) {
        this(keys, retention, Clock.systemUTC());
    }

    IdempotencyKeyExpiry(IdempotencyKeys keys, Duration retention, Clock clock) {
        if (retention.compareTo(Duration.ofHours(1)) < 0) {
            throw new IllegalArgumentException("ipflow.idempotency.retention must be at least one hour, not " + retention);
        }
        this.keys = keys;
        this.retention = retention;
        this.clock = clock;
    }

    @Scheduled(initialDelayString = "PT5M", fixedDelayString = "PT1H")
    int forgetExpired() {
        int forgotten = keys.forgetOlderThan(clock.instant().minus(retention));
        if (forgotten > 0) {
            LOG.info("Forgot {} client tokens older than {}", forgotten, retention);
        }
        return forgotten;
    }
}
