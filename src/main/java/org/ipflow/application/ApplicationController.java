package org.ipflow.application;

import java.nio.charset.StandardCharsets;
import org.ipflow.application.internal.ApplicationAccess;
import org.ipflow.application.internal.ApplicationProcess;
import org.ipflow.application.internal.Documents;
import org.ipflow.forms.FormRenderer;
import org.ipflow.identity.Roles;
import org.ipflow.programme.ProgrammeCalls;
import org.ipflow.programme.ProgrammeCatalog;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * "My applications", the detail page with progress, timeline and (for staff) the diagram, document downloads,
 * and the enterprise's deleting of a draft and withdrawing of an application.
 */
@Controller
class ApplicationController {

    private final Applications applications;
    private final ApplicationDetails details;
    private final Documents documents;
    private final ApplicationProcess process;
    private final ProgrammeCatalog programmes;
    private final FormRenderer renderer;
    private final ProgrammeCalls calls;
    private final MessageSource messages;
    private final PaymentPlans plans;
    private final ApplicationNotes notes;
    private final ProjectResults results;
    private final ReportForms reportForms;

    ApplicationController(Applications applications, ApplicationDetails details, Documents documents,
            ApplicationProcess process, ProgrammeCatalog programmes, FormRenderer renderer, ProgrammeCalls calls,
            MessageSource messages, ApplicationNotes notes, ProjectResults results, PaymentPlans plans,
            ReportForms reportForms) {
        this.plans = plans;
        this.results = results;
        this.reportForms = reportForms;
        this.notes = notes;
        this.messages = messages;
        this.calls = calls;
        this.applications = applications;
        this.details = details;
        this.documents = documents;
        this.process = process;
        this.programmes = programmes;
        this.renderer = renderer;
    }

    @GetMapping("/programmes")
    String programmes(Model model) {
        var active = programmes.all();
        model.addAttribute("programmes", active);
        var open = new java.util.HashMap<String, org.ipflow.programme.Call>();
        active.forEach(p -> calls.openNow(p.key()).ifPresent(c -> open.put(p.key(), c)));
        model.addAttribute("openCalls", open);
        return "applications/programmes";
    }

    @GetMapping("/applications")
    String list(Authentication user, @RequestParam(required = false) String q, Model model) {
        if (!ApplicationAccess.isStaff(user.getAuthorities())
                && user.getAuthorities().stream().anyMatch(r -> Roles.EXPERT.equals(r.getAuthority()))) {
            // An expert's applications are the ones drawn for them, and their inbox lists exactly those.
            return "redirect:/tasks";
        }
        var list = applications.listFor(user, q, 200);
        model.addAttribute("applications", list);
        model.addAttribute("q", q);
        model.addAttribute("staff", ApplicationAccess.isStaff(user.getAuthorities()));
        model.addAttribute("steps", process.currentStepNames(list));
        model.addAttribute("programmeNames", programmes.everything().stream().collect(java.util.stream.Collectors.toMap(
                p -> p.key(), p -> p.name(LocaleContextHolder.getLocale()))));
        return "applications/list";
    }

    @GetMapping("/applications/{id}")
    String detail(@PathVariable long id, Authentication user, Model model) {
        ApplicationDetails.View view = details.view(user, id);
        Application application = view.application();
        var programme = programmes.find(application.programmeKey()).orElseThrow();
        model.addAttribute("view", view);
        model.addAttribute("plan", plans.of(application, view.payments()));
        model.addAttribute("app", application);
        model.addAttribute("programme", programme);
        model.addAttribute("form", renderer.render(applications.form(application, programme), application.data(), java.util.Map.of(),
                LocaleContextHolder.getLocale(), java.util.Map.of(), java.util.Map.of(),
                ApplicationFormDocuments.of(id, view.attachments(), null)));
        model.addAttribute("active", String.join(",", view.activeActivities()));
        model.addAttribute("done", String.join(",", view.timeline().stream().map(Decision::stepKey).distinct().toList()));
        // Internal notes are the office's: the enterprise's page has no trace of them.
        model.addAttribute("notes", ApplicationAccess.isStaff(user.getAuthorities()) ? notes.of(user, id) : null);
        resultsReport(model, user, application);
        return "applications/detail";
    }

    /** The report as sent and, while one is due, the programme's report form with what was typed or sent. */
    private void resultsReport(Model model, Authentication user, Application application) {
        var locale = LocaleContextHolder.getLocale();
        ProjectResult sent = results.of(user, application.id()).orElse(null);
        model.addAttribute("results", sent);
        model.addAttribute("resultsView", sent == null ? null : reportForms.shown(application.programmeKey(), sent, locale));
        boolean due = !ApplicationAccess.isStaff(user.getAuthorities()) && process.waitsForResults(application);
        model.addAttribute("resultsDue", due);
        if (!model.containsAttribute("resultsErrors")) {
            model.addAttribute("resultsErrors", java.util.Map.of());
        }
        if (due) {
            Object typed = model.getAttribute("resultsData");
            @SuppressWarnings("unchecked")
            java.util.Map<String, ?> data = typed != null ? (java.util.Map<String, ?>) typed
                    : sent == null ? java.util.Map.of() : sent.asFormData();
            @SuppressWarnings("unchecked")
            var errors = (java.util.Map<String, String>) model.getAttribute("resultsErrors");
            model.addAttribute("resultsForm", reportForms.entry(application.programmeKey(), data, errors, locale));
        }
    }

    @PostMapping("/applications/{id}/delete")
    String delete(@PathVariable long id, Authentication user, RedirectAttributes redirect) {
        applications.deleteDraft(user.getName(), id);
        redirect.addFlashAttribute("flash", message("application.deleted"));
        return "redirect:/applications";
    }

    @PostMapping("/applications/{id}/withdraw")
    String withdraw(@PathVariable long id, @RequestParam(defaultValue = "") String reason, Authentication user,
            RedirectAttributes redirect) {
        try {
            Application withdrawn = applications.withdraw(user.getName(), id, reason);
            redirect.addFlashAttribute("flash", message("application.withdrawn", withdrawn.number()));
        } catch (ValidationFailed invalid) {
            redirect.addFlashAttribute("flashError", invalid.errors().get("reason"));
        }
        return "redirect:/applications/" + id;
    }

    private String message(String code, Object... args) {
        return messages.getMessage(code, args, code, LocaleContextHolder.getLocale());
    }

    @GetMapping("/applications/{id}/documents/{documentId}")
    ResponseEntity<byte[]> download(@PathVariable long id, @PathVariable long documentId, Authentication user) {
        Documents.Download download = documents.download(user, id, documentId);
        return ResponseEntity.ok()
                .contentType(MediaType.parseMediaType(download.attachment().contentType()))
                .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment()
                        .filename(download.attachment().fileName(), StandardCharsets.UTF_8).build().toString())
                .header("X-Content-Type-Options", "nosniff")
                .body(download.content());
    }

    @GetMapping(value = "/applications/{id}/diagram.bpmn", produces = MediaType.APPLICATION_XML_VALUE)
    ResponseEntity<String> diagram(@PathVariable long id, Authentication user) {
        Application application = applications.visible(user, id);
        return ResponseEntity.ok().contentType(MediaType.APPLICATION_XML).body(process.diagram(application));
    }
}
