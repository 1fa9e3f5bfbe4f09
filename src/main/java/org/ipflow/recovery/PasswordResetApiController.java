package org.ipflow.recovery;

import jakarta.servlet.http.HttpServletRequest;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.springframework.context.MessageSource;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

/**
 * {@code POST /api/password-reset} and {@code /api/password-reset/new}: anonymous, like registration; the JSON API
 * is stateless with no cookies, so, as for every {@code /api} request, no CSRF token is asked for.
 */
@RestController
class PasswordResetApiController {

    /** The request: an e-mail address or a contact number. */
    record Request(String email, String phone) {
    }

    /** The new password with the e-mailed link's token, or with the number and the code it got by SMS. */
    record NewPassword(String token, String phone, String code, String password, String passwordRepeated) {
    }

    private final PasswordResets resets;
    private final MessageSource messages;

    PasswordResetApiController(PasswordResets resets, MessageSource messages) {
        this.resets = resets;
        this.messages = messages;
    }

    @PostMapping("/api/password-reset")
    ResponseEntity<Map<String, Object>> request(@RequestBody Request body, HttpServletRequest request, Locale locale) {
        Optional<String> refusal = ResetAddresses.refusal(body.email(), body.phone());
        if (refusal.isPresent()) {
            return ResponseEntity.badRequest().body(Map.of("errors",
                    Map.of(refusal.get(), messages.getMessage("reset.error.address", null, locale))));
        }
        Optional<Duration> wait = ResetAddresses.blank(body.email())
                ? resets.byPhone(body.phone(), request.getRemoteAddr())
                : resets.byEmail(body.email(), request.getRemoteAddr());
        return wait.<ResponseEntity<Map<String, Object>>>map(w -> ResponseEntity.status(HttpStatus.TOO_MANY_REQUESTS)
                        .header("Retry-After", String.valueOf(w.toSeconds()))
                        .body(Map.of("error", messages.getMessage("reset.error.tooMany", null, locale))))
                .orElseGet(() -> ResponseEntity.status(HttpStatus.ACCEPTED).body(Map.of()));
    }

    @PostMapping("/api/password-reset/new")
    ResponseEntity<Map<String, Object>> reset(@RequestBody NewPassword body, Locale locale) {
        PasswordResets.Outcome outcome = body.token() != null
                ? resets.withLink(body.token(), body.password(), body.passwordRepeated())
                : resets.withCode(body.phone(), body.code(), body.password(), body.passwordRepeated());
        if (outcome.done()) {
            return ResponseEntity.ok(Map.of("status", "RESET"));
        }
        Map<String, String> errors = new LinkedHashMap<>();
        if (!outcome.validSecret()) {
            errors.put(body.token() != null ? "token" : "code", messages.getMessage("reset.error.invalid", null, locale));
        }
        outcome.refusals().forEach((field, refusal) -> errors.put(field, messages.getMessage(refusal, locale)));
        return ResponseEntity.badRequest().body(Map.of("errors", errors));
    }
}
