package org.ipflow.tasks;

import java.time.LocalDate;
import java.util.Map;
import org.ipflow.application.ValidationFailed;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** The staff member's page of their absence and substitute ({@code /me/absence}), under the account menu. */
@Controller
class AbsenceController {

    private final Absences absences;
    private final TaskPages pages;

    AbsenceController(Absences absences, TaskPages pages) {
        this.absences = absences;
        this.pages = pages;
    }

    @GetMapping("/me/absence")
    String page(Authentication user, Model model) {
        var absence = absences.of(user.getName());
        return page(user, model, absence.map(Absence::from).orElse(null), absence.map(Absence::until).orElse(null),
                absence.map(Absence::substitute).orElse(""), Map.of());
    }

    @PostMapping("/me/absence")
    String save(Authentication user, @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate until,
            @RequestParam(defaultValue = "") String substitute, @RequestParam(defaultValue = "false") boolean end,
            Model model, RedirectAttributes redirect) {
        try {
            var saved = end ? absences.set(user.getName(), null, null, null)
                    : absences.set(user.getName(), from, until, substitute);
            redirect.addFlashAttribute("flash", pages.message(saved.isPresent() ? "absence.saved" : "absence.ended"));
            return "redirect:/me/absence";
        } catch (ValidationFailed e) {
            return page(user, model, from, until, substitute, e.errors());
        }
    }

    private String page(Authentication user, Model model, LocalDate from, LocalDate until, String substitute,
            Map<String, String> errors) {
        model.addAttribute("from", from);
        model.addAttribute("until", until);
        model.addAttribute("substitute", substitute);
        model.addAttribute("errors", errors);
        model.addAttribute("colleagues", absences.colleagues(user.getName()));
        model.addAttribute("active", absences.of(user.getName()).isPresent());
        model.addAttribute("covering", absences.coveredBy(user.getName()));
        return "me/absence";
    }
}
