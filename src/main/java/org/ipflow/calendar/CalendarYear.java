package org.ipflow.calendar;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/**
 * One year of the office calendar as entered: its public holidays and swapped working days in date order,
 * and who entered them when. {@code entered} is false for a year nobody entered (its lists are empty).
 */
record CalendarYear(int year, boolean entered, List<LocalDate> holidays, List<LocalDate> workdays, String updatedBy,
        Instant updatedAt) {

    static CalendarYear notEntered(int year) {
        return new CalendarYear(year, false, List.of(), List.of(), null, null);
    }

    boolean isHoliday(LocalDate day) {
        return holidays.contains(day);
    }

    boolean isWorkday(LocalDate day) {
        return workdays.contains(day);
    }
}
