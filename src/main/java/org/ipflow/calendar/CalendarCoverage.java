package org.ipflow.calendar;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.springframework.stereotype.Component;

/**
 * Which years' calendars are missing when it matters: this year, and next year from
 * {@link #WARN_DAYS_BEFORE} days before it starts. Without a calendar a deadline over a public holiday
 * ends too early, so the administrator is told in time to enter the State Council's announcement.
 */
@Component
public class CalendarCoverage {

    /** The State Council announces a year's holidays in November or December: a month ahead is the latest. */
    public static final int WARN_DAYS_BEFORE = 30;

    private final OfficeDays days;

    CalendarCoverage(OfficeDays days) {
        this.days = days;
    }

    /** The years, this one or the next, that have no calendar and are running or about to start. */
    public List<Integer> missingYears(LocalDate today) {
        List<Integer> missing = new ArrayList<>();
        if (!days.year(today.getYear()).entered()) {
            missing.add(today.getYear());
        }
        int next = today.getYear() + 1;
        if (!today.plusDays(WARN_DAYS_BEFORE).isBefore(LocalDate.of(next, 1, 1)) && !days.year(next).entered()) {
            missing.add(next);
        }
        return missing;
    }
}
