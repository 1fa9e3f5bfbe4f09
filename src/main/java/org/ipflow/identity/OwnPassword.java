package org.ipflow.identity;

import java.util.Arrays;
import java.util.List;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.identity.User;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * A user changes their own password, proving the current one. A wrong current password counts as a failed
 * login in {@link LoginThrottle} (per account, in the database): after as many as a login allows, the account
 * is refused here and at every login until the lock ends, even with the right password, so this page is no
 * way to guess a password that an open session (a borrowed computer) does not know.
 */
@Service
class OwnPassword {

    private final IdentityService identity;
    private final AccountStates states;
    private final EngineIdentityAuthenticationProvider logins;
    private final LoginThrottle throttle;
    private final TransactionTemplate transactions;

    OwnPassword(IdentityService identity, AccountStates states, EngineIdentityAuthenticationProvider logins,
            LoginThrottle throttle, PlatformTransactionManager transactions) {
        this.identity = identity;
        this.states = states;
        this.logins = logins;
        this.throttle = throttle;
        this.transactions = new TransactionTemplate(transactions);
    }

    /**
     * Whether the current password was right; if so the new one is set and the must-change flag cleared.
     *
     * @throws LoginThrottled while the account is refused after too many wrong passwords (nothing is checked)
     */
    boolean change(String username, String current, String password) {
        throttle.lockedFor(username).ifPresent(wait -> {
            throw new LoginThrottled(wait);
        });
        if (!identity.checkPassword(username, current)) {
            throttle.failed(username);
            return false;
        }
        throttle.succeeded(username);
        // The count is written on its own (above), like a login's; the new password and the flag together.
        transactions.executeWithoutResult(status -> {
            User user = identity.createUserQuery().userId(username).singleResult();
            user.setPassword(password);
            identity.saveUser(user);
            states.passwordSet(username, false);
        });
        logins.forget(username);
        return true;
    }

    /** What the user's password must not be built from: their user name, names and e-mail. */
    List<String> personal(String username) {
        User user = identity.createUserQuery().userId(username).singleResult();
        return user == null ? List.of(username)
                : Arrays.asList(username, user.getFirstName(), user.getLastName(), user.getEmail());
    }

    /** The authentication the user has with their roles, once nothing forces a password change any more. */
    Authentication withRoles(String username) {
        var authorities = identity.createGroupQuery().groupMember(username).list().stream()
                .map(g -> new SimpleGrantedAuthority(g.getId())).toList();
        return UsernamePasswordAuthenticationToken.authenticated(username, null, authorities);
    }
}
