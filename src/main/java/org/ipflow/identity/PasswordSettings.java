package org.ipflow.identity;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * How strong a new password must be: {@code minScore} is the estimator's score 0–4 (0 a very common password,
 * 3 "safely unguessable" against an online attack and slowed offline ones, 4 very strong). How costly its
 * hash is: {@code bcryptStrength} is bcrypt's work factor, the log2 of its rounds (4–31; 10 unless set).
 */
@ConfigurationProperties("ipflow.passwords")
record PasswordSettings(int minScore, @DefaultValue("10") int bcryptStrength) {

    PasswordSettings {
        if (minScore < 0 || minScore > 4) {
            throw new IllegalArgumentException("ipflow.passwords.min-score must be between 0 and 4");
        }
        if (bcryptStrength < 4 || bcryptStrength > 31) {
            throw new IllegalArgumentException("ipflow.passwords.bcrypt-strength must be between 4 and 31");
        }
    }
}
