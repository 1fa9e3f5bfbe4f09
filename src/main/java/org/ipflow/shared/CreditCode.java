package org.ipflow.shared;

import java.util.Locale;

/**
 * A unified social credit code (统一社会信用代码) of GB 32100-2015: 18 characters from a 31-character
 * alphabet, the last one a check character computed with modulus 31 over the first seventeen.
 */
public record CreditCode(String value) {

    private static final String ALPHABET = "0123456789ABCDEFGHJKLMNPQRTUWXY";
    private static final int[] WEIGHTS = {1, 3, 9, 27, 19, 26, 16, 17, 20, 29, 25, 13, 8, 24, 10, 30, 28};

    public CreditCode {
        if (!isValid(value)) {
            throw new IllegalArgumentException("invalid unified social credit code: " + value);
        }
    }

    /** Parses user input: surrounding spaces are dropped and letters upper-cased before checking. */
    public static CreditCode parse(String input) {
        return new CreditCode(normalise(input));
    }

    public static String normalise(String input) {
        return input == null ? "" : input.strip().toUpperCase(Locale.ROOT);
    }

    public static boolean isValid(String code) {
        if (code == null || code.length() != 18) {
            return false;
        }
        int sum = 0;
        for (int i = 0; i < 17; i++) {
            int v = ALPHABET.indexOf(code.charAt(i));
            if (v < 0) {
                return false;
            }
            sum += v * WEIGHTS[i];
        }
        int check = (31 - sum % 31) % 31;
        return code.charAt(17) == ALPHABET.charAt(check);
    }

    /** The check character for seventeen leading characters; used to make valid codes for tests and demos. */
    public static char checkCharacter(String first17) {
        int sum = 0;
        for (int i = 0; i < 17; i++) {
            sum += ALPHABET.indexOf(first17.charAt(i)) * WEIGHTS[i];
        }
        return ALPHABET.charAt((31 - sum % 31) % 31);
    }

    @Override
    public String toString() {
        return value;
    }
}
