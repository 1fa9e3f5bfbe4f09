package org.ipflow.identity;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * How strong a new password must be: {@code minScore} is the estimator's score 0–4 (0 a very common password,
 * 3 "safely unguessable" against an online attack and slowed offline ones, 4 very strong).
 */
@ConfigurationProperties("ipflow.passwords")
record PasswordSettings(int minScore) {

    PasswordSettings {
        if (minScore < 0 || minScore > 4) {
            throw new IllegalArgumentException("ipflow.passwords.min-score must be between 0 and 4");
        }
    }
}
