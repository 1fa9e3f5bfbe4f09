package org.ipflow.identity;

import java.util.List;
import java.util.Optional;
import org.ipflow.shared.AdminActionPerformed;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The second step of a login and the enrolment of a factor. After the right password a user with a factor
 * holds only {@link #PENDING} until the code, and a user whose role requires a factor but who has none only
 * {@link #ENROL} until they enrol one ({@link SecondFactorGate} keeps both on their page). Wrong codes count in
 * {@link LoginThrottle} like wrong passwords, so the six digits cannot be guessed in a session that knows the
 * password.
 */
@Service
class SecondFactorStep {

    /** The only authority between the password and the code. */
    static final String PENDING = "second-factor-pending";
    /** The only authority of a user who must enrol a factor before anything else. */
    static final String ENROL = "second-factor-enrolment-required";

    private final SecondFactors factors;
    private final SecondFactorSettings settings;
    private final OwnPassword passwords;
    private final AccountStates states;
    private final LoginThrottle throttle;
    private final ApplicationEventPublisher events;

    SecondFactorStep(SecondFactors factors, SecondFactorSettings settings, OwnPassword passwords, AccountStates states,
            LoginThrottle throttle, ApplicationEventPublisher events) {
        this.factors = factors;
        this.settings = settings;
        this.passwords = passwords;
        this.states = states;
        this.throttle = throttle;
        this.events = events;
    }

    /** What a user holds right after the right password, if not yet their roles; empty when nothing more is asked. */
    Optional<Authentication> afterPassword(Authentication authentication) {
        String username = authentication.getName();
        if (factors.enrolled(username)) {
            return Optional.of(only(username, PENDING));
        }
        List<String> roles = passwords.withRoles(username).getAuthorities().stream()
                .map(GrantedAuthority::getAuthority).toList();
        return settings.requiredForAny(roles) ? Optional.of(only(username, ENROL)) : Optional.empty();
    }

    /**
     * Checks a code of the login's second step.
     *
     * @throws LoginThrottled while the account is refused after too many wrong passwords or codes
     */
    boolean checkCode(String username, String code) {
        throttle.lockedFor(username).ifPresent(wait -> {
            throw new LoginThrottled(wait);
        });
        if (!factors.verify(username, code)) {
            throttle.failed(username);
            throttle.lockedFor(username).ifPresent(wait -> {
                throw new LoginThrottled(wait);
            });
            return false;
        }
        throttle.succeeded(username);
        return true;
    }

    /** Enrols the factor whose code the user entered; the recovery codes to show once, or empty for a wrong code. */
    @Transactional
    Optional<List<String>> enrol(String username, String secret, String code) {
        Optional<List<String>> recovery = factors.enrol(username, secret, code);
        recovery.ifPresent(codes -> events.publishEvent(
                new AdminActionPerformed(username, "FACTOR_ENROL", "user:" + username, null)));
        return recovery;
    }

    /** The authentication after the second step: the user's roles, or the must-change authority if set so. */
    Authentication completed(String username) {
        if (states.find(username).mustChangePassword()) {
            return only(username, PasswordChangeGate.AUTHORITY);
        }
        return passwords.withRoles(username);
    }

    String otpauthUri(String username, String secret) {
        String label = encode(settings.issuer()) + ":" + encode(username);
        return "otpauth://totp/" + label + "?secret=" + secret + "&issuer=" + encode(settings.issuer())
                + "&algorithm=SHA1&digits=" + Totp.DIGITS + "&period=" + Totp.STEP_SECONDS;
    }

    private static String encode(String text) {
        return java.net.URLEncoder.encode(text, java.nio.charset.StandardCharsets.UTF_8).replace("+", "%20");
    }

    private static Authentication only(String username, String authority) {
        return UsernamePasswordAuthenticationToken.authenticated(username, null,
                List.of(new SimpleGrantedAuthority(authority)));
    }
}
