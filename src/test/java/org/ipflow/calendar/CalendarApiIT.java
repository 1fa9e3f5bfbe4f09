package org.ipflow.calendar;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import org.ipflow.IpflowTest;
import org.ipflow.application.ApiClient;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpMethod;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * {@code GET|PUT /api/admin/calendar/{year}}: the State Council's 2026 arrangement is there from the start,
 * an administrator replaces a year and the deadlines follow at once, and a calendar that makes no sense is
 * refused as a whole with every problem named.
 */
@IpflowTest
class CalendarApiIT {

    @Autowired
    TestRestTemplate rest;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    WorkingDays workingDays;

    ApiClient api;

    @BeforeEach
    void setUp() {
        api = new ApiClient(rest);
    }

    @Test
    @SuppressWarnings("unchecked")
    void the2026ArrangementIsSeeded() {
        var answer = api.call("admin", HttpMethod.GET, "/api/admin/calendar/2026", null);

        assertThat(answer.getStatusCode().value()).isEqualTo(200);
        assertThat(answer.getBody()).containsEntry("year", 2026).containsEntry("entered", true);
        assertThat((List<Object>) answer.getBody().get("holidays")).hasSize(33).contains("2026-02-17", "2026-10-07");
        assertThat((List<Object>) answer.getBody().get("workdays")).containsExactly("2026-01-04", "2026-02-14", "2026-02-28",
                "2026-05-09", "2026-09-20", "2026-10-10");
    }

    @Test
    void anAdministratorReplacesAYearAndWorkingDaysFollowAtOnce() {
        assertThat(workingDays.isWorkingDay(java.time.LocalDate.parse("2032-10-01"))).as("a Friday").isTrue();

        var put = api.call("admin", HttpMethod.PUT, "/api/admin/calendar/2032",
                Map.of("holidays", List.of("2032-10-01", "2032-10-04"), "workdays", List.of("2032-10-09")));

        assertThat(put.getStatusCode().value()).as("%s", put.getBody()).isEqualTo(200);
        assertThat(put.getBody()).containsEntry("entered", true).containsEntry("updatedBy", "admin")
                .containsEntry("workdays", List.of("2032-10-09"));
        assertThat(workingDays.isWorkingDay(java.time.LocalDate.parse("2032-10-01"))).isFalse();
        assertThat(workingDays.isWorkingDay(java.time.LocalDate.parse("2032-10-09"))).as("a Saturday").isTrue();
        assertThat(jdbc.sql("select count(*) from admin_audit where action = 'CALENDAR_SAVED' and subject = ?")
                .param("calendar:2032").query(Integer.class).single()).isEqualTo(1);
        assertThat(api.call("admin", HttpMethod.GET, "/api/admin/calendar/2032", null).getBody())
                .containsEntry("holidays", List.of("2032-10-01", "2032-10-04"));
    }

    @Test
    void refusesACalendarThatMakesNoSenseAndNamesEveryProblem() {
        var answer = api.call("admin", HttpMethod.PUT, "/api/admin/calendar/2033",
                Map.of("holidays", List.of("2034-01-01"), "workdays", List.of("2033-10-10")));

        assertThat(answer.getStatusCode().value()).isEqualTo(400);
        assertThat((List<?>) answer.getBody().get("problems")).hasSize(2);
        assertThat(ApiClient.errors(answer)).containsKey("calendar");
        assertThat(api.call("admin", HttpMethod.GET, "/api/admin/calendar/2033", null).getBody())
                .containsEntry("entered", false);
    }

    @Test
    void bothListsAreRequired() {
        var answer = api.call("admin", HttpMethod.PUT, "/api/admin/calendar/2033", Map.of("holidays", List.of()));

        assertThat(answer.getStatusCode().value()).isEqualTo(400);
        assertThat(ApiClient.errors(answer)).containsKey("calendar");
    }

    @Test
    void onlyAdministratorsReadOrChangeIt() {
        assertThat(api.call("reviewer1", HttpMethod.GET, "/api/admin/calendar/2026", null).getStatusCode().value())
                .isEqualTo(403);
        assertThat(api.call("approver1", HttpMethod.PUT, "/api/admin/calendar/2033",
                Map.of("holidays", List.of(), "workdays", List.of())).getStatusCode().value()).isEqualTo(403);
    }
}
