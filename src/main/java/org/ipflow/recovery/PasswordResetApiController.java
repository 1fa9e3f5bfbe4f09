package org.ipflow.recovery;

import org.ipflow.shared.ApiProblems;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.servlet.http.HttpServletRequest;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.springframework.context.MessageSource;
import org.springframework.http.HttpHeaders;
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
@Tag(name = "Public")
class PasswordResetApiController {

    /** The request: an e-mail address or a contact number. */
    record Request(String email, String phone) {
    }

    /** The new password with the e-mailed link's token, or with the number and the code it got by SMS. */
    record NewPassword(String token, String phone, String code, String password, String passwordRepeated) {
    }

    private final PasswordResets resets;
    private final MessageSource messages;
    private final ApiProblems problems;

    PasswordResetApiController(PasswordResets resets, MessageSource messages, ApiProblems problems) {
        this.resets = resets;
        this.messages = messages;
        this.problems = problems;
    }

    @Operation(summary = "Ask for a password reset link or code",
            description = "Roles: none (anonymous). {email} or {phone}; always 202, whether or not an account has it; 429 past "
                    + "the hourly limit.")
    @PostMapping("/api/password-reset")
    ResponseEntity<?> request(@RequestBody Request body, HttpServletRequest request, Locale locale) {
        Optional<String> refusal = ResetAddresses.refusal(body.email(), body.phone());
        if (refusal.isPresent()) {
            return problems.invalid(Map.of(refusal.get(), messages.getMessage("reset.error.address", null, locale)));
        }
        Optional<Duration> wait = ResetAddresses.blank(body.email())
                ? resets.byPhone(body.phone(), request.getRemoteAddr())
                : resets.byEmail(body.email(), request.getRemoteAddr());
        if (wait.isPresent()) {
            HttpHeaders headers = new HttpHeaders();
            headers.set(HttpHeaders.RETRY_AFTER, String.valueOf(wait.get().toSeconds()));
            return problems.answer(HttpStatus.TOO_MANY_REQUESTS, messages.getMessage("reset.error.tooMany", null, locale),
                    Map.of(), headers);
        }
        return ResponseEntity.status(HttpStatus.ACCEPTED).body(Map.of());
    }

    @Operation(summary = "Set a new password with a reset link's token or an SMS code",
            description = "Roles: none (anonymous). {token} or {phone, code}, with password and passwordRepeated; once within "
                    + "30 minutes; 400 with errors.")
    @PostMapping("/api/password-reset/new")
    ResponseEntity<?> reset(@RequestBody NewPassword body, Locale locale) {
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
        return problems.invalid(errors);
    }
}
