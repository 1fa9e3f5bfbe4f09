package org.ipflow.application.draft;

import jakarta.servlet.http.HttpServletRequest;
import java.util.Map;
import org.ipflow.application.Application;
import org.ipflow.application.Applications;
import org.ipflow.application.ValidationFailed;
import org.ipflow.forms.FormDataBinder;
import org.ipflow.programme.Programme;
import org.ipflow.programme.ProgrammeCatalog;
import org.springframework.stereotype.Component;

/**
 * Saves what the draft page's form carried before the button that sent it does its own work (submit,
 * upload a document): what was typed and not yet saved counts, and is not lost, with or without script.
 */
@Component
class DraftOnScreen {

    private final Applications applications;
    private final ProgrammeCatalog programmes;
    private final FormDataBinder binder;

    DraftOnScreen(Applications applications, ProgrammeCatalog programmes, FormDataBinder binder) {
        this.applications = applications;
        this.programmes = programmes;
        this.binder = binder;
    }

    /** The draft as the form showed it; {@code errors} empty when it was saved, else why not (nothing saved). */
    record Saved(Application application, Programme programme, Map<String, Object> data, Map<String, String> errors) {

        boolean refused() {
            return !errors.isEmpty();
        }
    }

    /** Whether the post came from the draft page's form, which names the form it showed. */
    static boolean carriesDraft(HttpServletRequest request) {
        return request.getParameter(DraftPage.SHOWN_FORM) != null;
    }

    /** @throws org.ipflow.application.StateConflict when the draft can no longer be changed (submitted meanwhile) */
    Saved save(String username, long id, HttpServletRequest request) {
        Application application = applications.editable(username, id);
        Programme programme = programmes.find(application.programmeKey()).orElseThrow();
        Map<String, Object> data = binder.bind(applications.form(application, programme), request.getParameterMap());
        try {
            applications.updateDraft(username, id, data);
            return new Saved(application, programme, data, Map.of());
        } catch (ValidationFailed e) {
            return new Saved(application, programme, data, e.errors());
        }
    }
}
