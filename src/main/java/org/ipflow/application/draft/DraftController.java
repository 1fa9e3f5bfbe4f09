package org.ipflow.application.draft;

import jakarta.servlet.http.HttpServletRequest;
import java.util.Map;
import java.util.Optional;
import org.ipflow.application.Application;
import org.ipflow.application.ApplicationNotFound;
import org.ipflow.application.Applications;
import org.ipflow.application.StateConflict;
import org.ipflow.application.ValidationFailed;
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
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The enterprise's editing pages: a new draft from the programme's start form, saving half-filled, and
 * submission, which saves what is on screen first ({@link DraftOnScreen}). Refused input re-renders the same page with messages
 * at the fields and the user's input kept. Documents: {@link DraftDocumentsController}; the page's
 * background saves: {@link DraftAutosaveController}.
 */
@Controller
class DraftController {

    private final Applications applications;
    private final ProgrammeCatalog programmes;
    private final FormDataBinder binder;
    private final DraftPage page;
    private final DraftOnScreen onScreen;

    DraftController(Applications applications, ProgrammeCatalog programmes, FormDataBinder binder, DraftPage page,
            DraftOnScreen onScreen) {
        this.applications = applications;
        this.programmes = programmes;
        this.binder = binder;
        this.page = page;
        this.onScreen = onScreen;
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
        if (changesRows(request)) {
            return page.render(model, p, null, data, Map.of(), binder.addRowRequest(request.getParameterMap()));
        }
        try {
            // The page's token: a double click or a resent form makes one draft and shows it.
            Application draft = applications.createDraft(user.getName(), programme, data,
                    createToken == null || createToken.isBlank() ? null : createToken);
            redirect.addFlashAttribute("flash", page.message("application.saved"));
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
        if (changesRows(request)) {
            return page.render(model, p, application, data, Map.of(), binder.addRowRequest(request.getParameterMap()));
        }
        try {
            applications.updateDraft(user.getName(), id, data);
            redirect.addFlashAttribute("flash", page.message("application.saved"));
            return "redirect:/applications/" + id + "/edit";
        } catch (ValidationFailed e) {
            return page.render(model, p, application, data, e.errors(), Optional.empty());
        }
    }

    /**
     * Saves what is on screen, then submits: a choice made and submitted at once counts, not the draft as
     * last saved. The save stays even if the submission is refused.
     */
    @PostMapping("/applications/{id}/submit")
    String submit(@PathVariable long id, @RequestParam(required = false) String submitToken,
            HttpServletRequest request, Authentication user, Model model, RedirectAttributes redirect) {
        if (DraftOnScreen.carriesDraft(request)) {
            Optional<String> refused = saveShown(id, request, user, model);
            if (refused.isPresent()) {
                return refused.get();
            }
        }
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

    /** The page refusing what was on screen, if the draft could not keep it; else nothing, the draft saved. */
    private Optional<String> saveShown(long id, HttpServletRequest request, Authentication user, Model model) {
        DraftOnScreen.Saved saved;
        try {
            saved = onScreen.save(user.getName(), id, request);
        } catch (StateConflict resent) {
            // Submitted already, e.g. by the first of a double click: the token answers as that one did.
            return Optional.empty();
        }
        if (!saved.refused()) {
            return Optional.empty();
        }
        model.addAttribute("flashError", page.message("application.submitRefused"));
        return Optional.of(page.render(model, saved.programme(), saved.application(), saved.data(), saved.errors(),
                Optional.empty()));
    }

    /** "Add a row" and "remove this row" show the form again, changed, and save nothing. */
    private boolean changesRows(HttpServletRequest request) {
        return binder.addRowRequest(request.getParameterMap()).isPresent()
                || binder.removeRowRequest(request.getParameterMap()).isPresent();
    }
}
