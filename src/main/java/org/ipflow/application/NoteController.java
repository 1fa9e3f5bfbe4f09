package org.ipflow.application;

import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** The "内部意见" panel's form on the task page and the staff's application page. */
@Controller
class NoteController {

    /** A task id as the engine makes them; anything else is not followed, so the redirect stays on our pages. */
    private static final String TASK_ID = "[A-Za-z0-9-]{1,64}";

    private final ApplicationNotes notes;
    private final MessageSource messages;

    NoteController(ApplicationNotes notes, MessageSource messages) {
        this.notes = notes;
        this.messages = messages;
    }

    @PostMapping("/applications/{id}/notes")
    String add(@PathVariable long id, @RequestParam(defaultValue = "") String text,
            @RequestParam(required = false) String task, Authentication user, RedirectAttributes redirect) {
        try {
            notes.add(user, id, text);
            redirect.addFlashAttribute("flash", messages.getMessage("note.added", null, LocaleContextHolder.getLocale()));
        } catch (ValidationFailed invalid) {
            redirect.addFlashAttribute("flashError", invalid.errors().get("text"));
            redirect.addFlashAttribute("noteText", text);
        }
        return task != null && task.matches(TASK_ID) ? "redirect:/tasks/" + task : "redirect:/applications/" + id;
    }
}
