package org.ipflow.identity;

import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.identity.User;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * A user changes their own password, proving the current one. The engine counts a wrong current password
 * as a failed login (and delays or locks as it does for logins), so this page is no way around that.
 */
@Service
class OwnPassword {

    private final IdentityService identity;
    private final AccountStates states;
    private final EngineIdentityAuthenticationProvider logins;

    OwnPassword(IdentityService identity, AccountStates states, EngineIdentityAuthenticationProvider logins) {
        this.identity = identity;
        this.states = states;
        this.logins = logins;
    }

    /** Whether the current password was right; if so the new one is set and the must-change flag cleared. */
    @Transactional
    boolean change(String username, String current, String password) {
        if (!identity.checkPassword(username, current)) {
            return false;
        }
        User user = identity.createUserQuery().userId(username).singleResult();
        user.setPassword(password);
        identity.saveUser(user);
        states.passwordSet(username, false);
        logins.forget(username);
        return true;
    }

    /** The authentication the user has with their roles, once nothing forces a password change any more. */
    Authentication withRoles(String username) {
        var authorities = identity.createGroupQuery().groupMember(username).list().stream()
                .map(g -> new SimpleGrantedAuthority(g.getId())).toList();
        return UsernamePasswordAuthenticationToken.authenticated(username, null, authorities);
    }
}
