package org.ipflow.enterprise;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.util.Arrays;
import org.ipflow.identity.PasswordStrength;
import org.ipflow.shared.CreditCode;
import org.ipflow.shared.Region;
import org.springframework.validation.Errors;

/** What the registration page and {@code POST /api/enterprises} receive, before it becomes a {@link Registration}. */
record RegistrationForm(
        @NotBlank(message = "{validation.required}")
        @Pattern(regexp = "[a-zA-Z0-9][a-zA-Z0-9_.-]{2,63}", message = "{enterprise.username.invalid}")
        String username,

        @NotBlank(message = "{validation.required}")
        @Size(min = 8, message = "{enterprise.password.length}")
        @FitsBcrypt
        String password,

        @EnterpriseName
        String enterpriseName,

        @NotBlank(message = "{validation.required}")
        @ValidCreditCode
        String creditCode,

        @NotBlank(message = "{validation.required}")
        @ValidRegion
        String region,

        @ContactName
        String contactName,

        @ContactPhone
        String contactPhone,

        @ContactEmail
        String email) {

    static RegistrationForm empty() {
        return new RegistrationForm("", "", "", "", "", "", "", "");
    }

    /**
     * Refuses a password that is easy to guess (once its length is right), or built from the user name,
     * contact, e-mail or enterprise name; the reason goes on the password field.
     */
    void checkPassword(PasswordStrength strength, Errors errors) {
        if (!errors.hasFieldErrors("password")) {
            strength.check("password", password, Arrays.asList(username, contactName, email, enterpriseName), errors);
        }
    }

    /** Only for a form that passed validation. */
    Registration toRegistration() {
        return new Registration(username, password, enterpriseName.strip(), CreditCode.parse(creditCode),
                Region.ofCode(region).orElseThrow(), contactName.strip(), contactPhone, email.strip());
    }

    /** Leaves the password out, so that a logged form never shows it. */
    @Override
    public String toString() {
        return "RegistrationForm[username=" + username + ", enterpriseName=" + enterpriseName + ", creditCode="
                + creditCode + ", region=" + region + "]";
    }
}
