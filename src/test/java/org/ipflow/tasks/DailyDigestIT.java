package org.ipflow.tasks;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.LocalTime;
import java.util.Date;
import java.util.List;
import org.camunda.bpm.engine.TaskService;
import org.ipflow.IpflowTest;
import org.ipflow.MovableClock;
import org.ipflow.application.ApiClient;
import org.ipflow.shared.OfficeTime;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpMethod;
import org.springframework.jdbc.core.simple.JdbcClient;

/** The holder of a task due tomorrow gets one digest a day, however often the job runs, and none before 7:00. */
@IpflowTest
class DailyDigestIT {

    @Autowired
    TestRestTemplate rest;
    @Autowired
    TaskService tasks;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    MovableClock clock;
    @Autowired
    DailyDigest digest;

    @Test
    void theHolderOfATaskDueTomorrowGetsOneDigestADay() {
        ApiClient api = new ApiClient(rest);
        String enterprise = api.newEnterprise();
        long id = api.submittedGrant(enterprise, "每日汇总测试项目", 100000, 40000);
        String task = api.taskFor("reviewer1", id, "Task_RegionalPreReview");
        assertThat(api.call("reviewer1", HttpMethod.POST, "/api/tasks/" + task + "/claim", null).getStatusCode()
                .value()).isEqualTo(200);
        LocalDate today = LocalDate.now(OfficeTime.ZONE);
        var found = tasks.createTaskQuery().taskId(task).singleResult();
        found.setDueDate(Date.from(today.plusDays(1).atTime(12, 0).atZone(OfficeTime.ZONE).toInstant()));
        tasks.saveTask(found);
        String key = DailyDigest.MESSAGE + ":" + today + ":reviewer1:EMAIL";
        try {
            clock.pin(today.atTime(LocalTime.of(6, 0)).atZone(OfficeTime.ZONE).toInstant());
            digest.run();
            assertThat(digests(key)).as("not before 7:00").isEmpty();
            clock.pin(today.atTime(LocalTime.of(9, 0)).atZone(OfficeTime.ZONE).toInstant());
            digest.run();
            digest.run();
            assertThat(digests(key)).singleElement().asString().containsAnyOf("明天到期", "due tomorrow");
        } finally {
            clock.release();
            api.call("reviewer1", HttpMethod.POST, "/api/tasks/" + task + "/unclaim", null);
        }
    }

    private List<String> digests(String key) {
        return jdbc.sql("select body from outbound_message where dedupe_key = ?").param(key).query(String.class).list();
    }
}
