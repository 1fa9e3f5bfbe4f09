package org.ipflow.enterprise;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.validation.Valid;
import java.time.Duration;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.ipflow.identity.PasswordStrength;
import org.ipflow.shared.ApiProblems;
import org.springframework.context.MessageSource;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

/**
 * {@code POST /api/enterprises}: anonymous self-registration; messages in the caller's Accept-Language. 429 with
 * {@code Retry-After} past the registrations an address may make ({@link RegistrationLimit}).
 */
@RestController
@Tag(name = "Enterprises")
class EnterpriseApiController {

    private final Enterprises enterprises;
    private final RegistrationLimit limit;
    private final PasswordStrength strength;
    private final MessageSource messages;
    private final ApiProblems problems;

    EnterpriseApiController(Enterprises enterprises, RegistrationLimit limit, PasswordStrength strength,
            MessageSource messages, ApiProblems problems) {
        this.enterprises = enterprises;
        this.limit = limit;
        this.strength = strength;
        this.messages = messages;
        this.problems = problems;
    }

    /** The answer to a registration; never the password. */
    record Registered(long id, String username, String enterpriseName, String creditCode, String region) {
    }

    @Operation(summary = "Register an enterprise and its first user",
            description = "Roles: none (anonymous). 201 with the enterprise; 400 with field errors; 409 for a "
                    + "taken user name or credit code; 429 with Retry-After past five registrations an hour "
                    + "from one address.")
    @PostMapping("/api/enterprises")
    ResponseEntity<?> register(@Valid @RequestBody RegistrationForm form, BindingResult result, Locale locale,
            HttpServletRequest request) {
        form.checkPassword(strength, result);
        if (result.hasErrors()) {
            return problems.invalid(FieldMessages.of(result, messages, locale));
        }
        Optional<Duration> wait = limit.take(request.getRemoteAddr());
        if (wait.isPresent()) {
            var retry = new HttpHeaders();
            retry.set(HttpHeaders.RETRY_AFTER, Long.toString(wait.get().toSeconds()));
            return problems.answer(HttpStatus.TOO_MANY_REQUESTS, messages.getMessage("enterprise.registration.tooMany",
                    new Object[] {RegistrationLimit.minutes(wait.get())}, locale), Map.of(), retry);
        }
        try {
            Enterprise enterprise = enterprises.register(form.toRegistration());
            return ResponseEntity.status(HttpStatus.CREATED).body(new Registered(enterprise.id(), form.username(),
                    enterprise.name(), enterprise.creditCode(), enterprise.region()));
        } catch (RegistrationConflict conflict) {
            String text = messages.getMessage(conflict.messageCode(), null, locale);
            return problems.answer(HttpStatus.CONFLICT, text, Map.of(conflict.field(), text));
        }
    }
}
