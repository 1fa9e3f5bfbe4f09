package org.ipflow.programme;

import java.util.LinkedHashMap;
import java.util.Map;
import org.ipflow.forms.FormCatalog;
import org.ipflow.shared.AdminActionPerformed;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Administrators' changes to a programme's project terms, from the programme page or the API. Each change is
 * announced as an {@link AdminActionPerformed} in the same transaction, so the audit log records it or nothing
 * changes. A report form must be one IPFlow knows and ask for {@link ProjectTerms#REPORT_FIGURES}, which the
 * dashboard and the acceptance read from every report.
 */
@Service
@Transactional
class ProjectTermsAdministration {

    private final ProgrammeRepository programmes;
    private final ProjectTerms terms;
    private final ApplicationEventPublisher events;
    private final FormCatalog forms;
    private final MessageSource messages;

    ProjectTermsAdministration(ProgrammeRepository programmes, ProjectTerms terms, ApplicationEventPublisher events,
            FormCatalog forms, MessageSource messages) {
        this.programmes = programmes;
        this.terms = terms;
        this.events = events;
        this.forms = forms;
        this.messages = messages;
    }

    /**
     * Saves the terms, or removes them when the form is empty.
     *
     * @return the problems by field in the user's language, empty when saved
     * @throws ProgrammeNotFound for an unknown programme
     */
    Map<String, String> save(String key, ProjectTermsForm form, String actor) {
        programmes.find(key).orElseThrow(() -> new ProgrammeNotFound(key));
        Map<String, String> problems = new LinkedHashMap<>();
        form.problems().forEach((field, code) -> problems.put(field, message(code)));
        String reportForm = form.reportForm() == null || form.none() ? null : form.chosenReportForm();
        if (reportForm != null) {
            reportFormProblem(reportForm).ifPresent(problem -> problems.put("reportForm", problem));
        }
        if (!problems.isEmpty()) {
            return problems;
        }
        if (form.none()) {
            terms.remove(key);
        } else {
            terms.define(key, form.terms());
            if (form.reportForm() != null) {
                terms.chooseReportForm(key, reportForm);
            }
        }
        events.publishEvent(new AdminActionPerformed(actor, "PROGRAMME_PROJECT_TERMS", "programme:" + key,
                form.none() ? "no project terms: paid in full on award"
                        : form.terms().awardPercent() + "% on award, the rest on acceptance after "
                                + form.terms().projectMonths() + " months; results reported with form "
                                + terms.reportForm(key)));
        return problems;
    }

    /** What keeps a form from being a report form: unknown, or without some of the figures. */
    private java.util.Optional<String> reportFormProblem(String formId) {
        var schema = forms.find(formId);
        if (schema.isEmpty()) {
            return java.util.Optional.of(message("programmes.terms.error.reportFormUnknown", formId));
        }
        var missing = ProjectTerms.REPORT_FIGURES.stream().filter(k -> schema.get().field(k).isEmpty()).toList();
        return missing.isEmpty() ? java.util.Optional.empty()
                : java.util.Optional.of(message("programmes.terms.error.reportFormFigures", formId, String.join(", ", missing)));
    }

    private String message(String code, Object... args) {
        return messages.getMessage(code, args, code, LocaleContextHolder.getLocale());
    }
}
