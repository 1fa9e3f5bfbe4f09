package org.ipflow.enterprise;

import java.time.Duration;
import java.util.Optional;
import org.ipflow.shared.ClientQuotas;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.stereotype.Component;

/**
 * Self-registrations per client address: at most {@code max-per-address} within {@code window} (5 an hour by
 * default), on every node alike ({@link ClientQuotas}). Every registration that passed validation counts,
 * refused ones too, so that probing user names and credit codes through the registration is as slow as
 * registering: five names an hour per address.
 */
@Component
class RegistrationLimit {

    /** {@code ipflow.registration.*}: the limit and its window. */
    @ConfigurationProperties("ipflow.registration")
    record Settings(int maxPerAddress, Duration window) {

        Settings {
            if (maxPerAddress < 1 || window == null || window.isNegative() || window.isZero()) {
                throw new IllegalArgumentException("ipflow.registration: max-per-address ≥ 1 and a positive window");
            }
        }
    }

    private final ClientQuotas quotas;
    private final Settings settings;

    RegistrationLimit(ClientQuotas quotas, Settings settings) {
        this.quotas = quotas;
        this.settings = settings;
    }

    /** Counts a registration from this address; empty if allowed, else how long the address must wait. */
    Optional<Duration> take(String clientAddress) {
        return quotas.take("registration", clientAddress, settings.maxPerAddress(), settings.window());
    }

    /** Whole minutes, rounded up, at least one. */
    static long minutes(Duration wait) {
        return Math.max(1, (wait.toSeconds() + 59) / 60);
    }
}
