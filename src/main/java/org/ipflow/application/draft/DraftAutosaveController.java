package org.ipflow.application.draft;

import jakarta.servlet.http.HttpServletRequest;
import java.util.LinkedHashMap;
import java.util.Map;
import org.ipflow.application.Application;
import org.ipflow.application.ApplicationNotFound;
import org.ipflow.application.Applications;
import org.ipflow.forms.FormDataBinder;
import org.ipflow.programme.Programme;
import org.ipflow.programme.ProgrammeCatalog;
import org.ipflow.shared.OfficeTime;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.Authentication;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * The draft page's saves in the background while the user types and when they leave the page
 * ({@code js/draft-autosave.js}): the draft page's own form, posted with the session's CSRF token, saved by
 * the same rules as its "save" button (what is filled is checked, required fields are not), answered in
 * JSON so that the page stays as it is. A refusal answers as the API does (400 with the messages per field,
 * 409 when the draft is no longer editable), the stored draft unchanged.
 */
@RestController
class DraftAutosaveController {

    private final Applications applications;
    private final ProgrammeCatalog programmes;
    private final FormDataBinder binder;
    private final DraftPage page;
    private final OfficeTime officeTime;

    DraftAutosaveController(Applications applications, ProgrammeCatalog programmes, FormDataBinder binder,
            DraftPage page, OfficeTime officeTime) {
        this.applications = applications;
        this.programmes = programmes;
        this.binder = binder;
        this.page = page;
        this.officeTime = officeTime;
    }

    @PostMapping("/applications/{id}/autosave")
    Map<String, Object> save(@PathVariable long id, HttpServletRequest request, Authentication user) {
        Application application = applications.editable(user.getName(), id);
        Programme p = programmes.find(application.programmeKey()).orElseThrow();
        return saved(applications.updateDraft(user.getName(), id,
                binder.bind(applications.form(application, p), request.getParameterMap())));
    }

    /**
     * The first save of a new draft makes it, under the page's token: a repeated call makes no second
     * draft. The answer names the draft's addresses, which the page uses from then on.
     */
    @PostMapping("/applications/new/{programme}/autosave")
    ResponseEntity<Map<String, Object>> create(@PathVariable String programme, @RequestParam String createToken,
            HttpServletRequest request, Authentication user) {
        Programme p = programmes.find(programme).orElseThrow(() -> new ApplicationNotFound(programme));
        Application draft = applications.createDraft(user.getName(), programme,
                binder.bind(applications.form(p), request.getParameterMap()), createToken);
        String at = request.getContextPath() + "/applications/" + draft.id();
        Map<String, Object> answer = saved(draft);
        answer.put("id", draft.id());
        answer.put("number", draft.number());
        answer.put("action", at);
        answer.put("autosave", at + "/autosave");
        answer.put("edit", at + "/edit");
        return ResponseEntity.status(HttpStatus.CREATED).body(answer);
    }

    private Map<String, Object> saved(Application draft) {
        Map<String, Object> answer = new LinkedHashMap<>();
        answer.put("version", draft.version());
        answer.put("message", page.message("draft.savedAt", officeTime.recent(draft.updatedAt())));
        return answer;
    }
}
