package org.ipflow.reporting;

import jakarta.validation.Valid;
import java.security.Principal;
import java.util.Locale;
import org.springframework.context.MessageSource;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** The administrator's page of the five-year plan's targets, one form per indicator. */
@Controller
class TargetController {

    private static final String FORM = "reporting/target-form";

    private final PlanTargets targets;
    private final DashboardTables tables;
    private final MessageSource messages;

    TargetController(PlanTargets targets, DashboardTables tables, MessageSource messages) {
        this.targets = targets;
        this.tables = tables;
        this.messages = messages;
    }

    @GetMapping("/admin/targets")
    String list(Model model) {
        model.addAttribute("progress", targets.progress(tables.currentYear()));
        return "reporting/targets";
    }

    @GetMapping("/admin/targets/{slug}")
    String edit(@PathVariable String slug, Model model) {
        Indicator indicator = indicator(slug);
        model.addAttribute("indicator", indicator);
        model.addAttribute("form", TargetForm.of(targets.find(indicator).orElse(null), tables.currentYear()));
        return FORM;
    }

    @PostMapping("/admin/targets/{slug}")
    String save(@PathVariable String slug, @Valid @ModelAttribute("form") TargetForm form, BindingResult result,
            Model model, Principal user, Locale locale, RedirectAttributes redirect) {
        Indicator indicator = indicator(slug);
        if (!result.hasFieldErrors("fromYear") && !result.hasFieldErrors("toYear")) {
            if (form.to() < form.from()) {
                result.rejectValue("toYear", "targets.toYear.beforeFrom");
            } else if (form.to() - form.from() >= TargetForm.LONGEST_PLAN) {
                result.rejectValue("toYear", "targets.toYear.tooLong", new Object[] {TargetForm.LONGEST_PLAN}, null);
            }
        }
        if (result.hasErrors()) {
            model.addAttribute("indicator", indicator);
            return FORM;
        }
        targets.save(indicator, form.value(), form.years(), user.getName());
        redirect.addFlashAttribute("flash", messages.getMessage("targets.saved",
                new Object[] {messages.getMessage("indicator." + indicator.name(), null, locale)}, locale));
        return "redirect:/admin/targets";
    }

    private static Indicator indicator(String slug) {
        return Indicator.ofSlug(slug).orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
    }
}
