package org.ipflow.application;

import jakarta.servlet.http.HttpServletRequest;
import java.io.IOException;
import java.util.Map;
import java.util.Optional;
import org.ipflow.application.internal.Documents;
import org.ipflow.forms.FormDataBinder;
import org.ipflow.forms.FormSchema;
import org.ipflow.programme.Programme;
import org.ipflow.programme.ProgrammeCatalog;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The enterprise's editing pages: a new draft from the programme's start form, saving half-filled,
 * documents, and submission. Refused input re-renders the same page with messages at the fields and
 * the user's input kept.
 */
@Controller
class DraftController {

    private final Applications applications;
    private final Documents documents;
    private final ProgrammeCatalog programmes;
    private final FormDataBinder binder;
    private final DraftPage page;

    DraftController(Applications applications, Documents documents, ProgrammeCatalog programmes, FormDataBinder binder,
            DraftPage page) {
        this.applications = applications;
        this.documents = documents;
        this.programmes = programmes;
        this.binder = binder;
        this.page = page;
    }

    @GetMapping("/applications/new/{programme}")
    String newDraft(@PathVariable String programme, Authentication user, Model model) {
        Programme p = programmes.find(programme).orElseThrow(() -> new ApplicationNotFound(programme));
        // Told before typing, not after: the same reason refuses the draft when it is saved.
        Map<String, String> refusal = applications.draftRefusal(user.getName(), p).map(r -> Map.of("programme", r))
                .orElse(Map.of());
        return page.render(model, p, null, Map.of(), refusal, Optional.empty());
    }

    @PostMapping("/applications/new/{programme}")
    String create(@PathVariable String programme, @RequestParam(required = false) String createToken,
            HttpServletRequest request, Authentication user, Model model, RedirectAttributes redirect) {
        Programme p = programmes.find(programme).orElseThrow(() -> new ApplicationNotFound(programme));
        if (createToken != null && !createToken.isBlank()) {
            model.addAttribute("createToken", createToken);
        }
        FormSchema schema = applications.form(p);
        Map<String, Object> data = binder.bind(schema, request.getParameterMap());
        Optional<String> addRow = binder.addRowRequest(request.getParameterMap());
        if (addRow.isPresent()) {
            return page.render(model, p, null, data, Map.of(), addRow);
        }
        try {
            // The page's token: a double click or a resent form makes one draft and shows it.
            Application draft = applications.createDraft(user.getName(), programme, data,
                    createToken == null || createToken.isBlank() ? null : createToken);
            redirect.addFlashAttribute("flash", page.message("application.saved", draft.number()));
            return "redirect:/applications/" + draft.id() + "/edit";
        } catch (ValidationFailed e) {
            return page.render(model, p, null, data, e.errors(), Optional.empty());
        }
    }

    @GetMapping("/applications/{id}/edit")
    String edit(@PathVariable long id, Authentication user, Model model) {
        Application application = applications.editable(user.getName(), id);
        Programme p = programmes.find(application.programmeKey()).orElseThrow();
        return page.render(model, p, application, application.data(), Map.of(), Optional.empty());
    }

    @PostMapping("/applications/{id}")
    String save(@PathVariable long id, HttpServletRequest request, Authentication user, Model model,
            RedirectAttributes redirect) {
        Application application = applications.editable(user.getName(), id);
        Programme p = programmes.find(application.programmeKey()).orElseThrow();
        Map<String, Object> data = binder.bind(applications.form(application, p), request.getParameterMap());
        Optional<String> addRow = binder.addRowRequest(request.getParameterMap());
        if (addRow.isPresent()) {
            return page.render(model, p, application, data, Map.of(), addRow);
        }
        try {
            applications.updateDraft(user.getName(), id, data);
            redirect.addFlashAttribute("flash", page.message("application.saved", application.number()));
            return "redirect:/applications/" + id + "/edit";
        } catch (ValidationFailed e) {
            return page.render(model, p, application, data, e.errors(), Optional.empty());
        }
    }

    @PostMapping("/applications/{id}/submit")
    String submit(@PathVariable long id, @RequestParam(required = false) String submitToken, Authentication user,
            Model model, RedirectAttributes redirect) {
        try {
            // The page's token: a double click or a resent form submits once and shows the same result.
            Application submitted = applications.submit(user.getName(), id, submitToken);
            redirect.addFlashAttribute("flash", page.message("application.submitted", submitted.number()));
            return "redirect:/applications/" + id;
        } catch (ValidationFailed e) {
            Application application = applications.editable(user.getName(), id);
            Programme p = programmes.find(application.programmeKey()).orElseThrow();
            model.addAttribute("flashError", page.message("application.submitRefused"));
            return page.render(model, p, application, application.data(), e.errors(), Optional.empty());
        }
    }

    @PostMapping("/applications/{id}/documents")
    String upload(@PathVariable long id, @RequestParam String kind, @RequestParam MultipartFile file,
            Authentication user, RedirectAttributes redirect) throws IOException {
        try {
            Attachment a = documents.attach(user.getName(), id, kind, file.getOriginalFilename(), file.getBytes());
            redirect.addFlashAttribute("flash", page.message("document.uploaded", a.fileName()));
        } catch (ValidationFailed e) {
            redirect.addFlashAttribute("flashError", String.join(" ", e.errors().values()));
        }
        return "redirect:/applications/" + id + "/edit#documents";
    }

    @PostMapping("/applications/{id}/documents/{documentId}/delete")
    String delete(@PathVariable long id, @PathVariable long documentId, Authentication user,
            RedirectAttributes redirect) {
        documents.detach(user.getName(), id, documentId);
        redirect.addFlashAttribute("flash", page.message("document.deleted"));
        return "redirect:/applications/" + id + "/edit#documents";
    }
}
