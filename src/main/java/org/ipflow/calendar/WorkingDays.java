package org.ipflow.calendar;

import java.time.LocalDate;

/**
 * Whether the office works on a day: Monday to Friday unless the year's calendar makes it a public
 * holiday, and a weekend day only when the calendar makes it a swapped working day. A year nobody
 * entered counts weekdays only (and {@link CalendarCoverage} warns about it).
 */
@FunctionalInterface
public interface WorkingDays {

    boolean isWorkingDay(LocalDate day);
}
