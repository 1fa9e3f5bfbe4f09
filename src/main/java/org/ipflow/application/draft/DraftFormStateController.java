package org.ipflow.application.draft;

import jakarta.servlet.http.HttpServletRequest;
import java.util.Locale;
import java.util.Map;
import org.ipflow.application.ApplicationNotFound;
import org.ipflow.application.Applications;
import org.ipflow.forms.FormDataBinder;
import org.ipflow.forms.FormSchema;
import org.ipflow.forms.FormStateAnswer;
import org.ipflow.forms.FormStateAnswers;
import org.ipflow.programme.Programme;
import org.ipflow.programme.ProgrammeCatalog;
import org.springframework.http.MediaType;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * {@code POST /applications/new/{programme}/form-state}: what the programme's start form's FEEL and templates
 * make of the values on screen ({@link FormStateAnswer}), so that the draft page follows them as the applicant types
 * ({@code js/form-state.js}) by the server's one implementation of FEEL, as the task page does. Allowed to
 * whoever may start a draft (the {@code /applications/new/**} rule), with the session's CSRF token; it
 * stores nothing and tells nothing but what the start form, open to them, says.
 */
@RestController
class DraftFormStateController {

    private final ProgrammeCatalog programmes;
    private final Applications applications;
    private final FormDataBinder binder;
    private final FormStateAnswers answers;

    DraftFormStateController(ProgrammeCatalog programmes, Applications applications, FormDataBinder binder,
            FormStateAnswers answers) {
        this.programmes = programmes;
        this.applications = applications;
        this.binder = binder;
        this.answers = answers;
    }

    @PostMapping(value = "/applications/new/{programme}/form-state", produces = MediaType.APPLICATION_JSON_VALUE)
    FormStateAnswer state(@PathVariable String programme, HttpServletRequest request, Locale locale) {
        Programme p = programmes.find(programme).orElseThrow(() -> new ApplicationNotFound(programme));
        FormSchema schema = applications.form(p);
        Map<String, Object> values = binder.bind(schema, request.getParameterMap());
        return answers.answer(schema, values, Map.of(), locale);
    }
}
