package org.ipflow.enterprise;

import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

/**
 * The editable part of an enterprise's profile, as the profile page posts it; {@code PUT /api/enterprise}
 * nests the three account fields under {@code bankAccount}. Every field is required: the profile is the
 * one the office pays by.
 */
record ProfileForm(
        @NotBlank(message = "{validation.required}")
        @Size(max = 100, message = "{enterprise.legalRepresentative.length}")
        String legalRepresentative,

        @NotBlank(message = "{validation.required}")
        @Size(max = 100, message = "{enterprise.contactName.length}")
        String contactName,

        @NotBlank(message = "{validation.required}")
        @Size(max = 30, message = "{enterprise.contactPhone.invalid}")
        @Pattern(regexp = "1[3-9]\\d{9}|0\\d{2,3}-\\d{7,8}(-\\d{1,6})?", message = "{enterprise.contactPhone.invalid}")
        String contactPhone,

        @NotBlank(message = "{validation.required}")
        @Size(max = 200, message = "{enterprise.email.invalid}")
        @Email(regexp = "[^@\\s]+@[^@\\s]+\\.[^@\\s]+", message = "{enterprise.email.invalid}")
        String email,

        @NotBlank(message = "{validation.required}")
        @Size(max = 300, message = "{enterprise.address.length}")
        String address,

        @NotBlank(message = "{validation.required}")
        @Size(max = 200, message = "{enterprise.bankName.length}")
        String bankName,

        @NotBlank(message = "{validation.required}")
        @Size(max = 200, message = "{enterprise.accountName.length}")
        String accountName,

        @NotBlank(message = "{validation.required}")
        @Pattern(regexp = "\\d{8,30}", message = "{enterprise.accountNumber.invalid}")
        String accountNumber) {

    static ProfileForm of(EnterpriseProfile profile) {
        BankAccount account = profile.bankAccount();
        return new ProfileForm(profile.legalRepresentative(), profile.contactName(), profile.contactPhone(),
                profile.email(), profile.address(), account.bankName(), account.accountName(), account.accountNumber());
    }

    /** Only for a form that passed validation. */
    ProfileForm stripped() {
        return new ProfileForm(legalRepresentative.strip(), contactName.strip(), contactPhone.strip(), email.strip(),
                address.strip(), bankName.strip(), accountName.strip(), accountNumber.strip());
    }
}
