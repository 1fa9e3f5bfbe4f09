package org.ipflow.recovery;

import java.util.Optional;
import java.util.regex.Pattern;

/** What a reset may be asked with: one e-mail address or one telephone number, of a sane form and length. */
final class ResetAddresses {

    private static final Pattern EMAIL = Pattern.compile("[^@\\s]{1,64}@[^@\\s]{1,190}");
    private static final Pattern PHONE = Pattern.compile("\\+?[0-9][0-9 -]{4,24}");

    private ResetAddresses() {
    }

    /** The field to refuse (email or phone) when neither is a usable address; empty when the request may go on. */
    static Optional<String> refusal(String email, String phone) {
        if (!blank(email)) {
            return EMAIL.matcher(email.strip()).matches() ? Optional.empty() : Optional.of("email");
        }
        return !blank(phone) && PHONE.matcher(phone.strip()).matches() ? Optional.empty() : Optional.of("phone");
    }

    static boolean blank(String text) {
        return text == null || text.isBlank();
    }
}
