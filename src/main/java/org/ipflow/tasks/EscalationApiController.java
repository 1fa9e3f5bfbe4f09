package org.ipflow.tasks;

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
class EscalationApiController {

    private final Escalations escalations;
    private final Reminding reminding;

    EscalationApiController(Escalations escalations, Reminding reminding) {
        this.escalations = escalations;
        this.reminding = reminding;
    }

    @GetMapping("/api/tasks/escalation")
    List<Escalations.Escalation> list() {
        return escalations.list(LocaleContextHolder.getLocale());
    }

    @PostMapping("/api/tasks/{id}/remind")
    Reminding.Sent remind(@PathVariable String id, Authentication user) {
        return reminding.remind(user.getName(), id);
    }
}
