package org.ipflow.programme;

import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * A funding programme of the office: a row of the catalogue that administrators define at
 * {@code /admin/programmes} (the release's programmes are seeded from {@code ipflow.programmes}).
 *
 * @param titleField            the start-form field shown as an application's title in lists
 * @param amountField           the start-form field holding the amount requested, if the programme pays money
 * @param startVariables        process variables the process starts with, each taken from a start-form field
 *                              (variable name → field key); only numbers and short values, the data stays in IPFlow
 * @param regions               the enterprise regions that may apply (GB/T 2260 codes); empty: every region
 * @param certificationRequired a certificate level the enterprise must hold ({@code PILOT} is met by a
 *                              demonstration certificate too), or null
 * @param letterTemplate        the letter the building block {@code issueLetterDelegate} issues, with
 *                              placeholders such as {@code {enterprise}} (see {@link #LETTER_PLACEHOLDERS}), or null
 */
public record Programme(String key, String nameZh, String nameEn, String numberPrefix, String processKey,
        String startForm, String titleField, String amountField, Map<String, String> startVariables,
        List<DocumentKind> documents, String summaryZh, String summaryEn, List<String> regions,
        String certificationRequired, Status status, String letterTemplate) {

    /** What a letter template may say in braces; the letter has each replaced by the application's value. */
    public static final java.util.Set<String> LETTER_PLACEHOLDERS = java.util.Set.of("enterprise", "creditCode",
            "number", "title", "programme", "amount", "date", "letterNumber");

    /** A retired programme takes no new drafts or submissions; its running applications finish. */
    public enum Status { ACTIVE, RETIRED }

    public Programme {
        documents = documents == null ? List.of() : List.copyOf(documents);
        startVariables = startVariables == null ? Map.of() : Map.copyOf(startVariables);
        regions = regions == null ? List.of() : List.copyOf(regions);
        status = status == null ? Status.ACTIVE : status;
    }

    public String name(Locale locale) {
        return "en".equals(locale.getLanguage()) && nameEn != null ? nameEn : nameZh;
    }

    /** The programme's description for applicants, or null when it has none. */
    public String summary(Locale locale) {
        String text = "en".equals(locale.getLanguage()) && summaryEn != null ? summaryEn : summaryZh;
        return text == null || text.isBlank() ? null : text;
    }

    public boolean active() {
        return status == Status.ACTIVE;
    }

    /** The label of a kind of document this programme asks for, or null for a kind it does not (any more). */
    public String documentLabel(String kind, Locale locale) {
        return documents.stream().filter(d -> d.kind().equals(kind)).findFirst().map(d -> d.label(locale)).orElse(null);
    }

    /** Whether an enterprise of this region may apply. */
    public boolean admits(String region) {
        return regions.isEmpty() || regions.contains(region);
    }

    /** A kind of document the programme asks for, e.g. the patent certificates. */
    public record DocumentKind(String kind, String labelZh, String labelEn, boolean required) {

        public String label(Locale locale) {
            return "en".equals(locale.getLanguage()) && labelEn != null ? labelEn : labelZh;
        }
    }
}
