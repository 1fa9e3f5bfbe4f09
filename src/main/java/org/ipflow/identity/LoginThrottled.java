package org.ipflow.identity;

import java.time.Duration;
import org.springframework.security.authentication.LockedException;

/**
 * A login refused because the account name had too many failures; says how long until the next try. A
 * {@link LockedException}, so that Spring Security's provider manager stops at once, checks no password
 * and does not count the attempt as another failure.
 */
class LoginThrottled extends LockedException {

    private final Duration retryAfter;

    LoginThrottled(Duration retryAfter) {
        super("Too many failed logins; try again in " + minutes(retryAfter) + " minutes");
        this.retryAfter = retryAfter;
    }

    Duration retryAfter() {
        return retryAfter;
    }

    /** Whole minutes, rounded up, at least one: "try again in 0 minutes" would be wrong. */
    static long minutes(Duration duration) {
        return Math.max(1, (duration.toSeconds() + 59) / 60);
    }
}
