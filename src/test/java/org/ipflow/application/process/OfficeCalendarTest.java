package org.ipflow.application.process;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.OffsetDateTime;
import java.util.Date;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.parallel.ResourceLock;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

// The engine's clock is one for the JVM: tests that set it run one after another.
@ResourceLock("engine-clock")
class OfficeCalendarTest {

    private final OfficeCalendar calendar = new OfficeCalendar();

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
}
