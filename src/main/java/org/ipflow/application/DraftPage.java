package org.ipflow.application;

import java.util.Map;
import java.util.Optional;
import org.ipflow.application.internal.Documents;
import org.ipflow.forms.FormRenderer;
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

    private final Applications applications;
    private final Documents documents;
    private final FormRenderer renderer;
    private final MessageSource messages;
    private final ProgrammeCalls calls;
    private final OfficeTime officeTime;

    DraftPage(Applications applications, Documents documents, FormRenderer renderer, MessageSource messages,
            ProgrammeCalls calls, OfficeTime officeTime) {
        this.calls = calls;
        this.officeTime = officeTime;
        this.applications = applications;
        this.documents = documents;
        this.renderer = renderer;
        this.messages = messages;
    }

    String render(Model model, Programme programme, Application application, Map<String, ?> data,
            Map<String, String> errors, Optional<String> addRow) {
        var locale = LocaleContextHolder.getLocale();
        model.addAttribute("programme", programme);
        model.addAttribute("programmeName", programme.name(locale));
        model.addAttribute("app", application);
        // A dynamic list always shows one empty row; "add row" first saves nothing and shows the next one.
        model.addAttribute("form", renderer.render(applications.form(application, programme), data, errors, locale,
                addRow.map(key -> Map.of(key, 0)).orElse(Map.of())));
        model.addAttribute("errors", errors);
        model.addAttribute("openCall", calls.openNow(programme.key()).map(c -> c.closesAt() == null
                ? message("applications.openCallStanding", c.name(locale))
                : message("applications.openCall", c.name(locale), officeTime.minutes(c.closesAt())))
                .orElse(null));
        // A fresh token per rendering: the submit form sends it, so resending that form submits once.
        model.addAttribute("submitToken", java.util.UUID.randomUUID().toString());
        // The new-draft form's token: kept while the same form is shown again (an added row, a refused
        // input), so that its first successful save, however often it is sent, makes one draft.
        if (!model.containsAttribute("createToken")) {
            model.addAttribute("createToken", java.util.UUID.randomUUID().toString());
        }
        model.addAttribute("documentKinds", programme.documents());
        model.addAttribute("attachments", application == null ? java.util.List.of() : documents.list(application.id()));
        model.addAttribute("missing", application == null ? programme.documents()
                : documents.missing(programme, application.id()));
        return "applications/edit";
    }

    String message(String code, Object... args) {
        return messages.getMessage(code, args, code, LocaleContextHolder.getLocale());
    }
}
