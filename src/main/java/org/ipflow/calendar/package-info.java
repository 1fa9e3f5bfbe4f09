/**
 * The office calendar: which days are working days. Public holidays and swapped working days (调休) are
 * data per year, entered by an administrator on {@code /admin/calendar} (by hand or as a CSV file) or
 * through {@code GET|PUT /api/admin/calendar/{year}}. {@link org.ipflow.calendar.WorkingDays} answers for
 * every deadline that counts working days; {@link org.ipflow.calendar.CalendarCoverage} names the years not
 * yet entered, so that pages warn the administrator before such a year starts.
 */
@org.springframework.modulith.ApplicationModule(allowedDependencies = "shared")
package org.ipflow.calendar;
