package org.ipflow.programme;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Optional;
import org.ipflow.shared.Money;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * A programme's project terms ({@code programme_project_terms}): the share of the approved amount paid on
 * award, the rest on acceptance, the months of the project period and the form of the results report. A
 * programme without terms pays in full on award and has no acceptance. Administrators edit them on the programme page and through
 * {@code /api/admin/programmes/{key}/project-terms}; the grant's building blocks read them when a step runs.
 */
@Repository
public class ProjectTerms {

    /** The results report form released with IPFlow: the four figures the dashboard reads and a summary. */
    public static final String DEFAULT_REPORT_FORM = "project-results";
    /** The figures every report form asks for, as the dashboard and the report's table read them. */
    public static final java.util.List<String> REPORT_FIGURES = java.util.List.of("newOutputValue", "jobs",
            "patentsImplemented", "moneySpent");

    private final JdbcClient jdbc;

    ProjectTerms(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** The terms of a programme: {@code awardPercent} of the approved amount on award, the period in months. */
    public record Terms(int awardPercent, int projectMonths) {

        /**
         * The award tranche, rounded to the fen; the acceptance tranche is the rest, so that the two always add
         * up to the approved amount exactly.
         */
        public Money award(Money approved) {
            return approved.times(BigDecimal.valueOf(awardPercent).movePointLeft(2), RoundingMode.HALF_UP);
        }

        public Money acceptance(Money approved) {
            return approved.minus(award(approved));
        }
    }

    public Optional<Terms> of(String programmeKey) {
        return jdbc.sql("select award_percent, project_months from programme_project_terms where programme_key = ?")
                .param(programmeKey).query((rs, n) -> new Terms(rs.getInt(1), rs.getInt(2))).optional();
    }

    /** Sets (or replaces) a programme's terms; applications already paid keep the tranches they were paid by. */
    public void define(String programmeKey, Terms terms) {
        if (jdbc.sql("update programme_project_terms set award_percent = ?, project_months = ? where programme_key = ?")
                .params(terms.awardPercent(), terms.projectMonths(), programmeKey).update() == 0) {
            jdbc.sql("insert into programme_project_terms (programme_key, award_percent, project_months) values (?,?,?)")
                    .params(programmeKey, terms.awardPercent(), terms.projectMonths()).update();
        }
    }

    /** The form a programme's enterprises report their results with: the one chosen, else the default. */
    public String reportForm(String programmeKey) {
        String chosen = chosenReportForm(programmeKey);
        return chosen == null ? DEFAULT_REPORT_FORM : chosen;
    }

    /** The form chosen for a programme with terms; null returns it to the default. */
    void chooseReportForm(String programmeKey, String formId) {
        jdbc.sql("update programme_project_terms set report_form = ? where programme_key = ?")
                .params(formId, programmeKey).update();
    }

    /** The form chosen for a programme, null when it uses the default (or has no terms). */
    String chosenReportForm(String programmeKey) {
        return jdbc.sql("select report_form from programme_project_terms where programme_key = ?").param(programmeKey)
                .query(String.class).list().stream().filter(java.util.Objects::nonNull).findFirst().orElse(null);
    }

    /** Removes a programme's terms: its grants approved from now on are paid in full on award and end there. */
    void remove(String programmeKey) {
        jdbc.sql("delete from programme_project_terms where programme_key = ?").param(programmeKey).update();
    }
}
