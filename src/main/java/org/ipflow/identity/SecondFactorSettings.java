package org.ipflow.identity;

import java.util.List;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * The second factor: the roles that must have one ({@code required-for}; a user of such a role without one is
 * sent to enrolment right after the password), and the issuer name an authenticator app shows.
 */
@ConfigurationProperties("ipflow.security.totp")
record SecondFactorSettings(@DefaultValue("admin") List<String> requiredFor, @DefaultValue("IPFlow") String issuer) {

    boolean requiredForAny(java.util.Collection<String> roles) {
        return roles.stream().anyMatch(requiredFor::contains);
    }
}
