package org.ipflow.notification;

import java.security.Principal;
import java.util.Locale;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** The administrator's page of e-mails and SMS that could not be sent, each with a resend button. */
@Controller
class OutboxController {

    private final FailedMessages failed;
    private final MessageSource messages;

    OutboxController(FailedMessages failed, MessageSource messages) {
        this.failed = failed;
        this.messages = messages;
    }

    @GetMapping("/admin/outbox")
    String page(Model model) {
        model.addAttribute("messages", failed.withStatus("FAILED"));
        model.addAttribute("limit", FailedMessages.LIMIT);
        return "admin/outbox";
    }

    @PostMapping("/admin/outbox/{id}/resend")
    String resend(@PathVariable long id, Principal user, Locale locale, RedirectAttributes redirect) {
        if (failed.resend(user.getName(), id) == FailedMessages.Resend.QUEUED) {
            redirect.addFlashAttribute("flash", messages.getMessage("outbox.resent", new Object[] {id}, locale));
        } else {
            redirect.addFlashAttribute("flashError", messages.getMessage("outbox.notResent", new Object[] {id}, locale));
        }
        return "redirect:/admin/outbox";
    }
}
