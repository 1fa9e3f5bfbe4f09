package org.ipflow.notification;

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
class OutboxApiController {

    private final FailedMessages failed;

    OutboxApiController(FailedMessages failed) {
        this.failed = failed;
    }

    @GetMapping("/api/admin/outbox")
    ResponseEntity<?> list(@RequestParam(defaultValue = "FAILED") String status) {
        if (!FailedMessages.STATUSES.contains(status)) {
            return ResponseEntity.badRequest().body(Map.of("errors", Map.of("status", "PENDING|SENDING|SENT|FAILED")));
        }
        List<OutboundMessage> messages = failed.withStatus(status);
        return ResponseEntity.ok(messages);
    }

    @PostMapping("/api/admin/outbox/{id}/resend")
    ResponseEntity<Map<String, Object>> resend(@PathVariable long id, Principal user) {
        return switch (failed.resend(user.getName(), id)) {
            case UNKNOWN -> ResponseEntity.status(HttpStatus.NOT_FOUND).body(Map.of("error", "not found"));
            case NOT_FAILED -> ResponseEntity.status(HttpStatus.CONFLICT)
                    .body(Map.of("error", "only a FAILED message is resent"));
            case QUEUED -> ResponseEntity.ok(Map.of("id", id, "status", "PENDING"));
        };
    }
}
