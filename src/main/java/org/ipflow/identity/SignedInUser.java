package org.ipflow.identity;

import java.util.Collection;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.oauth2.core.oidc.user.DefaultOidcUser;
import org.springframework.security.oauth2.core.oidc.user.OidcUser;

/**
 * A person signed in through the OpenID provider, known to IPFlow by an account name of its own and holding
 * that account's roles (or only {@link SignOn#CONFIRM} before the first login's confirmation). It stays an
 * {@link OidcUser} with the provider's ID token, which the logout hands back to the provider.
 */
final class SignedInUser extends DefaultOidcUser {

    private static final long serialVersionUID = 1L;

    private final String username;

    SignedInUser(OidcUser provided, String username, Collection<? extends GrantedAuthority> authorities) {
        super(authorities, provided.getIdToken(), provided.getUserInfo());
        this.username = username;
    }

    @Override
    public String getName() {
        return username;
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof SignedInUser user && user.username.equals(username) && super.equals(other);
    }

    @Override
    public int hashCode() {
        return 31 * super.hashCode() + username.hashCode();
    }
}
