package org.ipflow.tasks;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.util.List;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.security.core.Authentication;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * Escalation for API clients: {@code GET /api/tasks/escalation} lists the escalated tasks, {@code POST
 * /api/tasks/{id}/remind} reminds whoever holds one (404 for a task not escalated, 409 within a day of the last
 * reminder). Approvers and administrators only.
 */
@RestController
@Tag(name = "Tasks")
class EscalationApiController {

    private final Escalations escalations;
    private final Reminding reminding;

    EscalationApiController(Escalations escalations, Reminding reminding) {
        this.escalations = escalations;
        this.reminding = reminding;
    }

    @Operation(summary = "Escalated (long overdue) tasks",
            description = "Roles: approver, admin. Most overdue first, with the last reminder.")
    @GetMapping("/api/tasks/escalation")
    List<Escalations.Escalation> list() {
        return escalations.list(LocaleContextHolder.getLocale());
    }

    @Operation(summary = "Remind the holder of an escalated task",
            description = "Roles: approver, admin. 404 for a task not escalated; 409 within a day of its last "
                    + "reminder. Audited.")
    @PostMapping("/api/tasks/{id}/remind")
    Reminding.Sent remind(@PathVariable String id, Authentication user) {
        return reminding.remind(user.getName(), id);
    }
}
