package org.ipflow.certificate;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.security.Principal;
import java.util.Locale;
import java.util.Map;
import org.ipflow.shared.ApiProblems;
import org.springframework.context.MessageSource;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

/** Revoking a certificate: administrators only (SecurityConfig's {@code /api/admin/**} rule). */
@RestController
@Tag(name = "Administration")
class CertificateAdminApiController {

    static final int MAX_REASON = 500;

    private final Certificates certificates;
    private final ApiProblems problems;
    private final MessageSource messages;

    CertificateAdminApiController(Certificates certificates, ApiProblems problems, MessageSource messages) {
        this.certificates = certificates;
        this.problems = problems;
        this.messages = messages;
    }

    /** Why the certificate is revoked; shown in the audit log and sent to webhook subscribers. */
    record RevokeRequest(String reason) {
    }

    @Operation(summary = "Revoke a certificate",
            description = "Roles: admin. {reason} (1 to " + MAX_REASON + " characters, 400 with errors.reason "
                    + "otherwise). 200 with the public check's answer (status REVOKED); the certificate leaves the "
                    + "public list, the audit log keeps who and why, and certificate.revoked webhooks are sent. "
                    + "404 for an unknown number, 409 when it was revoked already.")
    @PostMapping("/api/admin/certificates/{number}/revoke")
    ResponseEntity<?> revoke(@PathVariable String number, @RequestBody(required = false) RevokeRequest request,
            Principal user, Locale locale) {
        String reason = request == null || request.reason() == null ? "" : request.reason().strip();
        if (reason.isEmpty() || reason.length() > MAX_REASON) {
            return problems.invalid(Map.of("reason",
                    messages.getMessage("certificate.revoke.reason", new Object[] {MAX_REASON}, locale)));
        }
        return switch (certificates.revoke(number, reason, user.getName())) {
            case UNKNOWN -> problems.answer(HttpStatus.NOT_FOUND, null);
            case ALREADY_REVOKED -> problems.answer(HttpStatus.CONFLICT,
                    messages.getMessage("certificate.revoke.already", null, locale));
            case REVOKED -> ResponseEntity.ok(certificates.byNumber(number).orElseThrow());
        };
    }
}
