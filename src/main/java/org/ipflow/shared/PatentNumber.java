package org.ipflow.shared;

import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A Chinese patent application or patent number as CNIPA writes it: twelve digits (from October 2003:
 * year, type, serial) or eight (before), a dot and a check character, optionally after {@code ZL} (a
 * granted patent), e.g. {@code ZL202310123456.6}. The check character is the sum of the digits times the
 * weights 2, 3, 4, 5, 6, 7, 8, 9, 2, 3, 4, 5 (from the left), modulo 11; a remainder of 10 is written X.
 */
public record PatentNumber(String value) {

    private static final Pattern FORMAT = Pattern.compile("(ZL)?(\\d{12}|\\d{8})\\.([0-9X])");
    private static final int[] WEIGHTS = {2, 3, 4, 5, 6, 7, 8, 9, 2, 3, 4, 5};

    public PatentNumber {
        if (!isValid(value)) {
            throw new IllegalArgumentException("invalid CNIPA patent number: " + value);
        }
    }

    /** Parses user input: surrounding spaces are dropped and letters upper-cased before checking. */
    public static PatentNumber parse(String input) {
        return new PatentNumber(input == null ? "" : input.strip().toUpperCase(Locale.ROOT));
    }

    /** Whether the text has the format and its check character is right; case and spaces count. */
    public static boolean isValid(String number) {
        Matcher matcher = number == null ? null : FORMAT.matcher(number);
        return matcher != null && matcher.matches() && matcher.group(3).charAt(0) == checkCharacter(matcher.group(2));
    }

    /** The check character of twelve or eight digits. */
    public static char checkCharacter(String digits) {
        if (!digits.matches("\\d{12}|\\d{8}")) {
            throw new IllegalArgumentException("a CNIPA number has twelve or eight digits: " + digits);
        }
        int sum = 0;
        for (int i = 0; i < digits.length(); i++) {
            sum += (digits.charAt(i) - '0') * WEIGHTS[i];
        }
        int check = sum % 11;
        return check == 10 ? 'X' : (char) ('0' + check);
    }

    @Override
    public String toString() {
        return value;
    }
}
