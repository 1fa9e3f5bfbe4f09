package org.ipflow.application.internal;

import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import org.ipflow.application.Application;
import org.ipflow.application.ApplicationStatus;
import org.ipflow.application.DraftRule;
import org.ipflow.application.StateConflict;
import org.ipflow.application.ValidationFailed;
import org.ipflow.enterprise.Enterprise;
import org.ipflow.application.ApplicationFormDocuments;
import org.ipflow.forms.FormDocuments;
import org.ipflow.forms.FormErrors;
import org.ipflow.forms.FormSchema;
import org.ipflow.forms.FormSchemaValidator;
import org.ipflow.programme.Programme;
import org.ipflow.programme.ProgrammeCatalog;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Component;

/**
 * The enterprise's drafts: written in the programme's current start form, saved half-filled (only what is
 * filled is checked, then the {@link DraftRule}s), changed only while the enterprise may edit them and only
 * from the version the editor read.
 */
@Component
public class Drafts {

    private final ApplicationRepository repository;
    private final ApplicationAccess access;
    private final ProgrammeCatalog programmes;
    private final StartForms forms;
    private final ProgrammeAdmission admission;
    private final FormSchemaValidator validator;
    private final MessageSource messages;
    private final ClientTokens tokens;
    private final ObjectProvider<DraftRule> rules;
    private final ApplicationFormDocuments documents;

    Drafts(ApplicationRepository repository, ApplicationAccess access, ProgrammeCatalog programmes, StartForms forms, ProgrammeAdmission admission, FormSchemaValidator validator,
            MessageSource messages, ClientTokens tokens, ObjectProvider<DraftRule> rules, ApplicationFormDocuments documents) {
        this.documents = documents;
        this.repository = repository;
        this.access = access;
        this.programmes = programmes;
        this.forms = forms;
        this.admission = admission;
        this.validator = validator;
        this.messages = messages;
        this.tokens = tokens;
        this.rules = rules;
    }

    /** With a client token: a repeated or concurrent request with the same token answers the first one's draft. */
    public Application create(String username, String programmeKey, Map<String, Object> data, String token) {
        if (token != null) {
            Optional<Long> earlier = tokens.claim(username, token, IdempotencyKeys.Operation.CREATE, null);
            if (earlier.isPresent()) {
                return repository.findById(earlier.get()).orElseThrow();
            }
        }
        Application draft = newDraft(username, programmeKey, data);
        if (token != null) {
            tokens.created(username, token, draft.id());
        }
        return draft;
    }

    private Application newDraft(String username, String programmeKey, Map<String, Object> data) {
        Programme programme = programmes.find(programmeKey).orElseThrow(() -> new ValidationFailed(
                Map.of("programme", message("application.error.programme"))));
        Enterprise enterprise = access.enterpriseOf(username);
        admission.checkDraft(programme, enterprise);
        // a new draft has no documents yet, so a filepicker can name none
        Map<String, Object> clean = checked(forms.current(programme), data, enterprise.id(), FormDocuments.NONE);
        // No number yet: it is given at the first submission (Submission), so drafts never use one up.
        long id = repository.insertDraft(null, programme.key(), enterprise.id(),
                enterprise.region(), title(programme, clean), clean, amount(programme, clean), username);
        return repository.findById(id).orElseThrow();
    }

    public Application update(String username, long id, Map<String, Object> data) {
        Application application = editable(username, id);
        Programme programme = programmes.find(application.programmeKey()).orElseThrow();
        Map<String, Object> clean = checked(forms.of(application, programme), data, application.enterpriseId(),
                documents.of(id, null));
        if (!repository.updateData(id, application.version(), title(programme, clean), clean, amount(programme, clean))) {
            throw new StateConflict(message("application.error.concurrentChange"));
        }
        return repository.findById(id).orElseThrow();
    }

    /**
     * Deletes a draft of the user's enterprise with its documents; once submitted an application stays
     * (it can be withdrawn instead).
     */
    public void delete(String username, long id) {
        access.owned(username, id);
        repository.lock(id);
        if (repository.findById(id).orElseThrow().status() != ApplicationStatus.DRAFT) {
            throw new StateConflict(message("application.error.notDraft"));
        }
        repository.deleteDraft(id);
    }

    /** The user's application while its enterprise may change it: a draft, or returned for correction. */
    public Application editable(String username, long id) {
        return editable(access.owned(username, id));
    }

    /** The application, owned by the caller, if its enterprise may still change it. */
    Application editable(Application application) {
        if (!application.status().editableByEnterprise()) {
            throw new StateConflict(message("application.error.notEditable"));
        }
        return application;
    }

    /** What a draft may keep: its form's checks of what is filled, then the rules of the {@link DraftRule}s. */
    private Map<String, Object> checked(FormSchema schema, Map<String, Object> data, long enterpriseId,
            FormDocuments attached) {
        Map<String, Object> clean = validator.clean(schema, data == null ? Map.of() : data);
        FormErrors errors = validator.validate(schema, clean, false, Map.of(), attached);
        if (!errors.isEmpty()) {
            throw new ValidationFailed(errors.resolve(messages, LocaleContextHolder.getLocale()));
        }
        Map<String, String> broken = new LinkedHashMap<>();
        rules.orderedStream().forEach(rule -> broken.putAll(rule.check(enterpriseId, clean)));
        if (!broken.isEmpty()) {
            throw new ValidationFailed(broken);
        }
        return clean;
    }

    private static String title(Programme programme, Map<String, Object> data) {
        Object title = programme.titleField() == null ? null : data.get(programme.titleField());
        return title == null ? null : title.toString();
    }

    private static BigDecimal amount(Programme programme, Map<String, Object> data) {
        Object amount = programme.amountField() == null ? null : data.get(programme.amountField());
        return amount instanceof BigDecimal decimal ? decimal
                : amount instanceof Number number ? new BigDecimal(number.toString()) : null;
    }

    private String message(String code, Object... args) {
        return messages.getMessage(code, args, code, LocaleContextHolder.getLocale());
    }
}
