package org.ipflow.identity;

import org.springframework.security.authentication.AuthenticationProvider;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Component;

/**
 * The first provider every login passes: refuses a throttled account name before any password is
 * checked (so a guess during the lock learns nothing, right or wrong), and otherwise hands on to the
 * identity provider by answering null. Failures and successes are counted from Spring Security's
 * authentication events ({@link LoginThrottle}).
 */
@Component
class LoginThrottleGate implements AuthenticationProvider {

    private final LoginThrottle throttle;

    LoginThrottleGate(LoginThrottle throttle) {
        this.throttle = throttle;
    }

    @Override
    public Authentication authenticate(Authentication authentication) {
        throttle.lockedFor(authentication.getName()).ifPresent(wait -> {
            throw new LoginThrottled(wait);
        });
        return null;
    }

    @Override
    public boolean supports(Class<?> authentication) {
        return UsernamePasswordAuthenticationToken.class.isAssignableFrom(authentication);
    }
}
