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
import org.ipflow.shared.Money;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The enterprise's results report at the end of a funded project's period (项目验收): accepted only while the
 * process waits for it, stored in IPFlow's table and handed to the process in one transaction, so a refused
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

    ProjectResults(ApplicationAccess access, ProjectResultStore store, ApplicationProcess process,
            DecisionRecords decisions, MessageSource messages, Documents documents) {
        this.documents = documents;
        this.access = access;
        this.store = store;
        this.process = process;
        this.decisions = decisions;
        this.messages = messages;
    }

    /** A report as the enterprise sends it; every figure is required. */
    public record Report(BigDecimal newOutputValue, Integer jobs, Integer patentsImplemented, BigDecimal moneySpent) {
    }

    /**
     * @throws ApplicationNotFound for anyone but the enterprise's users
     * @throws ValidationFailed    with a message per missing or impossible figure
     * @throws StateConflict       when the application waits for no report
     */
    @Transactional
    public ProjectResult report(Authentication user, long id, Report report) {
        Application application = access.visible(user, id);
        if (ApplicationAccess.isStaff(user.getAuthorities())) {
            throw new ApplicationNotFound(id);
        }
        Map<String, String> errors = new LinkedHashMap<>();
        money("newOutputValue", report.newOutputValue(), errors);
        money("moneySpent", report.moneySpent(), errors);
        count("jobs", report.jobs(), errors);
        count("patentsImplemented", report.patentsImplemented(), errors);
        if (!errors.isEmpty()) {
            throw new ValidationFailed(errors);
        }
        ProjectResult result = new ProjectResult(Money.of(report.newOutputValue()).yuan(), report.jobs(),
                report.patentsImplemented(), Money.of(report.moneySpent()).yuan(), user.getName(), Instant.now());
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
    public ProjectResult reportWithDocument(Authentication user, long id, Report report, String fileName,
            byte[] content) {
        ProjectResult result = report(user, id, report);
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

    private void money(String field, BigDecimal value, Map<String, String> errors) {
        if (value == null || value.signum() < 0 || value.stripTrailingZeros().scale() > 2
                || value.compareTo(LARGEST) > 0) {
            errors.put(field, message("results.error.amount"));
        }
    }

    private void count(String field, Integer value, Map<String, String> errors) {
        if (value == null || value < 0 || value > MAX_COUNT) {
            errors.put(field, message("results.error.count", MAX_COUNT));
        }
    }

    private String message(String code, Object... args) {
        return messages.getMessage(code, args, code, LocaleContextHolder.getLocale());
    }
}
