package org.ipflow.identity;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Optional;
import org.ipflow.shared.AdminActionPerformed;
import org.ipflow.shared.CreditCode;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.oauth2.client.authentication.OAuth2AuthenticationToken;
import org.springframework.security.oauth2.core.oidc.user.OidcUser;
import org.springframework.stereotype.Service;

/**
 * The first login of an enterprise's person through the OpenID provider, for the enterprise module's
 * confirmation page: who is waiting to confirm, the account name they get, the link that makes later logins
 * find that account, and the login that follows.
 */
@Service
public class SignOn {

    /** The only authority of a person between the provider's login and their confirmation. */
    public static final String CONFIRM = "sign-on-confirmation-pending";
    public static final String CONFIRM_PAGE = "/login/oidc/confirm";

    private final OidcSettings settings;
    private final SignOnLinks links;
    private final OwnPassword passwords;
    private final ApplicationEventPublisher events;

    SignOn(OidcSettings settings, SignOnLinks links, OwnPassword passwords, ApplicationEventPublisher events) {
        this.settings = settings;
        this.links = links;
        this.passwords = passwords;
        this.events = events;
    }

    /** The person waiting to confirm, if this login is one. */
    public Optional<PendingPerson> pending(Authentication authentication) {
        if (!(authentication instanceof OAuth2AuthenticationToken token) || !(token.getPrincipal() instanceof OidcUser user)
                || token.getAuthorities().stream().noneMatch(a -> CONFIRM.equals(a.getAuthority()))) {
            return Optional.empty();
        }
        return Optional.of(new PendingPerson(user.getIdToken().getIssuer().toString(),
                user.getClaimAsString(settings.personIdClaim()),
                CreditCode.normalise(user.getClaimAsString(settings.creditCodeClaim())),
                user.getClaimAsString(settings.enterpriseNameClaim()), user.getClaimAsString(settings.nameClaim()),
                user.getEmail()));
    }

    /**
     * The account name a person of the provider gets: derived from the issuer and person id (so a repeated
     * confirmation cannot create a second account) without showing the id, which may be an identity-card number.
     */
    public String accountName(PendingPerson person) {
        return "sso-" + digest(person.issuer(), person.personId()).substring(0, 12);
    }

    /** Links the person to the account, in the caller's transaction, and audits it. */
    public void link(PendingPerson person, String username) {
        links.link(person.issuer(), person.personId(), username);
        events.publishEvent(new AdminActionPerformed(username, "SIGN_ON_LINK", "user:" + username,
                person.issuer() + " " + person.creditCode()));
    }

    /** Signs the confirmed person in with their account's roles, under a new session id. */
    public void signIn(String username, HttpServletRequest request, HttpServletResponse response) {
        var token = (OAuth2AuthenticationToken) SecurityContextHolder.getContext().getAuthentication();
        var roles = passwords.withRoles(username).getAuthorities();
        var user = new SignedInUser((OidcUser) token.getPrincipal(), username, roles);
        request.changeSessionId();
        SecondFactorLogin.hold(new OAuth2AuthenticationToken(user, roles, token.getAuthorizedClientRegistrationId()),
                request, response);
    }

    /** The principal name of a person before confirmation: not yet an account, and never one's name. */
    static String pendingName(String issuer, String personId) {
        return "sso-pending-" + digest(issuer, personId).substring(0, 12);
    }

    private static String digest(String issuer, String personId) {
        try {
            byte[] hash = MessageDigest.getInstance("SHA-256")
                    .digest((issuer + "\n" + personId).getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(hash);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
