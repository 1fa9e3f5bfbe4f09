package org.ipflow.application.draft;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.ipflow.application.Application;
import org.ipflow.application.ApplicationFormDocuments;
import org.ipflow.application.Applications;
import org.ipflow.application.internal.Documents;
import org.ipflow.forms.FormDocuments;
import org.ipflow.forms.FormRenderer;
import org.ipflow.forms.FormSchema;
import org.ipflow.forms.FormStates;
import org.ipflow.programme.Programme.DocumentKind;
import org.ipflow.programme.Programme;
import org.ipflow.programme.ProgrammeCalls;
import org.ipflow.shared.OfficeTime;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Component;
import org.springframework.ui.Model;

/** Fills the model of the draft page, so that every path through the editor renders it the same way. */
@Component
class DraftPage {

    /**
     * A hidden field of the draft page's form, naming its start form: a post that carries it carries what
     * is on screen, which "submit" saves first. Posts without it (scripts, older pages) submit what is stored.
     */
    static final String SHOWN_FORM = "_shownForm";

    private final Applications applications;
    private final Documents documents;
    private final FormRenderer renderer;
    private final MessageSource messages;
    private final ProgrammeCalls calls;
    private final OfficeTime officeTime;
    private final Documents.UploadLimits uploads;
    private final FormStates states;
    private final ApplicationFormDocuments formDocuments;

    DraftPage(Applications applications, Documents documents, FormRenderer renderer, MessageSource messages,
            ProgrammeCalls calls, OfficeTime officeTime, Documents.UploadLimits uploads, FormStates states,
            ApplicationFormDocuments formDocuments) {
        this.formDocuments = formDocuments;
        this.states = states;
        this.calls = calls;
        this.officeTime = officeTime;
        this.applications = applications;
        this.documents = documents;
        this.renderer = renderer;
        this.messages = messages;
        this.uploads = uploads;
    }

    String render(Model model, Programme programme, Application application, Map<String, ?> data,
            Map<String, String> errors, Optional<String> addRow) {
        var locale = LocaleContextHolder.getLocale();
        model.addAttribute("programme", programme);
        model.addAttribute("programmeName", programme.name(locale));
        model.addAttribute("app", application);
        // A list shows one empty row only while it has none; "add row" saves nothing and shows one more.
        FormSchema schema = applications.form(application, programme);
        model.addAttribute("form", renderer.render(schema, data, errors, locale,
                addRow.map(key -> Map.of(key, 1)).orElse(Map.of()), Map.of(), application == null ? FormDocuments.NONE
                        : formDocuments.of(application.id(), ApplicationFormDocuments.DRAFT_UPLOAD)));
        // the fields the form's conditional.hide hides for what is on screen, as saving will drop them
        model.addAttribute("formState", states.evaluate(schema, data, Map.of()));
        model.addAttribute("errors", errors);
        model.addAttribute("openCall", calls.openNow(programme.key()).map(c -> c.closesAt() == null
                ? message("applications.openCallStanding", c.name(locale))
                : message("applications.openCall", c.name(locale), officeTime.minutes(c.closesAt())))
                .orElse(null));
        // A fresh token per rendering: the submit button sends it, so resending that form submits once.
        model.addAttribute("submitToken", UUID.randomUUID().toString());
        // The new-draft form's token: kept while the same form is shown again (an added row, a refused
        // input), so that its first successful save, however often it is sent, makes one draft.
        if (!model.containsAttribute("createToken")) {
            model.addAttribute("createToken", UUID.randomUUID().toString());
        }
        model.addAttribute("savedAt", application == null ? null
                : message("draft.savedAt", officeTime.recent(application.updatedAt())));
        documents(model, programme, application);
        return "applications/edit";
    }

    /** The documents part: what is there and missing, the kind to upload next, and the size bound the page checks. */
    private void documents(Model model, Programme programme, Application application) {
        List<DocumentKind> missing = application == null ? programme.documents()
                : documents.missing(programme, application.id());
        model.addAttribute("documentKinds", programme.documents());
        model.addAttribute("attachments", application == null ? List.of() : documents.list(application.id()));
        model.addAttribute("missing", missing);
        // After a refused upload the kind the user chose (a flash attribute); else the first one still missing.
        if (!model.containsAttribute("documentKind")) {
            model.addAttribute("documentKind", missing.isEmpty() ? null : missing.get(0).kind());
        }
        model.addAttribute("maxUploadBytes", uploads.maxBytes());
        model.addAttribute("maxUploadMegabytes", uploads.maxBytes() / 1048576);
    }

    String message(String code, Object... args) {
        return messages.getMessage(code, args, code, LocaleContextHolder.getLocale());
    }
}
