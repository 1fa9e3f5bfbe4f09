package org.ipflow.application.process;

import java.time.LocalDate;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.temporal.ChronoUnit;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.ipflow.calendar.WorkingDays;
import org.ipflow.shared.OfficeTime;
import org.springframework.stereotype.Component;

/**
 * Dates as the office counts them: in China Standard Time whatever the server's zone, and by the
 * engine's clock, so that deadlines computed here and the timers that wait for them agree (tests move
 * that clock). Working days are the office calendar's: public holidays and swapped working days as the
 * administrator entered them.
 */
@Component
public class OfficeCalendar {

    public static final ZoneId OFFICE_ZONE = OfficeTime.ZONE;

    private final WorkingDays workingDays;

    public OfficeCalendar(WorkingDays workingDays) {
        this.workingDays = workingDays;
    }

    public ZonedDateTime now() {
        return ClockUtil.getCurrentTime().toInstant().atZone(OFFICE_ZONE);
    }

    /**
     * The last second of the {@code days}-th working day after today, by the office calendar: a notice
     * over 国庆 does not count the holiday week, and a swapped working Saturday (调休) counts.
     */
    public OffsetDateTime endOfWorkingDaysAfterToday(int days) {
        LocalDate day = now().toLocalDate();
        int counted = 0;
        while (counted < days) {
            day = day.plusDays(1);
            if (workingDays.isWorkingDay(day)) {
                counted++;
            }
        }
        return endOf(day);
    }

    /** The last second of the day {@code days} calendar days from today: deadlines are set by date. */
    public OffsetDateTime endOfDaysAfterToday(int days) {
        return endOf(now().toLocalDate().plusDays(days));
    }

    /** The last second of the day {@code months} calendar months from today: a project period. */
    public OffsetDateTime endOfMonthsAfterToday(int months) {
        return endOf(now().toLocalDate().plusMonths(months));
    }

    private static OffsetDateTime endOf(LocalDate day) {
        return day.atTime(LocalTime.MAX.truncatedTo(ChronoUnit.SECONDS)).atZone(OFFICE_ZONE).toOffsetDateTime();
    }
}
