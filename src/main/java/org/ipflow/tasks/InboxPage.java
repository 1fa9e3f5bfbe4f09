package org.ipflow.tasks;

import java.util.List;

/**
 * One page of a user's inbox: the tasks on it, how many there are in all (exactly up to a bound; past it,
 * {@code more} says there are more than {@code total}), and where the page is.
 */
public record InboxPage(List<WorkItem> items, long total, boolean more, int page, int size) {

    public static final int DEFAULT_SIZE = 50;
    public static final int MAX_SIZE = 200;
    /** Tasks are counted exactly up to this many (or two pages past the one asked for, if further). */
    public static final int COUNT_LIMIT = 1000;

    public int pages() {
        return (int) Math.max(1, (total + size - 1) / size);
    }

    public boolean hasPrevious() {
        return page > 0;
    }

    public boolean hasNext() {
        return more || (page + 1L) * size < total;
    }

    /** A requested page size bounded to 1..{@link #MAX_SIZE}. */
    public static int boundedSize(int size) {
        return Math.max(1, Math.min(size, MAX_SIZE));
    }
}
