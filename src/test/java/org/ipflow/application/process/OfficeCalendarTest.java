package org.ipflow.application.process;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.Date;
import java.util.Set;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.ipflow.calendar.WorkingDays;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.parallel.ResourceLock;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

// The engine's clock is one for the JVM: tests that set it run one after another.
@ResourceLock("engine-clock")
class OfficeCalendarTest {

    /** An office calendar with no year entered: Monday to Friday. */
    static final WorkingDays WEEKDAYS = day -> day.getDayOfWeek().getValue() < DayOfWeek.SATURDAY.getValue();

    private final OfficeCalendar calendar = new OfficeCalendar(WEEKDAYS);

    @AfterEach
    void resetEngineClock() {
        ClockUtil.reset();
    }

    @ParameterizedTest(name = "notice opened {0} ends {1}")
    @CsvSource({
            "2026-11-25T10:00:00+08:00, 2026-12-02T23:59:59+08:00", // Wednesday: Thu Fri, Mon Tue Wed
            "2026-11-27T16:00:00+08:00, 2026-12-04T23:59:59+08:00", // Friday: the weekend does not count
            "2026-11-28T09:00:00+08:00, 2026-12-04T23:59:59+08:00", // Saturday
            "2026-11-27T20:00:00Z,      2026-12-04T23:59:59+08:00", // already Saturday in China
    })
    void publicNoticeEndsAtTheEndOfTheFifthWorkingDayInChina(String now, String expected) {
        ClockUtil.setCurrentTime(Date.from(OffsetDateTime.parse(now).toInstant()));
        assertThat(calendar.endOfWorkingDaysAfterToday(5)).isEqualTo(OffsetDateTime.parse(expected));
    }

    @Test
    void correctionDeadlineIsTheEndOfTheDayInChina() {
        ClockUtil.setCurrentTime(Date.from(OffsetDateTime.parse("2026-11-25T17:30:00+08:00").toInstant()));
        assertThat(calendar.endOfDaysAfterToday(15).toString()).isEqualTo("2026-12-10T23:59:59+08:00");
    }

    @Test
    void aNoticeOverTheNationalDayHolidaysCountsNeitherTheHolidaysNorTheWeekendButTheSwappedSaturday() {
        Set<LocalDate> holidays = Set.of(LocalDate.parse("2026-10-01"), LocalDate.parse("2026-10-02"),
                LocalDate.parse("2026-10-05"), LocalDate.parse("2026-10-06"), LocalDate.parse("2026-10-07"));
        LocalDate swappedSaturday = LocalDate.parse("2026-10-10");
        OfficeCalendar withHolidays = new OfficeCalendar(day -> !holidays.contains(day)
                && (day.equals(swappedSaturday) || WEEKDAYS.isWorkingDay(day)));
        ClockUtil.setCurrentTime(Date.from(OffsetDateTime.parse("2026-09-29T10:00:00+08:00").toInstant()));

        // Wed 30 Sep; 1-7 Oct off; Thu 8, Fri 9, Sat 10 (worked), Mon 12
        assertThat(withHolidays.endOfWorkingDaysAfterToday(5)).isEqualTo(OffsetDateTime.parse("2026-10-12T23:59:59+08:00"));
    }
}
