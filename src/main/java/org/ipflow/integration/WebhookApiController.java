package org.ipflow.integration;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.security.Principal;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.ipflow.shared.ApiProblems;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

/** {@code /api/admin/webhooks}: administrators only (SecurityConfig's {@code /api/admin/**} rule). */
@RestController
@Tag(name = "Administration")
class WebhookApiController {

    private static final String EVENTS = "Events: application.submitted, application.returned, application.approved, "
            + "application.rejected, application.paid, certificate.issued, certificate.revoked, certificate.expired. ";

    private final Webhooks webhooks;
    private final ApiProblems problems;

    WebhookApiController(Webhooks webhooks, ApiProblems problems) {
        this.webhooks = webhooks;
        this.problems = problems;
    }

    @Operation(summary = "Webhook subscriptions", description = "Roles: admin. Without their secrets.")
    @GetMapping("/api/admin/webhooks")
    List<WebhookView> list() {
        return webhooks.all().stream().map(WebhookView::of).toList();
    }

    @Operation(summary = "Register a webhook subscriber",
            description = "Roles: admin. " + EVENTS + "The URL's host must be on ipflow.webhooks.allowed-hosts and "
                    + "use HTTPS unless it is loopback (400 with errors.url otherwise). 201 with the generated signing "
                    + "secret, shown this once. Audited.")
    @PostMapping("/api/admin/webhooks")
    ResponseEntity<?> create(@RequestBody WebhookRequest request, Principal user, Locale locale) {
        Map<String, String> errors = webhooks.errors(request, locale);
        if (!errors.isEmpty()) {
            return problems.invalid(errors);
        }
        return ResponseEntity.status(HttpStatus.CREATED)
                .body(WebhookView.withSecret(webhooks.create(user.getName(), request)));
    }

    @Operation(summary = "Change a webhook subscription",
            description = "Roles: admin. URL, events and active as on POST; the secret stays. 404 for no such "
                    + "subscription. Audited.")
    @PutMapping("/api/admin/webhooks/{id}")
    ResponseEntity<?> update(@PathVariable long id, @RequestBody WebhookRequest request, Principal user,
            Locale locale) {
        Map<String, String> errors = webhooks.errors(request, locale);
        if (!errors.isEmpty()) {
            return problems.invalid(errors);
        }
        return webhooks.update(user.getName(), id, request).<ResponseEntity<?>>map(w -> ResponseEntity.ok(WebhookView.of(w)))
                .orElseGet(() -> problems.answer(HttpStatus.NOT_FOUND, null));
    }

    @Operation(summary = "Delete a webhook subscription",
            description = "Roles: admin. 204; 404 for no such subscription. Its deliveries not yet sent then fail "
                    + "(listed in the outbox). Audited.")
    @DeleteMapping("/api/admin/webhooks/{id}")
    ResponseEntity<?> delete(@PathVariable long id, Principal user) {
        return webhooks.delete(user.getName(), id) ? ResponseEntity.noContent().build()
                : problems.answer(HttpStatus.NOT_FOUND, null);
    }
}
