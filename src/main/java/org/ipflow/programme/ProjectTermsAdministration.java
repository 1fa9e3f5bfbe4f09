package org.ipflow.programme;

import java.util.Map;
import org.ipflow.shared.AdminActionPerformed;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Administrators' changes to a programme's project terms, from the programme page or the API. Each change is
 * announced as an {@link AdminActionPerformed} in the same transaction, so the audit log records it or nothing
 * changes.
 */
@Service
@Transactional
class ProjectTermsAdministration {

    private final ProgrammeRepository programmes;
    private final ProjectTerms terms;
    private final ApplicationEventPublisher events;

    ProjectTermsAdministration(ProgrammeRepository programmes, ProjectTerms terms, ApplicationEventPublisher events) {
        this.programmes = programmes;
        this.terms = terms;
        this.events = events;
    }

    /**
     * Saves the terms, or removes them when the form is empty.
     *
     * @return the problems by field as message codes, empty when saved
     * @throws ProgrammeNotFound for an unknown programme
     */
    Map<String, String> save(String key, ProjectTermsForm form, String actor) {
        programmes.find(key).orElseThrow(() -> new ProgrammeNotFound(key));
        Map<String, String> problems = form.problems();
        if (!problems.isEmpty()) {
            return problems;
        }
        if (form.none()) {
            terms.remove(key);
        } else {
            terms.define(key, form.terms());
        }
        events.publishEvent(new AdminActionPerformed(actor, "PROGRAMME_PROJECT_TERMS", "programme:" + key,
                form.none() ? "no project terms: paid in full on award"
                        : form.terms().awardPercent() + "% on award, the rest on acceptance after "
                                + form.terms().projectMonths() + " months"));
        return problems;
    }
}
