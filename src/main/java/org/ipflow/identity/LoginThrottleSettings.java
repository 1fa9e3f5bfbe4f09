package org.ipflow.identity;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Login throttling: after {@code maxFailures} wrong passwords for one account name, each less than
 * {@code lockDuration} after the one before, the account is refused for {@code lockDuration}; a correct
 * password (outside a lock) clears the count.
 */
@ConfigurationProperties("ipflow.login-throttle")
record LoginThrottleSettings(int maxFailures, Duration lockDuration) {

    LoginThrottleSettings {
        if (maxFailures < 1) {
            throw new IllegalArgumentException("ipflow.login-throttle.max-failures must be at least 1");
        }
        if (lockDuration == null || lockDuration.isNegative() || lockDuration.isZero()) {
            throw new IllegalArgumentException("ipflow.login-throttle.lock-duration must be positive");
        }
    }
}
