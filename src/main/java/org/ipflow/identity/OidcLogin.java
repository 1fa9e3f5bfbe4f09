package org.ipflow.identity;

import java.util.List;
import java.util.Set;
import org.ipflow.shared.AdminActionPerformed;
import org.ipflow.shared.CreditCode;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.oauth2.client.oidc.userinfo.OidcUserRequest;
import org.springframework.security.oauth2.client.oidc.userinfo.OidcUserService;
import org.springframework.security.oauth2.client.userinfo.OAuth2UserService;
import org.springframework.security.oauth2.core.OAuth2AuthenticationException;
import org.springframework.security.oauth2.core.OAuth2Error;
import org.springframework.security.oauth2.core.oidc.user.OidcUser;
import org.springframework.stereotype.Component;

/**
 * Turns the provider's person into an IPFlow account. A token with the credit-code claim is an enterprise's
 * person: a valid code is required, a linked person signs in while the provider names the same enterprise,
 * an unlinked one holds only {@link SignOn#CONFIRM} until they confirm the profile. Any other token is staff:
 * the user-name claim must name an existing staff account, whose groups stay IPFlow's. Refusals carry an
 * error code that the login page explains ({@link SignOnRefused}) and are audited.
 */
@Component
class OidcLogin implements OAuth2UserService<OidcUserRequest, OidcUser> {

    static final String INVALID_CREDIT_CODE = "invalid_credit_code";
    static final String UNKNOWN_STAFF = "unknown_staff";
    static final String ENTERPRISE_CHANGED = "enterprise_changed";
    static final String DISABLED = "disabled";
    static final String MISSING_CLAIM = "missing_claim";

    private static final Set<String> STAFF = Set.of(Roles.REVIEWER, Roles.FINANCE, Roles.APPROVER, Roles.ADMIN,
            Roles.EXPERT);

    private final OidcUserService provider = new OidcUserService();
    private final OidcSettings settings;
    private final SignOnLinks links;
    private final UserAccounts accounts;
    private final AccountStates states;
    private final ObjectProvider<EnterpriseCodes> enterprises;
    private final SecurityAudit audit;
    private final ApplicationEventPublisher events;

    OidcLogin(OidcSettings settings, SignOnLinks links, UserAccounts accounts, AccountStates states,
            ObjectProvider<EnterpriseCodes> enterprises, SecurityAudit audit, ApplicationEventPublisher events) {
        this.settings = settings;
        this.links = links;
        this.accounts = accounts;
        this.states = states;
        this.enterprises = enterprises;
        this.audit = audit;
        this.events = events;
    }

    @Override
    public OidcUser loadUser(OidcUserRequest request) {
        OidcUser user = provider.loadUser(request);
        String issuer = user.getIdToken().getIssuer().toString();
        String creditCode = user.getClaimAsString(settings.creditCodeClaim());
        return creditCode == null ? staff(issuer, user) : enterprisePerson(issuer, user, creditCode);
    }

    private OidcUser enterprisePerson(String issuer, OidcUser user, String claimedCode) {
        String personId = user.getClaimAsString(settings.personIdClaim());
        if (personId == null || personId.isBlank()) {
            throw refused(MISSING_CLAIM, user.getSubject(), settings.personIdClaim());
        }
        String code = CreditCode.normalise(claimedCode);
        if (!CreditCode.isValid(code)) {
            throw refused(INVALID_CREDIT_CODE, user.getSubject(), "credit code " + claimedCode);
        }
        var linked = links.account(issuer, personId);
        if (linked.isEmpty()) {
            return new SignedInUser(user, SignOn.pendingName(issuer, personId),
                    List.of(new SimpleGrantedAuthority(SignOn.CONFIRM)));
        }
        String username = linked.get();
        if (!enterprises.getObject().creditCodeOf(username).map(code::equals).orElse(false)) {
            throw refused(ENTERPRISE_CHANGED, username, "credit code " + code);
        }
        return signedIn(user, username);
    }

    private OidcUser staff(String issuer, OidcUser user) {
        String username = user.getClaimAsString(settings.usernameClaim());
        if (username == null || username.isBlank()) {
            throw refused(MISSING_CLAIM, user.getSubject(), settings.usernameClaim());
        }
        if (!accounts.exists(username) || accounts.groupsOf(username).stream().noneMatch(STAFF::contains)) {
            throw refused(UNKNOWN_STAFF, username, "staff " + username);
        }
        if (links.account(issuer, user.getSubject()).isEmpty()) {
            links.link(issuer, user.getSubject(), username);
            events.publishEvent(new AdminActionPerformed(username, "SIGN_ON_LINK", "user:" + username, issuer));
        }
        return signedIn(user, username);
    }

    private OidcUser signedIn(OidcUser user, String username) {
        if (states.find(username).disabled()) {
            throw refused(DISABLED, username, "disabled " + username);
        }
        List<GrantedAuthority> roles = accounts.groupsOf(username).stream()
                .<GrantedAuthority>map(SimpleGrantedAuthority::new).toList();
        events.publishEvent(new AdminActionPerformed(username, "SIGN_ON_LOGIN", "user:" + username,
                user.getIdToken().getIssuer().toString()));
        return new SignedInUser(user, username, roles);
    }

    private OAuth2AuthenticationException refused(String code, String actor, String subject) {
        audit.refused(actor, "sign-on " + code + ": " + subject);
        return new OAuth2AuthenticationException(new OAuth2Error(code), code);
    }
}
