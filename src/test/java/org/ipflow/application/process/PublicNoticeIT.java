package org.ipflow.application.process;

import static org.assertj.core.api.Assertions.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;

import java.time.OffsetDateTime;
import java.util.Date;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests;
import org.ipflow.application.ApiClient;
import org.ipflow.application.Decision;
import org.ipflow.application.internal.DecisionRecords;
import org.ipflow.application.process.grant.GrantProcess;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpMethod;

/**
 * A grant's public notice: opened just before a national holiday, after the administrator entered that year's
 * calendar through the API, its five working days skip the holiday week and count the swapped Sunday, so the
 * notice (and its timer) ends on the right day instead of in the middle of the holiday; ended early by an
 * administrator, its timeline says so with the reason, not that the period is over.
 */
@ProgrammeProcessTest
class PublicNoticeIT {

    @Autowired ProcessEngine engine;
    @Autowired GrantProcessDriver driver;
    @Autowired TestApplications rows;
    @Autowired TestRestTemplate rest;
    @Autowired DecisionRecords decisions;

    @BeforeEach
    void setUp() {
        BpmnAwareTests.init(engine);
    }

    @AfterEach
    void resetEngineClock() {
        ClockUtil.reset();
    }

    @Test
    void aNoticeOpenedBeforeTheNationalDayEndsAfterFiveWorkingDaysByTheOfficeCalendar() {
        var put = new ApiClient(rest).call("admin", HttpMethod.PUT, "/api/admin/calendar/2031", Map.of(
                "holidays", List.of("2031-10-01", "2031-10-02", "2031-10-03", "2031-10-04", "2031-10-05",
                        "2031-10-06", "2031-10-07"),
                "workdays", List.of("2031-09-28", "2031-10-11")));
        assertThat(put.getStatusCode().value()).as("%s", put.getBody()).isEqualTo(200);
        ProcessInstance pi = driver.submitAndScore(rows.newEnterprise(), 300_000, 90, 85, 80);

        // Friday 26 September 2031: Sun 28 (worked), Mon 29, Tue 30, then 1-7 October off, Wed 8, Thu 9
        ClockUtil.setCurrentTime(Date.from(OffsetDateTime.parse("2031-09-26T10:00:00+08:00").toInstant()));
        driver.approveRecommended(pi);

        assertThat(pi).isWaitingAt(GrantProcess.Elements.NOTICE_ENDS);
        OffsetDateTime until = OffsetDateTime.parse("2031-10-09T23:59:59+08:00");
        assertThat(OffsetDateTime.parse((String) driver.variable(pi, "noticeUntil"))).isEqualTo(until);
        assertThat(engine.getManagementService().createJobQuery().processInstanceId(pi.getId()).singleResult()
                .getDuedate().toInstant()).isEqualTo(until.toInstant());
    }

    @Test
    void aNoticeAnAdministratorEndsEarlySaysSoWithTheReasonOnTheTimeline() {
        ProcessInstance pi = driver.approveRecommended(driver.submitAndScore(rows.newEnterprise(), 300_000, 90, 85, 80));
        String job = engine.getManagementService().createJobQuery().processInstanceId(pi.getId()).singleResult().getId();

        var run = new ApiClient(rest).call("admin", HttpMethod.POST, "/api/admin/jobs/" + job + "/run",
                Map.of("reason", "公示期内无异议，经处务会同意提前结束"));

        assertThat(run.getStatusCode().value()).as("%s", run.getBody()).isEqualTo(200);
        assertThat(pi).isWaitingAt(GrantProcess.Elements.DISBURSEMENT);
        List<String> notes = decisions.timeline(driver.application(pi).id()).stream().map(Decision::comment).toList();
        assertThat(notes).contains("公示由管理员提前结束：公示期内无异议，经处务会同意提前结束").doesNotContain("公示期满");
    }
}
