package org.ipflow.notification;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.security.Principal;
import java.util.List;
import java.util.Map;
import org.ipflow.shared.ApiProblems;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

/** {@code /api/admin/message-templates}: administrators only (SecurityConfig's {@code /api/admin/**} rule). */
@RestController
@Tag(name = "Administration")
class MessageTemplateApiController {

    private final MessageTemplates templates;
    private final ApiProblems problems;

    MessageTemplateApiController(MessageTemplates templates, ApiProblems problems) {
        this.templates = templates;
        this.problems = problems;
    }

    @Operation(summary = "The texts of e-mails and SMS per event",
            description = "Roles: admin. Each event's subject and body in Chinese (zh) and English (en), whether an "
                    + "administrator wrote them (custom) or they are the default words, and the placeholders they may use.")
    @GetMapping("/api/admin/message-templates")
    List<EventTemplates> list() {
        return templates.all();
    }

    @Operation(summary = "The texts of one event's e-mails and SMS",
            description = "Roles: admin. 404 for an event without a template.")
    @GetMapping("/api/admin/message-templates/{event}")
    ResponseEntity<?> one(@PathVariable String event) {
        return templates.of(event).<ResponseEntity<?>>map(ResponseEntity::ok)
                .orElseGet(() -> problems.answer(HttpStatus.NOT_FOUND, null));
    }

    @Operation(summary = "Word one event's e-mails and SMS",
            description = "Roles: admin. Sets the subject and body in both languages; the next message of the event "
                    + "uses them. 400 with field errors for a missing or too long text or a placeholder the event does "
                    + "not have; 404 for an event without a template. Audited.")
    @PutMapping("/api/admin/message-templates/{event}")
    ResponseEntity<?> save(@PathVariable String event, @RequestBody MessageTemplateForm form, Principal user) {
        if (templates.of(event).isEmpty()) {
            return problems.answer(HttpStatus.NOT_FOUND, null);
        }
        Map<String, String> errors = templates.save(user.getName(), event, form);
        return errors.isEmpty() ? ResponseEntity.ok(templates.of(event).orElseThrow()) : problems.invalid(errors);
    }
}
