package org.ipflow.enterprise;

import org.ipflow.shared.CreditCode;
import org.ipflow.shared.Region;

/** A validated request to register an enterprise and its first user. */
public record Registration(String username, String password, String enterpriseName, CreditCode creditCode,
        Region region, String contactName, String contactPhone, String email) {

    /** Leaves the password out, so that a logged registration never shows it. */
    @Override
    public String toString() {
        return "Registration[username=" + username + ", enterpriseName=" + enterpriseName + ", creditCode="
                + creditCode + ", region=" + region + "]";
    }
}
