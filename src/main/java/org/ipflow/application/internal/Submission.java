package org.ipflow.application.internal;

import java.util.LinkedHashMap;
import java.util.Map;
import org.ipflow.application.Application;
import org.ipflow.application.ApplicationStatus;
import org.ipflow.application.DecisionKind;
import org.ipflow.application.DraftRule;
import org.ipflow.application.NewDecision;
import org.ipflow.application.ValidationFailed;
import org.ipflow.enterprise.Enterprise;
import org.ipflow.enterprise.EnterpriseProfiles;
import org.ipflow.application.ApplicationFormDocuments;
import org.ipflow.forms.FormErrors;
import org.ipflow.forms.FormSchemaValidator;
import org.ipflow.programme.Call;
import org.ipflow.programme.Programme;
import org.ipflow.programme.ProgrammeCatalog;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Component;

/**
 * Submission of a draft, or resubmission of a returned application before its correction deadline. The whole
 * start form, the {@link DraftRule}s and the required documents are checked, a first submission also needs an
 * open call and, for a programme that pays money, the enterprise's complete profile; then the process starts, or resumes, in the caller's transaction, so the row and the process
 * commit together.
 */
@Component
public class Submission {

    private final ApplicationRepository repository;
    private final ApplicationAccess access;
    private final Drafts drafts;
    private final ProgrammeCatalog programmes;
    private final StartForms forms;
    private final ProgrammeAdmission admission;
    private final FormSchemaValidator validator;
    private final Documents documents;
    private final ApplicationProcess process;
    private final DecisionRecords decisions;
    private final MessageSource messages;
    private final ClientTokens tokens;
    private final ObjectProvider<DraftRule> rules;
    private final ApplicationNumbers numbers;
    private final PayingProgrammes paying;
    private final EnterpriseProfiles profiles;
    private final QueryCodes queryCodes;
    private final ApplicationFormDocuments formDocuments;

    Submission(ApplicationRepository repository, ApplicationAccess access, Drafts drafts, ProgrammeCatalog programmes,
            StartForms forms, ProgrammeAdmission admission, FormSchemaValidator validator, Documents documents,
            ApplicationProcess process, DecisionRecords decisions, MessageSource messages, ClientTokens tokens,
            ObjectProvider<DraftRule> rules, ApplicationNumbers numbers, PayingProgrammes paying,
            EnterpriseProfiles profiles, QueryCodes queryCodes, ApplicationFormDocuments formDocuments) {
        this.formDocuments = formDocuments;
        this.numbers = numbers;
        this.repository = repository;
        this.access = access;
        this.drafts = drafts;
        this.programmes = programmes;
        this.forms = forms;
        this.admission = admission;
        this.validator = validator;
        this.documents = documents;
        this.process = process;
        this.decisions = decisions;
        this.messages = messages;
        this.tokens = tokens;
        this.rules = rules;
        this.paying = paying;
        this.profiles = profiles;
        this.queryCodes = queryCodes;
    }

    /**
     * With a client token, a repeated or concurrent submission with the same token answers the application
     * as the first one left it. Without one, the row lock still lets only one of two racing submissions in;
     * the other finds the application submitted (409).
     */
    public Application submit(String username, long id, String token) {
        if (token != null && tokens.claim(username, token, IdempotencyKeys.Operation.SUBMIT, id).isPresent()) {
            return access.owned(username, id);
        }
        // Owned before the lock is taken; then the row as it is under the lock, read once. The enterprise read for
        // the check is the one the programme's admission checks.
        Enterprise enterprise = access.ownerOf(username, id);
        Application application = drafts.editable(repository.locked(id));
        Programme programme = programmes.find(application.programmeKey()).orElseThrow();
        boolean resubmission = application.status() == ApplicationStatus.RETURNED;
        Map<String, String> errors = new LinkedHashMap<>();
        Call call = null;
        StartForms.Versioned form = new StartForms.Versioned(forms.of(application, programme),
                application.startFormVersion());
        if (!resubmission) {
            try {
                call = admission.checkSubmission(programme, enterprise);
            } catch (ValidationFailed refused) {
                errors.putAll(refused.errors());
            }
            form = forms.latest(programme);
            // Money is paid by the profile's bank account, so it must be there before the process starts.
            if (paying.pays(programme) && !profiles.complete(application.enterpriseId())) {
                errors.put("profile", message("application.error.profileIncomplete"));
            }
        }
        FormErrors formErrors = validator.validate(form.schema(), application.data(), true, Map.of(),
                formDocuments.of(id, null));
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
            // The number is given here, under the row lock and in the submission's transaction: a submission
            // that fails leaves the draft without one, and the process's business key is the number.
            repository.assignNumber(id, numbers.next(programme.numberPrefix()));
            Application numbered = repository.findById(id).orElseThrow();
            // Before the status changes: the submission's e-mail is the receipt and carries the code.
            queryCodes.assign(id);
            repository.markSubmitted(id, process.start(numbered, programme));
            decisions.record(NewDecision.of(id, "Submit", "提交申报", username, DecisionKind.SUBMITTED));
        }
        return repository.findById(id).orElseThrow();
    }

    private String message(String code, Object... args) {
        return messages.getMessage(code, args, code, LocaleContextHolder.getLocale());
    }
}
