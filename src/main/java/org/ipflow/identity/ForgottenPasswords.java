package org.ipflow.identity;

import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.identity.User;
import org.springframework.context.MessageSourceResolvable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.validation.MapBindingResult;

/**
 * What a forgotten-password reset needs of the accounts: the active accounts of an e-mail address, and setting
 * a new password by the same policy as everywhere else. A reset ends the account's sessions on every node
 * and clears a login lock, as the person has just proven they hold the address.
 */
@Service
public class ForgottenPasswords {

    private final IdentityService identity;
    private final AccountStates states;
    private final PasswordPolicy policy;
    private final OwnPassword ownPassword;
    private final EngineIdentityAuthenticationProvider logins;
    private final LoginThrottle throttle;
    private final UserSessions sessions;

    ForgottenPasswords(IdentityService identity, AccountStates states, PasswordPolicy policy, OwnPassword ownPassword,
            EngineIdentityAuthenticationProvider logins, LoginThrottle throttle, UserSessions sessions) {
        this.identity = identity;
        this.states = states;
        this.policy = policy;
        this.ownPassword = ownPassword;
        this.logins = logins;
        this.throttle = throttle;
        this.sessions = sessions;
    }

    /** The enabled accounts whose e-mail is this address (compared without case), at most {@code limit}. */
    public List<String> withEmail(String email, int limit) {
        return identity.createNativeUserQuery()
                .sql("select * from ACT_ID_USER where lower(EMAIL_) = #{email} order by ID_")
                .parameter("email", email.strip().toLowerCase(Locale.ROOT)).listPage(0, limit).stream()
                .map(User::getId).filter(this::enabled).toList();
    }

    /** Whether the account exists and is not disabled. */
    public boolean enabled(String username) {
        return identity.createUserQuery().userId(username).count() > 0 && !states.find(username).disabled();
    }

    /**
     * The policy's refusals of the new password by field ({@code password}, {@code passwordRepeated}), each to be
     * resolved in the reader's language; none means it may be set.
     */
    public Map<String, MessageSourceResolvable> refusals(String username, String password, String repeated) {
        Map<String, Object> values = new HashMap<>();
        values.put("password", password);
        values.put("passwordRepeated", repeated);
        MapBindingResult errors = new MapBindingResult(values, "reset");
        policy.check(password, repeated, ownPassword.personal(username), errors);
        Map<String, MessageSourceResolvable> refusals = new LinkedHashMap<>();
        errors.getFieldErrors().forEach(e -> refusals.putIfAbsent(e.getField(), e));
        return refusals;
    }

    /** Sets the password checked by {@link #refusals}, in the caller's transaction. */
    @Transactional
    public void reset(String username, String password) {
        User user = identity.createUserQuery().userId(username).singleResult();
        user.setPassword(password);
        identity.saveUser(user);
        states.passwordSet(username, false);
        throttle.succeeded(username);
        logins.forget(username);
        sessions.endAll(username);
    }
}
