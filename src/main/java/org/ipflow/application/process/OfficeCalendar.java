package org.ipflow.application.process;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.temporal.ChronoUnit;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.ipflow.shared.OfficeTime;
import org.springframework.stereotype.Component;

/**
 * Dates as the office counts them: in China Standard Time whatever the server's zone, and by the
 * engine's clock, so that deadlines computed here and the timers that wait for them agree (tests move
 * that clock).
 */
@Component
public class OfficeCalendar {

    public static final ZoneId OFFICE_ZONE = OfficeTime.ZONE;

    public ZonedDateTime now() {
        return ClockUtil.getCurrentTime().toInstant().atZone(OFFICE_ZONE);
    }

    /**
     * The last second of the {@code days}-th working day after today. Saturdays and Sundays are skipped;
     * public holidays and the State Council's swapped working weekends are not known here, so a notice
     * over a holiday ends earlier than the office would count it.
     */
    public OffsetDateTime endOfWorkingDaysAfterToday(int days) {
        LocalDate day = now().toLocalDate();
        int counted = 0;
        while (counted < days) {
            day = day.plusDays(1);
            if (day.getDayOfWeek() != DayOfWeek.SATURDAY && day.getDayOfWeek() != DayOfWeek.SUNDAY) {
                counted++;
            }
        }
        return endOf(day);
    }

    /** The last second of the day {@code days} calendar days from today: deadlines are set by date. */
    public OffsetDateTime endOfDaysAfterToday(int days) {
        return endOf(now().toLocalDate().plusDays(days));
    }

    private static OffsetDateTime endOf(LocalDate day) {
        return day.atTime(LocalTime.MAX.truncatedTo(ChronoUnit.SECONDS)).atZone(OFFICE_ZONE).toOffsetDateTime();
    }
}
