package org.ipflow.calendar;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.Date;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.ipflow.IpflowPostgresTest;
import org.ipflow.application.ApiClient;
import org.ipflow.application.process.OfficeCalendar;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.parallel.ResourceLock;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpMethod;

/**
 * The office calendar's SQL on a real PostgreSQL, whose {@code date} columns must come back as the same days
 * whatever the zones: a year put through the API reads back day for day, and a public notice opened before 国庆
 * ends on the day the calendar says.
 */
@IpflowPostgresTest
@ResourceLock("engine-clock")
class PostgresCalendarIT {

    @Autowired
    TestRestTemplate rest;
    @Autowired
    WorkingDays workingDays;
    @Autowired
    OfficeCalendar calendar;

    @Test
    void aYearPutReadsBackDayForDayAndANoticeOverTheNationalDayEndsOnTheRightDay() {
        ApiClient api = new ApiClient(rest);
        List<String> holidays = List.of("2031-10-01", "2031-10-02", "2031-10-03", "2031-10-04", "2031-10-05",
                "2031-10-06", "2031-10-07");
        var put = api.call("admin", HttpMethod.PUT, "/api/admin/calendar/2031",
                Map.of("holidays", holidays, "workdays", List.of("2031-09-28", "2031-10-11")));
        assertThat(put.getStatusCode().value()).as("%s", put.getBody()).isEqualTo(200);

        assertThat(api.call("admin", HttpMethod.GET, "/api/admin/calendar/2031", null).getBody())
                .containsEntry("entered", true).containsEntry("holidays", holidays)
                .containsEntry("workdays", List.of("2031-09-28", "2031-10-11"));
        assertThat(workingDays.isWorkingDay(LocalDate.parse("2031-10-01"))).as("Wednesday, 国庆").isFalse();
        assertThat(workingDays.isWorkingDay(LocalDate.parse("2031-10-11"))).as("Saturday, swapped").isTrue();

        // Monday 29 September 2031: Tue 30, then 1-7 October off, Wed 8, Thu 9, Fri 10, Sat 11 (worked)
        ClockUtil.setCurrentTime(Date.from(OffsetDateTime.parse("2031-09-29T10:00:00+08:00").toInstant()));
        try {
            assertThat(calendar.endOfWorkingDaysAfterToday(5))
                    .isEqualTo(OffsetDateTime.parse("2031-10-11T23:59:59+08:00"));
        } finally {
            ClockUtil.reset();
        }
    }
}
