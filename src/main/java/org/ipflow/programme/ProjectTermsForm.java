package org.ipflow.programme;

import java.io.Serializable;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/**
 * A programme's project terms as the programme page and the API take them, every value as typed: both empty
 * means no terms (paid in full on award), otherwise the award share in percent (1–100) and the project months
 * (1–120), the bounds the table holds, and the id of the results report's form (blank: the default; null, from an API
 * client that does not name one: unchanged). Serializable: refused input travels to the page as a flash attribute, in
 * the session.
 */
record ProjectTermsForm(String awardPercent, String projectMonths, String reportForm) implements Serializable {

    /** The problems of a request that must name terms but names none. */
    static final Map<String, String> BOTH_MISSING = Map.of("awardPercent", "programmes.terms.error.awardPercent",
            "projectMonths", "programmes.terms.error.projectMonths");

    static ProjectTermsForm of(Optional<ProjectTerms.Terms> terms, String chosenReportForm) {
        String form = chosenReportForm == null ? "" : chosenReportForm;
        return terms.map(t -> new ProjectTermsForm(String.valueOf(t.awardPercent()), String.valueOf(t.projectMonths()),
                form)).orElse(new ProjectTermsForm("", "", form));
    }

    /** The report form to store: null for the default; only when {@link #reportForm} is not null. */
    String chosenReportForm() {
        return blank(reportForm) ? null : reportForm.strip();
    }

    boolean none() {
        return blank(awardPercent) && blank(projectMonths);
    }

    /** What is wrong, by field, as message codes; empty when the terms can be saved. */
    Map<String, String> problems() {
        Map<String, String> problems = new LinkedHashMap<>();
        if (none()) {
            return problems;
        }
        if (number(awardPercent, 1, 100) == null) {
            problems.put("awardPercent", "programmes.terms.error.awardPercent");
        }
        if (number(projectMonths, 1, 120) == null) {
            problems.put("projectMonths", "programmes.terms.error.projectMonths");
        }
        return problems;
    }

    /** The terms; only for a form without problems that is not {@link #none()}. */
    ProjectTerms.Terms terms() {
        return new ProjectTerms.Terms(number(awardPercent, 1, 100), number(projectMonths, 1, 120));
    }

    private static boolean blank(String text) {
        return text == null || text.isBlank();
    }

    private static Integer number(String text, int min, int max) {
        try {
            int value = Integer.parseInt(text == null ? "" : text.strip());
            return value < min || value > max ? null : value;
        } catch (NumberFormatException notANumber) {
            return null;
        }
    }
}
