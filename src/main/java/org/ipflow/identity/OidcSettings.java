package org.ipflow.identity;

import java.util.List;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * The OpenID provider of single sign-on ({@code ipflow.security.oidc}): without an {@code issuer-uri} there is
 * none and the login is IPFlow's own alone. The claims name what IPFlow reads from the ID token (and the user
 * info): a token with the credit-code claim is an enterprise's person, matched by the person-id claim; any
 * other is the office's staff, matched by the user-name claim to an account that must already exist.
 * {@code local-login} off leaves the provider as the browser's only login.
 */
@ConfigurationProperties("ipflow.security.oidc")
public record OidcSettings(String issuerUri, String clientId, String clientSecret,
        @DefaultValue({"openid", "profile"}) List<String> scopes,
        @DefaultValue("credit_code") String creditCodeClaim, @DefaultValue("sub") String personIdClaim,
        @DefaultValue("preferred_username") String usernameClaim,
        @DefaultValue("enterprise_name") String enterpriseNameClaim, @DefaultValue("name") String nameClaim,
        @DefaultValue("true") boolean localLogin) {

    /** The registration's id in IPFlow's addresses: /oauth2/authorization/gov, /login/oauth2/code/gov. */
    public static final String REGISTRATION = "gov";
}
