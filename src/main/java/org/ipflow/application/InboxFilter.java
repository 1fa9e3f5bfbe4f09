package org.ipflow.application;

/**
 * Inbox filters and order. Programme and step filter in the engine's query; region on IPFlow's own
 * application column, never on process variables (variable filters are slow at scale).
 */
public record InboxFilter(String programme, String region, String step, boolean overdueOnly, Sort sort) {

    public static final InboxFilter NONE = new InboxFilter(null, null, null, false, Sort.DUE);

    /** Order of the inbox: by due date (soonest first) or by age (oldest first). */
    public enum Sort { DUE, AGE }

    public InboxFilter {
        sort = sort == null ? Sort.DUE : sort;
        programme = blankToNull(programme);
        region = blankToNull(region);
        step = blankToNull(step);
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value;
    }
}
