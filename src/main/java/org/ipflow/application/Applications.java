package org.ipflow.application;

import java.math.BigDecimal;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.ipflow.enterprise.Enterprise;
import org.ipflow.forms.FormErrors;
import org.ipflow.forms.FormSchema;
import org.ipflow.forms.FormSchemaValidator;
import org.ipflow.programme.Call;
import org.ipflow.programme.Programme;
import org.ipflow.programme.ProgrammeCatalog;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Drafts, submission and resubmission of applications. A draft may be saved half-filled (only what is
 * filled is checked); submission checks the whole start form and the required documents, then starts
 * the programme's process in the same transaction, so the row and the process commit together.
 */
@Service
@Transactional
public class Applications {

    private final ApplicationRepository repository;
    private final ApplicationAccess access;
    private final ApplicationNumbers numbers;
    private final ProgrammeCatalog programmes;
    private final StartForms forms;
    private final ProgrammeAdmission admission;
    private final FormSchemaValidator validator;
    private final Documents documents;
    private final ApplicationProcess process;
    private final MessageSource messages;
    private final DecisionRecords decisions;
    private final IdempotencyKeys keys;
    private final ObjectProvider<DraftRule> rules;

    Applications(ApplicationRepository repository, ApplicationAccess access, ApplicationNumbers numbers,
            ProgrammeCatalog programmes, StartForms forms, ProgrammeAdmission admission, FormSchemaValidator validator,
            Documents documents, ApplicationProcess process, MessageSource messages, DecisionRecords decisions,
            IdempotencyKeys keys, ObjectProvider<DraftRule> rules) {
        this.rules = rules;
        this.repository = repository;
        this.access = access;
        this.numbers = numbers;
        this.programmes = programmes;
        this.forms = forms;
        this.admission = admission;
        this.validator = validator;
        this.documents = documents;
        this.process = process;
        this.messages = messages;
        this.decisions = decisions;
        this.keys = keys;
    }

    public Application createDraft(String username, String programmeKey, Map<String, Object> data) {
        return createDraft(username, programmeKey, data, null);
    }

    /** With a client token: a repeated or concurrent request with the same token answers the first one's draft. */
    public Application createDraft(String username, String programmeKey, Map<String, Object> data, String token) {
        if (token != null) {
            var earlier = keys.claim(username, checkedToken(token), IdempotencyKeys.Operation.CREATE, null);
            if (earlier.isPresent()) {
                return repository.findById(sameRequest(earlier.get(), IdempotencyKeys.Operation.CREATE, null))
                        .orElseThrow();
            }
        }
        Application draft = newDraft(username, programmeKey, data);
        if (token != null) {
            keys.result(username, token, draft.id());
        }
        return draft;
    }

    private Application newDraft(String username, String programmeKey, Map<String, Object> data) {
        Programme programme = programmes.find(programmeKey).orElseThrow(() -> new ValidationFailed(
                Map.of("programme", message("application.error.programme"))));
        Enterprise enterprise = access.enterpriseOf(username);
        admission.checkDraft(programme, enterprise);
        Map<String, Object> clean = checked(form(programme), data, enterprise.id());
        long id = repository.insertDraft(numbers.next(programme.numberPrefix()), programme.key(), enterprise.id(),
                enterprise.region(), title(programme, clean), clean, amount(programme, clean), username);
        return repository.findById(id).orElseThrow();
    }

    public Application updateDraft(String username, long id, Map<String, Object> data) {
        Application application = editable(username, id);
        Programme programme = programmes.find(application.programmeKey()).orElseThrow();
        Map<String, Object> clean = checked(form(application, programme), data, application.enterpriseId());
        if (!repository.updateData(id, application.version(), title(programme, clean), clean, amount(programme, clean))) {
            throw new StateConflict(message("application.error.concurrentChange"));
        }
        return repository.findById(id).orElseThrow();
    }

    /** Submits a draft, or resubmits a returned application before its correction deadline. */
    public Application submit(String username, long id) {
        return submit(username, id, null);
    }

    /**
     * With a client token, a repeated or concurrent submission with the same token answers the application
     * as the first one left it. Without one, the row lock still lets only one of two racing submissions in;
     * the other finds the application submitted (409).
     */
    public Application submit(String username, long id, String token) {
        if (token != null) {
            var earlier = keys.claim(username, checkedToken(token), IdempotencyKeys.Operation.SUBMIT, id);
            if (earlier.isPresent()) {
                sameRequest(earlier.get(), IdempotencyKeys.Operation.SUBMIT, id);
                return access.owned(username, id);
            }
        }
        access.owned(username, id);
        repository.lock(id);
        Application application = editable(username, id);
        Programme programme = programmes.find(application.programmeKey()).orElseThrow();
        boolean resubmission = application.status() == ApplicationStatus.RETURNED;
        Map<String, String> errors = new LinkedHashMap<>();
        Call call = null;
        StartForms.Versioned form = new StartForms.Versioned(form(application, programme), application.startFormVersion());
        if (!resubmission) {
            try {
                call = admission.checkSubmission(programme, access.enterpriseOf(username));
            } catch (ValidationFailed refused) {
                errors.putAll(refused.errors());
            }
            form = forms.latest(programme);
        }
        FormErrors formErrors = validator.validate(form.schema(), application.data(), true);
        errors.putAll(formErrors.resolve(messages, LocaleContextHolder.getLocale()));
        rules.orderedStream().forEach(rule -> rule.check(application.enterpriseId(), application.data())
                .forEach(errors::putIfAbsent));
        documents.missing(programme, id).forEach(kind -> errors.put("documents." + kind.kind(),
                message("application.error.documentRequired", kind.label(LocaleContextHolder.getLocale()))));
        if (!errors.isEmpty()) {
            throw new ValidationFailed(errors);
        }
        if (resubmission) {
            repository.markSubmitted(id, null);
            decisions.record(NewDecision.of(id, "Resubmit", "提交补正", username, DecisionKind.RESUBMITTED));
            process.resubmit(application, programme);
        } else {
            repository.pinSubmission(id, call.id(), form.schema().id(), form.version());
            repository.markSubmitted(id, process.start(application, programme));
            decisions.record(NewDecision.of(id, "Submit", "提交申报", username, DecisionKind.SUBMITTED));
        }
        return repository.findById(id).orElseThrow();
    }

    @Transactional(readOnly = true)
    public Application visible(Authentication user, long id) {
        return access.visible(user, id);
    }

    @Transactional(readOnly = true)
    public List<Application> mine(String username, int limit) {
        return repository.listForEnterprise(access.enterpriseOf(username).id(), limit);
    }

    /** What the caller may list: an enterprise its own applications, staff the most recently changed ones. */
    @Transactional(readOnly = true)
    public List<Application> listFor(Authentication user, int limit) {
        return listFor(user, null, limit);
    }

    /**
     * The same, narrowed by a search text when there is one: staff find any submitted application by its
     * number or by its enterprise (credit code or a part of the name); an enterprise searches its own by
     * number or title.
     */
    @Transactional(readOnly = true)
    public List<Application> listFor(Authentication user, String search, int limit) {
        String text = search == null ? "" : search.strip();
        if (text.length() > 100) {
            text = text.substring(0, 100);
        }
        boolean staff = ApplicationAccess.isStaff(user.getAuthorities());
        if (text.isEmpty()) {
            return staff ? repository.listRecentSubmitted(limit) : mine(user.getName(), limit);
        }
        return staff ? repository.searchSubmitted(text, limit)
                : repository.searchForEnterprise(access.enterpriseOf(user.getName()).id(), text, limit);
    }

    /**
     * The application, for a module that decided by its own rules who may see it (a process step, a task the
     * caller may work): no access check here, unlike {@link #visible}.
     */
    @Transactional(readOnly = true)
    public Optional<Application> findById(long id) {
        return repository.findById(id);
    }

    /** The applications with these ids that exist, likewise without an access check. */
    @Transactional(readOnly = true)
    public List<Application> findByIds(Collection<Long> ids) {
        return repository.findByIds(ids);
    }

    /** The applications these process instances run, likewise without an access check. */
    @Transactional(readOnly = true)
    public List<Application> findByProcessInstances(Collection<String> processInstanceIds) {
        return repository.findByProcessInstances(processInstanceIds);
    }

    /** Moves the application to a status, for a process step of another module; listeners hear of it at once. */
    public void updateStatus(long id, ApplicationStatus status) {
        repository.updateStatus(id, status);
    }

    Application editable(String username, long id) {
        Application application = access.owned(username, id);
        if (!application.status().editableByEnterprise()) {
            throw new StateConflict(message("application.error.notEditable"));
        }
        return application;
    }

    private String checkedToken(String token) {
        if (token.isBlank() || token.length() > IdempotencyKeys.MAX_LENGTH) {
            throw new ValidationFailed(Map.of("Idempotency-Key", message("application.error.idempotencyKey",
                    IdempotencyKeys.MAX_LENGTH)));
        }
        return token;
    }

    /** The earlier request's application, if it was the same kind of request (for the same application). */
    private long sameRequest(IdempotencyKeys.Earlier earlier, IdempotencyKeys.Operation operation, Long applicationId) {
        if (earlier.operation() != operation || earlier.applicationId() == null
                || (applicationId != null && !applicationId.equals(earlier.applicationId()))) {
            throw new StateConflict(message("application.error.idempotencyKeyReused"));
        }
        return earlier.applicationId();
    }

    /** The start form a new draft is written in: the programme's current one. */
    FormSchema form(Programme programme) {
        return forms.current(programme);
    }

    /** The start form of an application: a draft's is current, a submitted one's the version it was submitted with. */
    public FormSchema form(Application application, Programme programme) {
        return forms.of(application, programme);
    }

    /** Why the user may not start a draft of this programme, if they may not (shown on the new-draft page). */
    @Transactional(readOnly = true)
    public Optional<String> draftRefusal(String username, Programme programme) {
        return admission.draftRefusal(programme, access.enterpriseOf(username));
    }

    /** What a draft may keep: its form's checks of what is filled, then the rules of the {@link DraftRule}s. */
    private Map<String, Object> checked(FormSchema schema, Map<String, Object> data, long enterpriseId) {
        Map<String, Object> clean = validator.clean(schema, data == null ? Map.of() : data);
        FormErrors errors = validator.validate(schema, clean, false);
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
