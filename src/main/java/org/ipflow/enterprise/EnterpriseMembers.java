package org.ipflow.enterprise;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.regex.Pattern;
import org.ipflow.identity.PasswordStrength;
import org.ipflow.identity.Roles;
import org.ipflow.identity.UserAccounts;
import org.ipflow.shared.AdminActionPerformed;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The users of an enterprise: any of them invites a colleague (an existing enterprise account that belongs
 * to no enterprise yet, or a new account it creates) and removes one. All of them see the enterprise's
 * applications. The last user stays, so that an enterprise never loses its applications to nobody.
 */
@Service
public class EnterpriseMembers {

    static final String AUDIT_ADD = "ENTERPRISE_USER_ADD";
    static final String AUDIT_REMOVE = "ENTERPRISE_USER_REMOVE";
    /** As registration allows (RegistrationForm). */
    private static final Pattern USERNAME = Pattern.compile("[a-zA-Z0-9][a-zA-Z0-9_.-]{2,63}");

    private final EnterpriseRepository repository;
    private final UserAccounts accounts;
    private final PasswordStrength strength;
    private final ApplicationEventPublisher events;

    EnterpriseMembers(EnterpriseRepository repository, UserAccounts accounts, PasswordStrength strength,
            ApplicationEventPublisher events) {
        this.repository = repository;
        this.accounts = accounts;
        this.strength = strength;
        this.events = events;
    }

    /**
     * Adds a colleague; with a password, creates the account first.
     *
     * @throws ProfileRefused when the name is not an enterprise account free to join (without a password), or
     *     not available or the password too weak (with one)
     */
    @Transactional
    public void invite(String actor, String username, String password) {
        Enterprise enterprise = enterpriseOf(actor);
        if (username == null || !USERNAME.matcher(username).matches()) {
            throw new ProfileRefused(ProfileRefused.Kind.INVALID, "username", "enterprise.username.invalid");
        }
        if (password == null) {
            // Staff accounts and members of another enterprise get the same answer as unknown names.
            if (!accounts.exists(username) || !accounts.groupsOf(username).equals(List.of(Roles.ENTERPRISE))
                    || repository.isMember(username)) {
                throw new ProfileRefused(ProfileRefused.Kind.INVALID, "username", "enterprise.users.notInvitable");
            }
        } else {
            if (!accounts.availableForRegistration(username)) {
                throw new ProfileRefused(ProfileRefused.Kind.CONFLICT, "username", "enterprise.username.taken");
            }
            if (password.length() < 8 || password.getBytes(StandardCharsets.UTF_8).length > 72
                    || !strength.strongEnough(password, List.of(username, enterprise.name()))) {
                throw new ProfileRefused(ProfileRefused.Kind.INVALID, "password", "enterprise.users.weakPassword");
            }
            accounts.create(username, password, username, enterprise.email(), List.of(Roles.ENTERPRISE));
        }
        repository.addMember(username, enterprise.id());
        audit(actor, AUDIT_ADD, enterprise, username);
    }

    /**
     * Removes a user from the actor's enterprise and ends their sessions; the account stays, without an
     * enterprise.
     *
     * @throws ProfileRefused when the user is not one of the enterprise's, or is its last
     */
    @Transactional
    public void remove(String actor, String username) {
        Enterprise enterprise = enterpriseOf(actor);
        repository.lock(enterprise.id());
        List<String> members = repository.members(enterprise.id());
        if (!members.contains(username)) {
            throw new ProfileRefused(ProfileRefused.Kind.NOT_FOUND, "username", "enterprise.users.notMember");
        }
        if (members.size() == 1) {
            throw new ProfileRefused(ProfileRefused.Kind.CONFLICT, "username", "enterprise.users.last");
        }
        repository.removeMember(username, enterprise.id());
        accounts.signOut(username);
        audit(actor, AUDIT_REMOVE, enterprise, username);
    }

    private Enterprise enterpriseOf(String actor) {
        return repository.findByMember(actor)
                .orElseThrow(() -> new ProfileRefused(ProfileRefused.Kind.NOT_FOUND, "enterprise", "enterprise.none"));
    }

    private void audit(String actor, String action, Enterprise enterprise, String username) {
        events.publishEvent(new AdminActionPerformed(actor, action, enterprise.name() + " " + enterprise.creditCode(),
                username));
    }
}
