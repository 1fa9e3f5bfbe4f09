package org.ipflow.identity;

import java.time.Clock;
import java.time.Duration;
import java.util.Date;
import java.util.List;
import java.util.function.Function;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.identity.Group;
import org.camunda.bpm.engine.identity.User;
import org.camunda.bpm.engine.impl.persistence.entity.UserEntity;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.authentication.AuthenticationProvider;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.authentication.DisabledException;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.stereotype.Component;

/**
 * Authenticates against Camunda's identity service; the user's groups become its authorities. A bcrypt
 * check costs tens of milliseconds and the JSON API sends the password with every request, so a successful
 * check is remembered for a minute ({@link RecentLogins}); each request still reads the user's row, so a
 * changed password, a deleted or a locked account takes effect at once. So does IPFlow's own state of the
 * account ({@link AccountState}), read with it: a disabled account is refused even within that minute, and an
 * account that must change its password gets no role, only {@link PasswordChangeGate#AUTHORITY}. Group
 * changes take up to a minute on other nodes ({@link #forget(String)} clears this node at once).
 */
@Component
class EngineIdentityAuthenticationProvider implements AuthenticationProvider {

    static final Duration TIME_TO_LIVE = Duration.ofMinutes(1);

    private final IdentityService identityService;
    private final Function<String, AccountState> states;
    private final BcryptPasswordEncryptor bcrypt;
    private final RecentLogins recent;
    private final Clock clock;

    @Autowired
    EngineIdentityAuthenticationProvider(IdentityService identityService, AccountStates states,
            BcryptPasswordEncryptor bcrypt) {
        this(identityService, states::find, bcrypt, Clock.systemUTC(), TIME_TO_LIVE);
    }

    EngineIdentityAuthenticationProvider(IdentityService identityService, Function<String, AccountState> states,
            BcryptPasswordEncryptor bcrypt, Clock clock, Duration timeToLive) {
        this.identityService = identityService;
        this.states = states;
        this.bcrypt = bcrypt;
        this.clock = clock;
        this.recent = new RecentLogins(clock, timeToLive);
    }

    @Override
    public Authentication authenticate(Authentication authentication) {
        String username = authentication.getName();
        Object credentials = authentication.getCredentials();
        if (username == null || username.isBlank() || credentials == null) {
            throw badCredentials();
        }
        String password = credentials.toString();
        String storedHash = storedHash(username);
        if (storedHash == null) {
            // No account (or a locked one): the same bcrypt work as a wrong password, then the same answer.
            bcrypt.compareWithNoAccount(password);
            throw badCredentials();
        }
        AccountState state = states.apply(username);
        List<GrantedAuthority> authorities = state.disabled() ? null : recent.find(username, password, storedHash);
        if (authorities == null) {
            if (!identityService.checkPassword(username, password)) {
                throw badCredentials();
            }
            if (state.disabled()) {
                // Said only to whoever knows the password, so it reveals nothing to a guesser.
                throw new DisabledException("Account disabled");
            }
            authorities = identityService.createGroupQuery().groupMember(username).list().stream().map(Group::getId)
                    .map(id -> (GrantedAuthority) new SimpleGrantedAuthority(id)).toList();
            recent.remember(username, password, storedHash, authorities);
        }
        if (state.mustChangePassword()) {
            authorities = List.of(new SimpleGrantedAuthority(PasswordChangeGate.AUTHORITY));
        }
        return UsernamePasswordAuthenticationToken.authenticated(username, null, authorities);
    }

    /** Forgets a user's remembered check, e.g. when its groups change or it is disabled. */
    void forget(String username) {
        recent.forget(username);
    }

    /** The stored password hash of an existing, unlocked user, else null. */
    private String storedHash(String username) {
        User user = identityService.createUserQuery().userId(username).singleResult();
        if (!(user instanceof UserEntity entity)) {
            return null;
        }
        Date lockedUntil = entity.getLockExpirationTime();
        if (lockedUntil != null && lockedUntil.toInstant().isAfter(clock.instant())) {
            return null;
        }
        return entity.getPassword();
    }

    private static BadCredentialsException badCredentials() {
        // One message whether the user exists or not, so the answer reveals nothing.
        return new BadCredentialsException("Bad credentials");
    }

    @Override
    public boolean supports(Class<?> authentication) {
        return UsernamePasswordAuthenticationToken.class.isAssignableFrom(authentication);
    }
}
