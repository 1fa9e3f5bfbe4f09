package org.ipflow.tasks;

import java.time.LocalDate;

/**
 * A staff member's absence: from and until (office dates, both included) their substitute works the tasks
 * assigned to them, on their behalf.
 */
public record Absence(String username, LocalDate from, LocalDate until, String substitute) {

    /** Whether the absence covers the given office date. */
    public boolean covers(LocalDate day) {
        return !day.isBefore(from) && !day.isAfter(until);
    }
}
