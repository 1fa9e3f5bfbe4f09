package org.ipflow.identity;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.identity.Group;
import org.camunda.bpm.engine.identity.User;
import org.ipflow.shared.AdminActionPerformed;
import org.ipflow.shared.Region;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * What an administrator changes about users: create a staff user, change roles and regions, disable and
 * enable, reset a password. Each change writes Camunda's identity store, {@code account_state} and the audit
 * log ({@link AdminActionPerformed}: one entry per change, the engine-level entries of
 * {@link IdentityChangeAudit} are left out) in one transaction; then it ends the user's sessions and forgets the
 * user's remembered login on this node, so that no earlier right outlives the change.
 */
@Service
class UserAdministration {

    private final IdentityService identity;
    private final AccountStates states;
    private final UserSessions sessions;
    private final EngineIdentityAuthenticationProvider logins;
    private final ApplicationEventPublisher events;
    private final IdentityChangeAudit identityAudit;
    private final UserAccounts accounts;
    private final SecondFactors factors;

    UserAdministration(IdentityService identity, AccountStates states, UserSessions sessions,
            EngineIdentityAuthenticationProvider logins, ApplicationEventPublisher events,
            IdentityChangeAudit identityAudit, UserAccounts accounts, SecondFactors factors) {
        this.accounts = accounts;
        this.factors = factors;
        this.identity = identity;
        this.states = states;
        this.sessions = sessions;
        this.logins = logins;
        this.events = events;
        this.identityAudit = identityAudit;
    }

    /** Only for a form that passed {@link NewUserForm#check}; the user must change the password at first login. */
    @Transactional
    void create(String actor, NewUserForm form) {
        if (accounts.nameTaken(form.username())) {
            throw new UserAdminRefused("username", "admin.users.error.taken");
        }
        User user = identity.newUser(form.username());
        user.setFirstName(form.firstName());
        user.setLastName(form.lastName());
        user.setEmail(form.email());
        user.setPassword(form.password());
        List<String> groups = form.rolesForm().groups();
        identityAudit.auditedByCaller(() -> {
            identity.saveUser(user);
            groups.forEach(group -> identity.createMembership(form.username(), group));
            return null;
        });
        states.created(form.username());
        audit(actor, "USER_CREATE", form.username(), String.join(", ", groups));
    }

    /** Only for a form that passed {@link RolesForm#check}. */
    @Transactional
    void changeRoles(String actor, String username, RolesForm form) {
        List<String> current = managedGroups(existingStaff(username));
        if (actor.equals(username) && current.contains(Roles.ADMIN) && !form.roles().contains(Roles.ADMIN)) {
            throw new UserAdminRefused("roles", "admin.users.error.ownAdmin");
        }
        List<String> wanted = form.groups();
        if (current.containsAll(wanted) && wanted.containsAll(current)) {
            return;
        }
        identityAudit.auditedByCaller(() -> {
            current.stream().filter(g -> !wanted.contains(g)).forEach(g -> identity.deleteMembership(username, g));
            wanted.stream().filter(g -> !current.contains(g)).forEach(g -> identity.createMembership(username, g));
            return null;
        });
        audit(actor, "USER_ROLES", username, String.join(", ", current) + " → " + String.join(", ", wanted));
        endEverything(username);
    }

    @Transactional
    void disable(String actor, String username) {
        existing(username);
        if (actor.equals(username)) {
            throw new UserAdminRefused("status", "admin.users.error.disableSelf");
        }
        states.setDisabled(username, true);
        audit(actor, "USER_DISABLE", username, null);
        endEverything(username);
    }

    @Transactional
    void enable(String actor, String username) {
        existing(username);
        states.setDisabled(username, false);
        audit(actor, "USER_ENABLE", username, null);
    }

    /** A temporary password: the user must change it at the next login. Also lifts a lock after failed logins. */
    @Transactional
    void resetPassword(String actor, String username, String password) {
        User user = existing(username);
        if (actor.equals(username)) {
            throw new UserAdminRefused("password", "admin.users.error.resetSelf");
        }
        user.setPassword(password);
        identityAudit.auditedByCaller(() -> {
            identity.saveUser(user);
            identity.unlockUser(username);
            return null;
        });
        states.passwordSet(username, true);
        audit(actor, "USER_PASSWORD_RESET", username, null);
        endEverything(username);
    }

    /** Removes a lost second factor: the user logs in with the password alone and enrols a new one. */
    @Transactional
    void resetFactor(String actor, String username) {
        existing(username);
        if (factors.remove(username)) {
            audit(actor, "FACTOR_RESET", username, null);
            endEverything(username);
        }
    }

    /** Ends every session of the user, e.g. one left open on a shared computer; they log in again. */
    @Transactional
    int endSessions(String actor, String username) {
        existing(username);
        int ended = sessions.endAll(username);
        audit(actor, "USER_SESSIONS_END", username, Integer.toString(ended));
        return ended;
    }

    private User existing(String username) {
        User user = identity.createUserQuery().userId(username).singleResult();
        if (user == null) {
            throw new UserNotFound(username);
        }
        return user;
    }

    private String existingStaff(String username) {
        existing(username);
        if (identity.createGroupQuery().groupMember(username).groupId(Roles.ENTERPRISE).count() > 0) {
            throw new UserAdminRefused("roles", "admin.users.error.enterprise");
        }
        return username;
    }

    /** The groups this page manages: staff roles and regional reviewer groups. */
    private List<String> managedGroups(String username) {
        List<String> regional = Arrays.stream(Region.values()).map(Region::reviewerGroup).toList();
        List<String> groups = new ArrayList<>();
        for (Group group : identity.createGroupQuery().groupMember(username).list()) {
            if (RolesForm.ASSIGNABLE.contains(group.getId()) || regional.contains(group.getId())) {
                groups.add(group.getId());
            }
        }
        return groups;
    }

    private void endEverything(String username) {
        sessions.endAll(username);
        logins.forget(username);
    }

    private void audit(String actor, String action, String username, String detail) {
        events.publishEvent(new AdminActionPerformed(actor, action, "user:" + username, detail));
    }
}
