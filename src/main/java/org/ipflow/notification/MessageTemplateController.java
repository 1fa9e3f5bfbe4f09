package org.ipflow.notification;

import java.security.Principal;
import java.util.Locale;
import java.util.Map;
import org.springframework.context.MessageSource;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** The administrator's pages of e-mail and SMS templates: the list, and one event's texts to edit or reset. */
@Controller
class MessageTemplateController {

    private final MessageTemplates templates;
    private final MessageSource messages;

    MessageTemplateController(MessageTemplates templates, MessageSource messages) {
        this.templates = templates;
        this.messages = messages;
    }

    @GetMapping("/admin/message-templates")
    String list(Model model) {
        model.addAttribute("templates", templates.all());
        return "admin/message-templates";
    }

    @GetMapping("/admin/message-templates/{event}")
    String edit(@PathVariable String event, Model model) {
        EventTemplates current = known(event);
        return page(model, current, new MessageTemplateForm(current.zh().subject(), current.zh().body(),
                current.en().subject(), current.en().body()), Map.of());
    }

    @PostMapping("/admin/message-templates/{event}")
    String save(@PathVariable String event, @ModelAttribute MessageTemplateForm form, Principal user, Model model,
            Locale locale, RedirectAttributes redirect) {
        EventTemplates current = known(event);
        Map<String, String> errors = templates.save(user.getName(), event, form);
        if (!errors.isEmpty()) {
            // What was typed stays on the page next to its errors.
            return page(model, current, form, errors);
        }
        redirect.addFlashAttribute("flash", messages.getMessage("messageTemplates.saved", new Object[] {name(event, locale)}, locale));
        return "redirect:/admin/message-templates/" + event;
    }

    @PostMapping("/admin/message-templates/{event}/reset")
    String reset(@PathVariable String event, Principal user, Locale locale, RedirectAttributes redirect) {
        known(event);
        templates.reset(user.getName(), event);
        redirect.addFlashAttribute("flash", messages.getMessage("messageTemplates.wasReset", new Object[] {name(event, locale)}, locale));
        return "redirect:/admin/message-templates/" + event;
    }

    private EventTemplates known(String event) {
        return templates.of(event).orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
    }

    private String page(Model model, EventTemplates current, MessageTemplateForm form, Map<String, String> errors) {
        model.addAttribute("template", current);
        model.addAttribute("form", form);
        model.addAttribute("errors", errors);
        return "admin/message-template";
    }

    /** The event's name as administrators read it (the list and the edit page show the code beside it). */
    private String name(String event, Locale locale) {
        return messages.getMessage("messageTemplates.name." + event, null, event, locale);
    }
}
