package org.ipflow.identity;

/**
 * An enterprise's person on their first login through the OpenID provider, before they confirm the enterprise
 * profile: what the provider said of them and of the enterprise (the credit code already validated).
 *
 * @param personId the person-id claim; with the issuer it identifies the person on every later login
 */
public record PendingPerson(String issuer, String personId, String creditCode, String enterpriseName,
        String personName, String email) {

    /** Leaves the person's id out: it may be an identity-card number. */
    @Override
    public String toString() {
        return "PendingPerson[issuer=" + issuer + ", creditCode=" + creditCode + "]";
    }
}
