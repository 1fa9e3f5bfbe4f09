package org.ipflow.programme;

import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * A funding programme of the office, as configured under {@code ipflow.programmes}.
 *
 * @param titleField  the start-form field shown as an application's title in lists
 * @param amountField the start-form field holding the amount requested, if the programme pays money
 * @param startVariables process variables the process starts with, each taken from a start-form field
 *                       (variable name → field key); only numbers and short values, the data stays in IPFlow
 */
public record Programme(String key, String nameZh, String nameEn, String numberPrefix, String processKey,
        String startForm, String titleField, String amountField, Map<String, String> startVariables,
        List<DocumentKind> documents) {

    public Programme {
        documents = documents == null ? List.of() : List.copyOf(documents);
        startVariables = startVariables == null ? Map.of() : Map.copyOf(startVariables);
    }

    public String name(Locale locale) {
        return "en".equals(locale.getLanguage()) && nameEn != null ? nameEn : nameZh;
    }

    /** A kind of document the programme asks for, e.g. the patent certificates. */
    public record DocumentKind(String kind, String labelZh, String labelEn, boolean required) {

        public String label(Locale locale) {
            return "en".equals(locale.getLanguage()) && labelEn != null ? labelEn : labelZh;
        }
    }
}
