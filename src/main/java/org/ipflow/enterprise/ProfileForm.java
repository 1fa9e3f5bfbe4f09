package org.ipflow.enterprise;

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

        @ContactName
        String contactName,

        @ContactPhone
        String contactPhone,

        @ContactEmail
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
