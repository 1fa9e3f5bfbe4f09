package org.ipflow.enterprise;

import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import org.ipflow.identity.PendingPerson;
import org.ipflow.shared.Region;

/**
 * What a person confirms on their first login through the OpenID provider, for an enterprise new to IPFlow:
 * the provider's enterprise name and person, completed with the league or city and a contact.
 */
record SignOnForm(
        @NotBlank(message = "{validation.required}")
        @Size(min = 2, max = 200, message = "{enterprise.enterpriseName.length}")
        String enterpriseName,

        @NotBlank(message = "{validation.required}")
        @ValidRegion
        String region,

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
        String email) {

    /**
     * Starts from what the provider said; the region from the credit code's administrative division (its third to
     * eighth characters), when that lies in one of the leagues and cities.
     */
    static SignOnForm of(PendingPerson person) {
        String division = person.creditCode().substring(2, 6) + "00";
        return new SignOnForm(orEmpty(person.enterpriseName()), Region.ofCode(division).map(Region::code).orElse(""),
                orEmpty(person.personName()), "", orEmpty(person.email()));
    }

    private static String orEmpty(String value) {
        return value == null ? "" : value;
    }
}
