package org.ipflow.shared;

import java.util.Locale;

/**
 * A text IPFlow keeps in Chinese and in English (the English may be missing: not every model or
 * programme gives one). A reader gets the English when they chose English and there is one, else the
 * Chinese, which every text has.
 */
public record Bilingual(String zh, String en) {

    /** Whether the reader chose English (null: the default, Chinese). */
    public static boolean english(Locale locale) {
        return locale != null && Locale.ENGLISH.getLanguage().equals(locale.getLanguage());
    }

    /** The text in the reader's language, falling back to the Chinese. */
    public String in(Locale locale) {
        return english(locale) && en != null && !en.isBlank() ? en : zh;
    }
}
