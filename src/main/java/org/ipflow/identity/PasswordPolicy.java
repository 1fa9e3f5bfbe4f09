package org.ipflow.identity;

import java.nio.charset.StandardCharsets;
import java.util.Collection;
import org.springframework.stereotype.Component;
import org.springframework.validation.Errors;

/**
 * What a new staff password must be: at least ten characters, at most 72 bytes in UTF-8 (bcrypt refuses longer
 * ones and would ignore the rest), not easy to guess ({@link PasswordStrength}), entered twice alike. One
 * message per field, the first rule broken.
 */
@Component
class PasswordPolicy {

    static final int MIN_LENGTH = 10;
    static final int MAX_BYTES = 72;

    private final PasswordStrength strength;

    PasswordPolicy(PasswordStrength strength) {
        this.strength = strength;
    }

    /**
     * Checks {@code password} and its repetition, reporting on the fields of these names; {@code personal} are
     * the account's name, e-mail and the like, which the password must not be built from.
     */
    void check(String password, String repeated, Collection<String> personal, Errors errors) {
        if (password == null || password.isEmpty()) {
            errors.rejectValue("password", "validation.required");
        } else if (password.codePointCount(0, password.length()) < MIN_LENGTH) {
            errors.rejectValue("password", "account.password.tooShort", new Object[] {MIN_LENGTH}, null);
        } else if (password.getBytes(StandardCharsets.UTF_8).length > MAX_BYTES) {
            errors.rejectValue("password", "account.password.tooLong", new Object[] {MAX_BYTES}, null);
        } else if (password.isBlank()) {
            errors.rejectValue("password", "account.password.blank");
        } else {
            strength.check("password", password, personal, errors);
        }
        if (repeated == null || repeated.isEmpty()) {
            errors.rejectValue("passwordRepeated", "validation.required");
        } else if (!repeated.equals(password)) {
            errors.rejectValue("passwordRepeated", "account.password.mismatch");
        }
    }
}
