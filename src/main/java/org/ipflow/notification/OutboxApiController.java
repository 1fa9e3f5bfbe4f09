package org.ipflow.notification;

import org.ipflow.shared.ApiProblems;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.security.Principal;
import java.util.List;
import java.util.Map;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** {@code /api/admin/outbox}: administrators only (SecurityConfig's {@code /api/admin/**} rule). */
@RestController
@Tag(name = "Administration")
class OutboxApiController {

    private final FailedMessages failed;
    private final ApiProblems problems;

    OutboxApiController(FailedMessages failed, ApiProblems problems) {
        this.failed = failed;
        this.problems = problems;
    }

    @Operation(summary = "E-mails and SMS of the outbox by status",
            description = "Roles: admin. status=FAILED (default) lists the messages that failed after their last retry or were "
                    + "interrupted mid-send.")
    @GetMapping("/api/admin/outbox")
    ResponseEntity<?> list(@RequestParam(defaultValue = "FAILED") String status) {
        if (!FailedMessages.STATUSES.contains(status)) {
            return problems.invalid(Map.of("status", "PENDING|SENDING|SENT|FAILED"));
        }
        List<OutboundMessage> messages = failed.withStatus(status);
        return ResponseEntity.ok(messages);
    }

    @Operation(summary = "Send a failed message again",
            description = "Roles: admin. 404 for no such message; 409 unless it is FAILED. Audited.")
    @PostMapping("/api/admin/outbox/{id}/resend")
    ResponseEntity<?> resend(@PathVariable long id, Principal user) {
        return switch (failed.resend(user.getName(), id)) {
            case UNKNOWN -> problems.answer(HttpStatus.NOT_FOUND, null);
            case NOT_FAILED -> problems.answer(HttpStatus.CONFLICT, "only a FAILED message is resent");
            case QUEUED -> ResponseEntity.ok(Map.of("id", id, "status", "PENDING"));
        };
    }
}
