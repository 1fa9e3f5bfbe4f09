package org.ipflow.recovery;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * {@code ipflow.password-reset.*}: how long a link or code is valid, and how many requests one address and one
 * client (its network address) may make in an hour, on every node alike.
 */
@ConfigurationProperties("ipflow.password-reset")
record PasswordResetSettings(@DefaultValue("PT30M") Duration validity, @DefaultValue("3") int maxPerAddress,
        @DefaultValue("10") int maxPerClient) {
}
