package org.ipflow.enterprise;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.security.Principal;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import org.ipflow.shared.ApiProblems;
import org.springframework.context.MessageSource;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.validation.BeanPropertyBindingResult;
import org.springframework.validation.SmartValidator;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

/**
 * {@code GET|PUT /api/enterprise} and {@code POST|DELETE /api/enterprise/users}: the caller's own enterprise
 * (enterprise users only). Refusals answer {@code {errors: {field: message}}} in the caller's language.
 */
@RestController
@Tag(name = "Enterprises")
class EnterpriseProfileApiController {

    private final EnterpriseProfiles profiles;
    private final EnterpriseMembers members;
    private final SmartValidator validator;
    private final MessageSource messages;
    private final ApiProblems problems;

    EnterpriseProfileApiController(EnterpriseProfiles profiles, EnterpriseMembers members, SmartValidator validator,
            MessageSource messages, ApiProblems problems) {
        this.profiles = profiles;
        this.members = members;
        this.validator = validator;
        this.messages = messages;
        this.problems = problems;
    }

    /** The body of {@code PUT /api/enterprise}: the profile's editable fields, the account nested. */
    record ProfileBody(String legalRepresentative, String contactName, String contactPhone, String email,
            String address, BankAccount bankAccount) {

        ProfileForm toForm() {
            BankAccount account = bankAccount == null ? new BankAccount(null, null, null) : bankAccount;
            return new ProfileForm(legalRepresentative, contactName, contactPhone, email, address,
                    account.bankName(), account.accountName(), account.accountNumber());
        }
    }

    /** The answer of {@code GET /api/enterprise}, exactly the contract's fields. */
    record ProfileJson(String name, String creditCode, String region, String legalRepresentative, String contactName,
            String contactPhone, String email, String address, BankAccount bankAccount, java.util.List<String> users) {

        static ProfileJson of(EnterpriseProfile p) {
            return new ProfileJson(p.name(), p.creditCode(), p.region(), p.legalRepresentative(), p.contactName(),
                    p.contactPhone(), p.email(), p.address(), p.bankAccount(), p.users());
        }
    }

    /** The body of {@code POST /api/enterprise/users}; a password creates the account. */
    record Invitation(String username, String password) {
    }

    @Operation(summary = "The caller's enterprise profile",
            description = "Roles: enterprise. Name, credit code, region, contacts, address, bank account and users.")
    @GetMapping("/api/enterprise")
    ResponseEntity<?> profile(Principal caller) {
        return profiles.ofUser(caller.getName()).<ResponseEntity<?>>map(p -> ResponseEntity.ok(ProfileJson.of(p)))
                .orElseGet(() -> ResponseEntity.notFound().build());
    }

    @Operation(summary = "Update the caller's enterprise profile",
            description = "Roles: enterprise. The editable fields; 400 with field errors (bankAccount.<field> "
                    + "for the account). Audited.")
    @PutMapping("/api/enterprise")
    ResponseEntity<?> update(@RequestBody ProfileBody body, Principal caller, Locale locale) {
        ProfileForm form = body.toForm();
        var result = new BeanPropertyBindingResult(form, "form");
        validator.validate(form, result);
        if (result.hasErrors()) {
            Map<String, String> errors = new LinkedHashMap<>();
            FieldMessages.of(result, messages, locale).forEach((field, message) -> errors.put(jsonField(field), message));
            return problems.invalid(errors);
        }
        try {
            return ResponseEntity.ok(ProfileJson.of(profiles.update(caller.getName(), form)));
        } catch (ProfileRefused refused) {
            return refusal(refused, locale);
        }
    }

    @Operation(summary = "Add a user to the caller's enterprise",
            description = "Roles: enterprise. {username} adds an existing account of no enterprise, {username, "
                    + "password} creates one; 201 with the profile; 400 or 409 with errors.")
    @PostMapping("/api/enterprise/users")
    ResponseEntity<?> invite(@RequestBody Invitation invitation, Principal caller, Locale locale) {
        try {
            members.invite(caller.getName(), invitation.username(), invitation.password());
            EnterpriseProfile profile = profiles.ofUser(caller.getName()).orElseThrow();
            return ResponseEntity.status(HttpStatus.CREATED).body(ProfileJson.of(profile));
        } catch (ProfileRefused refused) {
            return refusal(refused, locale);
        }
    }

    @Operation(summary = "Remove a user from the caller's enterprise",
            description = "Roles: enterprise. 204; 404 for a user not of the enterprise; 409 for its last user. "
                    + "Audited.")
    @DeleteMapping("/api/enterprise/users/{username}")
    ResponseEntity<?> remove(@PathVariable String username, Principal caller, Locale locale) {
        try {
            members.remove(caller.getName(), username);
            return ResponseEntity.noContent().build();
        } catch (ProfileRefused refused) {
            return refusal(refused, locale);
        }
    }

    private ResponseEntity<?> refusal(ProfileRefused refused, Locale locale) {
        HttpStatus status = switch (refused.kind()) {
            case INVALID -> HttpStatus.BAD_REQUEST;
            case CONFLICT -> HttpStatus.CONFLICT;
            case NOT_FOUND -> HttpStatus.NOT_FOUND;
        };
        String text = messages.getMessage(refused.messageCode(), null, locale);
        return problems.answer(status, text, Map.of(jsonField(refused.field()), text));
    }

    private static String jsonField(String field) {
        return switch (field) {
            case "bankName", "accountName", "accountNumber" -> "bankAccount." + field;
            default -> field;
        };
    }
}
