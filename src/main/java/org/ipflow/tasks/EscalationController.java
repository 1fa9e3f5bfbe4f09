package org.ipflow.tasks;

import org.ipflow.application.ApplicationNotFound;
import org.ipflow.shared.OfficeTime;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** The escalation page (督办) of approvers and administrators: overdue tasks, and a reminder per row. */
@Controller
class EscalationController {

    private final Escalations escalations;
    private final Reminding reminding;
    private final EscalationSettings settings;
    private final MessageSource messages;
    private final OfficeTime time;

    EscalationController(Escalations escalations, Reminding reminding, EscalationSettings settings,
            MessageSource messages, OfficeTime time) {
        this.time = time;
        this.escalations = escalations;
        this.reminding = reminding;
        this.settings = settings;
        this.messages = messages;
    }

    @GetMapping("/tasks/escalation")
    String page(Model model) {
        model.addAttribute("escalations", escalations.list(LocaleContextHolder.getLocale()));
        model.addAttribute("threshold", settings.overdueWorkingDays());
        return "tasks/escalation";
    }

    @PostMapping("/tasks/escalation/{id}/remind")
    String remind(@PathVariable String id, Authentication user, RedirectAttributes redirect) {
        try {
            Reminding.Sent sent = reminding.remind(user.getName(), id);
            redirect.addFlashAttribute("flash", message("escalation.reminded", String.join(", ", sent.notified())));
        } catch (Reminding.ReminderTooSoon e) {
            redirect.addFlashAttribute("flashError", message("escalation.tooSoon", e.last().by(), time.minutes(e.last().at())));
        } catch (ApplicationNotFound e) {
            redirect.addFlashAttribute("flashError", message("escalation.gone"));
        }
        return "redirect:/tasks/escalation";
    }

    private String message(String code, Object... args) {
        return messages.getMessage(code, args, LocaleContextHolder.getLocale());
    }
}
