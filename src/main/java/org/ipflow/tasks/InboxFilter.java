package org.ipflow.tasks;

/**
 * Inbox filters and order; {@code search} finds a part of an application number, of the project's title or of
 * the enterprise's name, or the enterprise's credit code. Programme and step filter in the engine's query;
 * region on IPFlow's own application column, never on process variables (variable filters are slow at scale).
 */
public record InboxFilter(String programme, String region, String step, boolean overdueOnly, Sort sort,
        String search) {

    public static final InboxFilter NONE = new InboxFilter(null, null, null, false, Sort.DUE);

    /** Longest search text accepted; longer input is cut, never refused. */
    static final int MAX_SEARCH = 100;

    /** Order of the inbox: by due date (soonest first) or by age (oldest first). */
    public enum Sort { DUE, AGE }

    public InboxFilter {
        sort = sort == null ? Sort.DUE : sort;
        programme = blankToNull(programme);
        region = blankToNull(region);
        step = blankToNull(step);
        search = blankToNull(search == null ? null : search.strip());
        search = search != null && search.length() > MAX_SEARCH ? search.substring(0, MAX_SEARCH) : search;
    }

    public InboxFilter(String programme, String region, String step, boolean overdueOnly, Sort sort) {
        this(programme, region, step, overdueOnly, sort, null);
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value;
    }
}
