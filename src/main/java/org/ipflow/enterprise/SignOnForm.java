package org.ipflow.enterprise;

import jakarta.validation.constraints.NotBlank;
import org.ipflow.identity.PendingPerson;
import org.ipflow.shared.Region;

/**
 * What a person confirms on their first login through the OpenID provider, for an enterprise new to IPFlow:
 * the provider's enterprise name and person, completed with the league or city and a contact.
 */
record SignOnForm(
        @EnterpriseName
        String enterpriseName,

        @NotBlank(message = "{validation.required}")
        @ValidRegion
        String region,

        @ContactName
        String contactName,

        @ContactPhone
        String contactPhone,

        @ContactEmail
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
