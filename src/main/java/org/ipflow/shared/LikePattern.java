package org.ipflow.shared;

/**
 * A user's search text inside SQL {@code like ... escape '\'}: % and _ typed by a user match themselves,
 * they are no wildcards, so that a search for "10%" finds what contains "10%" and nothing else.
 */
public final class LikePattern {

    private LikePattern() {
    }

    /** The text as a LIKE pattern that matches itself. */
    public static String literal(String text) {
        return text.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_");
    }
}
