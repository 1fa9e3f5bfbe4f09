package org.ipflow.calendar;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.ConcurrentHashMap;
import org.springframework.stereotype.Service;

/**
 * The office calendar, read per year and kept in memory. A change on this node is seen at once; another node
 * of a cluster sees it once its copy is {@link #STALE_AFTER_NANOS} old, which is soon enough for deadlines
 * counted in days.
 */
@Service
class OfficeDays implements WorkingDays {

    static final int FIRST_YEAR = 2000;
    static final int LAST_YEAR = 2100;
    private static final long STALE_AFTER_NANOS = 60_000_000_000L;

    private record Cached(CalendarYear year, long loadedAt) {
    }

    private final CalendarStore store;
    private final Map<Integer, Cached> years = new ConcurrentHashMap<>();

    OfficeDays(CalendarStore store) {
        this.store = store;
    }

    @Override
    public boolean isWorkingDay(LocalDate day) {
        CalendarYear year = year(day.getYear());
        if (year.isHoliday(day)) {
            return false;
        }
        return year.isWorkday(day) || !isWeekend(day);
    }

    CalendarYear year(int year) {
        Cached cached = years.get(year);
        if (cached == null || System.nanoTime() - cached.loadedAt() > STALE_AFTER_NANOS) {
            cached = new Cached(store.find(year), System.nanoTime());
            years.put(year, cached);
        }
        return cached.year();
    }

    /**
     * Replaces the year's holidays and swapped working days after checking them all: every date in the year,
     * none both a holiday and a working day, a swapped working day only on a weekend (a weekday works anyway).
     *
     * @param how {@code SAVED} or {@code IMPORTED}, for the audit log
     */
    CalendarYear replace(int year, Collection<LocalDate> holidays, Collection<LocalDate> workdays, String user,
            String how) {
        Set<LocalDate> off = new TreeSet<>(holidays);
        Set<LocalDate> on = new TreeSet<>(workdays);
        List<CalendarRefused.Problem> problems = new ArrayList<>();
        if (year < FIRST_YEAR || year > LAST_YEAR) {
            problems.add(new CalendarRefused.Problem("calendar.error.year", String.valueOf(year)));
        }
        off.stream().filter(day -> day.getYear() != year)
                .forEach(day -> problems.add(new CalendarRefused.Problem("calendar.error.otherYear", day.toString(),
                        String.valueOf(year))));
        on.stream().filter(day -> day.getYear() != year)
                .forEach(day -> problems.add(new CalendarRefused.Problem("calendar.error.otherYear", day.toString(),
                        String.valueOf(year))));
        on.stream().filter(off::contains)
                .forEach(day -> problems.add(new CalendarRefused.Problem("calendar.error.both", day.toString())));
        on.stream().filter(day -> !isWeekend(day))
                .forEach(day -> problems.add(new CalendarRefused.Problem("calendar.error.workdayOnWeekday",
                        day.toString())));
        if (!problems.isEmpty()) {
            throw new CalendarRefused(problems);
        }
        store.replace(year, off, on, user, how);
        years.remove(year);
        return year(year);
    }

    private static boolean isWeekend(LocalDate day) {
        return day.getDayOfWeek() == DayOfWeek.SATURDAY || day.getDayOfWeek() == DayOfWeek.SUNDAY;
    }
}
