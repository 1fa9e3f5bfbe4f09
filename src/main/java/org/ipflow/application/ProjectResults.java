package org.ipflow.application;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import org.ipflow.application.internal.ApplicationAccess;
import org.ipflow.application.internal.ApplicationProcess;
import org.ipflow.application.internal.DecisionRecords;
import org.ipflow.application.internal.Documents;
import org.ipflow.application.internal.ProjectResultStore;
import org.ipflow.forms.FormSchema;
import org.ipflow.forms.FormSchemaValidator;
import org.ipflow.programme.ProjectTerms;
import org.ipflow.shared.Money;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The enterprise's results report at the end of a funded project's period (项目验收), on its programme's report
 * form ({@link ReportForms}): accepted only while the process waits for it, stored in IPFlow's table and handed to the process in one transaction, so a refused
 * report leaves nothing behind. A reviewer then accepts, returns it for correction or decides a recovery.
 */
@Service
public class ProjectResults {

    /** Numbers beyond these are typing mistakes, not results of one project. */
    static final int MAX_COUNT = 1_000_000;
    /** What the table's amount columns hold. */
    private static final BigDecimal LARGEST = new BigDecimal("999999999999.99");

    private final ApplicationAccess access;
    private final ProjectResultStore store;
    private final ApplicationProcess process;
    private final DecisionRecords decisions;
    private final MessageSource messages;
    private final Documents documents;
    private final ReportForms forms;
    private final FormSchemaValidator validator;

    ProjectResults(ApplicationAccess access, ProjectResultStore store, ApplicationProcess process,
            DecisionRecords decisions, MessageSource messages, Documents documents, ReportForms forms,
            FormSchemaValidator validator) {
        this.documents = documents;
        this.forms = forms;
        this.validator = validator;
        this.access = access;
        this.store = store;
        this.process = process;
        this.decisions = decisions;
        this.messages = messages;
    }

    /**
     * Validates the report against the programme's report form, then the four figures against what the table holds.
     *
     * @param data the report form's data (JSON or bound from the page)
     * @throws ApplicationNotFound for anyone but the enterprise's users
     * @throws ValidationFailed    with a message per missing or impossible value
     * @throws StateConflict       when the application waits for no report
     */
    @Transactional
    public ProjectResult report(Authentication user, long id, Map<String, ?> data) {
        Application application = access.visible(user, id);
        if (ApplicationAccess.isStaff(user.getAuthorities())) {
            throw new ApplicationNotFound(id);
        }
        FormSchema form = forms.of(application.programmeKey());
        Map<String, ?> sent = data == null ? Map.of() : data;
        Map<String, String> errors = new LinkedHashMap<>(
                validator.validate(form, sent, true).resolve(messages, LocaleContextHolder.getLocale()));
        Map<String, Object> clean = validator.clean(form, sent);
        BigDecimal output = money("newOutputValue", clean, errors);
        BigDecimal spent = money("moneySpent", clean, errors);
        Integer jobs = count("jobs", clean, errors);
        Integer patents = count("patentsImplemented", clean, errors);
        if (!errors.isEmpty()) {
            throw new ValidationFailed(errors);
        }
        Map<String, Object> details = new LinkedHashMap<>(clean);
        ProjectTerms.REPORT_FIGURES.forEach(details::remove);
        ProjectResult result = new ProjectResult(Money.of(output).yuan(), jobs, patents, Money.of(spent).yuan(), details,
                user.getName(), Instant.now());
        store.save(id, result);
        decisions.record(NewDecision.of(id, "ReportResults", "提交验收报告", user.getName(), DecisionKind.RESULTS_REPORTED));
        if (!process.resultsReported(application)) {
            throw new StateConflict("application " + id + " waits for no results report");
        }
        return result;
    }

    /**
     * The report as the application's page sends it, with a document (the upload checks of every document); the
     * first report needs one. Report and document are kept together or, refused, neither.
     *
     * @throws ValidationFailed with the figures' messages, or the document's under {@code file}
     */
    @Transactional
    public ProjectResult reportWithDocument(Authentication user, long id, Map<String, ?> data, String fileName,
            byte[] content) {
        ProjectResult result = report(user, id, data);
        if (content != null && content.length > 0) {
            documents.attachResults(user.getName(), id, fileName, content);
        } else if (!documents.hasResults(id)) {
            throw new ValidationFailed(Map.of("file", message("results.error.document")));
        }
        return result;
    }

    /** The report of an application the user may see, if there is one. */
    @Transactional(readOnly = true)
    public Optional<ProjectResult> of(Authentication user, long id) {
        access.visible(user, id);
        return store.find(id);
    }

    /** A figure the form may not check as the table needs (a programme's form with looser rules, or text). */
    private BigDecimal money(String field, Map<String, Object> clean, Map<String, String> errors) {
        BigDecimal value = number(clean.get(field));
        if (!errors.containsKey(field) && (value == null || value.signum() < 0 || value.stripTrailingZeros().scale() > 2
                || value.compareTo(LARGEST) > 0)) {
            errors.put(field, message("results.error.amount"));
        }
        return value;
    }

    private Integer count(String field, Map<String, Object> clean, Map<String, String> errors) {
        BigDecimal value = number(clean.get(field));
        if (value == null || value.signum() < 0 || value.stripTrailingZeros().scale() > 0
                || value.compareTo(BigDecimal.valueOf(MAX_COUNT)) > 0) {
            errors.putIfAbsent(field, message("results.error.count", MAX_COUNT));
            return null;
        }
        return value.intValueExact();
    }

    private static BigDecimal number(Object value) {
        try {
            return value == null ? null : new BigDecimal(value.toString().strip().replace(",", ""));
        } catch (NumberFormatException notANumber) {
            return null;
        }
    }

    private String message(String code, Object... args) {
        return messages.getMessage(code, args, code, LocaleContextHolder.getLocale());
    }
}
