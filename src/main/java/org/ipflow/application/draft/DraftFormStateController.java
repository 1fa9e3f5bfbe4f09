package org.ipflow.application.draft;

import jakarta.servlet.http.HttpServletRequest;
import java.util.List;
import java.util.Map;
import org.ipflow.application.ApplicationNotFound;
import org.ipflow.application.Applications;
import org.ipflow.forms.FormDataBinder;
import org.ipflow.forms.FormSchema;
import org.ipflow.forms.FormStates;
import org.ipflow.programme.Programme;
import org.ipflow.programme.ProgrammeCatalog;
import org.springframework.http.MediaType;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * {@code POST /applications/new/{programme}/form-state}: which of the programme's start form's components
 * are hidden for the values on screen, so that the draft page shows and hides them as the applicant types
 * ({@code js/form-state.js}) by the server's one implementation of FEEL, as the task page does. Allowed to
 * whoever may start a draft (the {@code /applications/new/**} rule), with the session's CSRF token; it
 * stores nothing and tells nothing but what the start form, open to them, says.
 */
@RestController
class DraftFormStateController {

    private final ProgrammeCatalog programmes;
    private final Applications applications;
    private final FormDataBinder binder;
    private final FormStates states;

    DraftFormStateController(ProgrammeCatalog programmes, Applications applications, FormDataBinder binder,
            FormStates states) {
        this.programmes = programmes;
        this.applications = applications;
        this.binder = binder;
        this.states = states;
    }

    @PostMapping(value = "/applications/new/{programme}/form-state", produces = MediaType.APPLICATION_JSON_VALUE)
    Map<String, List<String>> state(@PathVariable String programme, HttpServletRequest request) {
        Programme p = programmes.find(programme).orElseThrow(() -> new ApplicationNotFound(programme));
        FormSchema schema = applications.form(p);
        Map<String, Object> values = binder.bind(schema, request.getParameterMap());
        return Map.of("hidden", states.evaluate(schema, values, Map.of()).hidden().stream().sorted().toList());
    }
}
