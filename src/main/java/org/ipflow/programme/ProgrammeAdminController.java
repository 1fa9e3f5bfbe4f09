package org.ipflow.programme;

import java.security.Principal;
import java.util.Map;
import java.util.stream.Collectors;
import org.ipflow.shared.Region;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The administrator's programme pages ({@code /admin/programmes}, admin-only like all of /admin): the
 * catalogue with each programme's status and current call, a form to define or edit a programme, its
 * calls (with budget, committed and paid), its expert settings and project terms, retiring and
 * reactivating. Refused input shows the same page with the messages next to the fields and everything typed
 * kept.
 */
@Controller
class ProgrammeAdminController {

    private final ProgrammeRepository repository;
    private final ProgrammeAdministration administration;
    private final ProgrammeCalls calls;
    private final MessageSource messages;
    private final CallSpending spending;
    private final ProgrammeExpertSettings expertSettings;
    private final Rubrics rubrics;
    private final ProjectTerms projectTerms;

    ProgrammeAdminController(ProgrammeRepository repository, ProgrammeAdministration administration,
            ProgrammeCalls calls, MessageSource messages, CallSpending spending, ProgrammeExpertSettings expertSettings,
            Rubrics rubrics, ProjectTerms projectTerms) {
        this.projectTerms = projectTerms;
        this.spending = spending;
        this.expertSettings = expertSettings;
        this.rubrics = rubrics;
        this.repository = repository;
        this.administration = administration;
        this.calls = calls;
        this.messages = messages;
    }

    @GetMapping("/admin/programmes")
    String list(Model model) {
        var rows = repository.list(false);
        model.addAttribute("rows", rows);
        model.addAttribute("openCalls", rows.stream().collect(Collectors.toMap(r -> r.programme().key(),
                r -> calls.openNow(r.programme().key()).map(c -> c.name(LocaleContextHolder.getLocale())).orElse(""))));
        return "admin/programmes";
    }

    @GetMapping("/admin/programmes/new")
    String newProgramme(Model model) {
        return form(model, ProgrammeForm.empty(), Map.of(), null);
    }

    @PostMapping("/admin/programmes")
    String create(@ModelAttribute("programme") ProgrammeForm form, Principal user, Model model,
            RedirectAttributes redirect) {
        var outcome = administration.create(form, user.getName());
        if (!outcome.done()) {
            return form(model, form, outcome.problems(), null);
        }
        redirect.addFlashAttribute("flash", message("programmes.created", form.key()));
        return "redirect:/admin/programmes/" + form.key();
    }

    @GetMapping("/admin/programmes/{key}")
    String edit(@PathVariable String key, Model model) {
        var row = repository.find(key).orElseThrow(() -> new ProgrammeNotFound(key));
        return form(model, ProgrammeForm.of(row.programme(), row.version()), Map.of(), row);
    }

    @PostMapping("/admin/programmes/{key}")
    String update(@PathVariable String key, @ModelAttribute("programme") ProgrammeForm form, Principal user,
            Model model, RedirectAttributes redirect) {
        var row = repository.find(key).orElseThrow(() -> new ProgrammeNotFound(key));
        var outcome = administration.update(key, form, user.getName());
        if (outcome.conflict()) {
            model.addAttribute("flashError", message("programmes.conflict"));
        }
        if (!outcome.done()) {
            return form(model, form, outcome.problems(), row);
        }
        redirect.addFlashAttribute("flash", message("programmes.saved", key));
        return "redirect:/admin/programmes/" + key;
    }

    @PostMapping("/admin/programmes/{key}/retire")
    String retire(@PathVariable String key, Principal user, RedirectAttributes redirect) {
        administration.changeStatus(key, Programme.Status.RETIRED, user.getName());
        redirect.addFlashAttribute("flash", message("programmes.retired", key));
        return "redirect:/admin/programmes/" + key;
    }

    @PostMapping("/admin/programmes/{key}/reactivate")
    String reactivate(@PathVariable String key, Principal user, RedirectAttributes redirect) {
        administration.changeStatus(key, Programme.Status.ACTIVE, user.getName());
        redirect.addFlashAttribute("flash", message("programmes.reactivated", key));
        return "redirect:/admin/programmes/" + key;
    }

    @PostMapping("/admin/programmes/{key}/calls")
    String addCall(@PathVariable String key, @ModelAttribute CallForm call, Principal user, Model model,
            RedirectAttributes redirect) {
        var outcome = administration.addCall(key, call, user.getName());
        if (!outcome.done()) {
            model.addAttribute("newCall", call);
            model.addAttribute("newCallErrors", messages(outcome.problems()));
            return edit(key, model);
        }
        redirect.addFlashAttribute("flash", message("calls.added", call.nameZh()));
        return "redirect:/admin/programmes/" + key + "#calls";
    }

    @PostMapping("/admin/programmes/{key}/calls/{id}")
    String changeCall(@PathVariable String key, @PathVariable long id, @ModelAttribute CallForm call, Principal user,
            Model model, RedirectAttributes redirect) {
        var outcome = administration.changeCall(key, id, call, user.getName());
        if (!outcome.done()) {
            model.addAttribute("editedCall", id);
            model.addAttribute("editedCallForm", call);
            model.addAttribute("editedCallErrors", messages(outcome.problems()));
            return edit(key, model);
        }
        redirect.addFlashAttribute("flash", message("calls.saved", call.nameZh()));
        return "redirect:/admin/programmes/" + key + "#calls";
    }

    /** The expert settings and the rubric, saved together; refused input shows the page with the messages. */
    @PostMapping("/admin/programmes/{key}/experts")
    String saveExperts(@PathVariable String key, @ModelAttribute ExpertSettingsForm experts, Principal user, Model model,
            RedirectAttributes redirect) {
        repository.find(key).orElseThrow(() -> new ProgrammeNotFound(key));
        Map<String, String> problems = experts.problems();
        if (!problems.isEmpty()) {
            model.addAttribute("experts", experts);
            model.addAttribute("expertErrors", messages(problems));
            return edit(key, model);
        }
        administration.saveExperts(key, experts.settings(), experts.criteria(), user.getName());
        redirect.addFlashAttribute("flash", message("programmes.experts.saved"));
        return "redirect:/admin/programmes/" + key + "#experts";
    }

    @PostMapping("/admin/programmes/{key}/calls/{id}/close")
    String closeCall(@PathVariable String key, @PathVariable long id, Principal user, RedirectAttributes redirect) {
        administration.closeCall(key, id, user.getName());
        redirect.addFlashAttribute("flash", message("calls.closed"));
        return "redirect:/admin/programmes/" + key + "#calls";
    }

    private String form(Model model, ProgrammeForm form, Map<String, String> errors, ProgrammeRepository.Row row) {
        model.addAttribute("programme", form);
        model.addAttribute("errors", errors);
        model.addAttribute("row", row);
        model.addAttribute("regions", Region.values());
        model.addAttribute("noErrors", Map.of());
        if (row != null) {
            var now = ProgrammeCalls.now();
            model.addAttribute("calls", calls.of(row.programme().key()).stream()
                    .map(c -> new CallView(c, CallForm.of(c), c.state(now), spending.of(c.id()))).toList());
        }
        if (row != null && !model.containsAttribute("experts")) {
            String key = row.programme().key();
            model.addAttribute("experts", ExpertSettingsForm.of(expertSettings.of(key), rubrics.of(key)));
            model.addAttribute("expertErrors", Map.of());
        }
        if (row != null && !model.containsAttribute("terms")) {
            model.addAttribute("terms", ProjectTermsForm.of(projectTerms.of(row.programme().key()),
                    projectTerms.chosenReportForm(row.programme().key())));
            model.addAttribute("termsErrors", Map.of());
        }
        if (!model.containsAttribute("newCall")) {
            model.addAttribute("newCall", new CallForm(null, null, null, null, null));
            model.addAttribute("newCallErrors", Map.of());
        }
        return "admin/programme";
    }

    /** A call as its row shows it: the call, its dates as the inputs take them, where it stands now, its money. */
    record CallView(Call call, CallForm form, Call.State state, CallSpending.Spending spending) {
    }

    private Map<String, String> messages(Map<String, String> codes) {
        return codes.entrySet().stream().collect(Collectors.toMap(Map.Entry::getKey, e -> message(e.getValue()),
                (a, b) -> a, java.util.LinkedHashMap::new));
    }

    private String message(String code, Object... args) {
        return messages.getMessage(code, args, code, LocaleContextHolder.getLocale());
    }
}
