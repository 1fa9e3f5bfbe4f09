package org.ipflow;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;

/**
 * The clock of the login throttle and the client quotas (they take a {@link Clock} bean if there is one) in the
 * tests' contexts: the system's, unless a test pins it, moves it by hand and releases it again. So the tests of
 * the throttle need no context of their own.
 */
public final class MovableClock extends Clock {

    private volatile Instant pinned;

    /** Stops the clock at that instant until it is moved or released. */
    public void pin(Instant at) {
        pinned = at;
    }

    public void advance(Duration duration) {
        Instant at = pinned;
        if (at == null) {
            throw new IllegalStateException("pin the clock before moving it");
        }
        pinned = at.plus(duration);
    }

    /** Back to the system's time. */
    public void release() {
        pinned = null;
    }

    @Override
    public Instant instant() {
        Instant at = pinned;
        return at == null ? Instant.now() : at;
    }

    @Override
    public ZoneId getZone() {
        return ZoneOffset.UTC;
    }

    @Override
    public Clock withZone(ZoneId zone) {
        return this;
    }

    /** Puts the clock into a test's context. */
    @TestConfiguration(proxyBeanMethods = false)
    public static class InContext {
        @Bean
        MovableClock movableClock() {
            return new MovableClock();
        }
    }
}
