package org.ipflow.identity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class BcryptPasswordEncryptorTest {

    @Test
    void newHashesCarryTheConfiguredWorkFactor() {
        assertThat(new BcryptPasswordEncryptor(new PasswordSettings(3, 10)).encrypt("Quarry-Lantern-Drift-73"))
                .startsWith("$2a$10$");
        assertThat(new BcryptPasswordEncryptor(5).encrypt("Quarry-Lantern-Drift-73")).startsWith("$2a$05$");
    }

    /** Raising the factor must not lock out everyone whose password was hashed before. */
    @Test
    void aHashMadeAtAnotherWorkFactorStillMatches() {
        String older = new BcryptPasswordEncryptor(4).encrypt("Quarry-Lantern-Drift-73");
        BcryptPasswordEncryptor current = new BcryptPasswordEncryptor(6);
        assertThat(current.check("Quarry-Lantern-Drift-73", older)).isTrue();
        assertThat(current.check("quarry-lantern-drift-73", older)).isFalse();
        assertThat(current.check("Quarry-Lantern-Drift-73", null)).isFalse();
    }

    @Test
    void aWorkFactorOutsideBcryptsRangeIsRefusedAtStartUp() {
        assertThatThrownBy(() -> new PasswordSettings(3, 3)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("bcrypt-strength");
        assertThatThrownBy(() -> new PasswordSettings(3, 32)).isInstanceOf(IllegalArgumentException.class);
    }
}
