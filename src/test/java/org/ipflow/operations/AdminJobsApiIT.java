package org.ipflow.operations;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.ManagementService;
import org.ipflow.IpflowTest;
import org.ipflow.application.ApiClient;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpMethod;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The admin API that replaces operating processes through /engine-rest, on a real grant application
 * returned for correction and so waiting at its correction deadline: the application's jobs, running the
 * deadline's timer now with a reason (the process moves on, the audit log and the timeline say who and
 * why), and the refusals.
 */
@IpflowTest
class AdminJobsApiIT {

    @Autowired
    TestRestTemplate rest;
    @Autowired
    ManagementService management;
    @Autowired
    JdbcClient jdbc;

    ApiClient api;

    @BeforeEach
    void setUp() {
        api = new ApiClient(rest);
    }

    @Test
    void anAdministratorRunsTheCorrectionDeadlineWithAReasonAndTheTimelineSaysWhy() {
        long id = returnedForCorrection("提前结束补正期限");
        String number = (String) api.application("enterprise1", id).get("number");

        var listed = api.list("admin", "/api/admin/applications/" + number + "/jobs");
        assertThat(listed.getStatusCode().value()).isEqualTo(200);
        assertThat(listed.getBody()).hasSize(1);
        Map<String, Object> job = listed.getBody().get(0);
        assertThat(job).containsEntry("type", "timer").containsEntry("activity", "Timer_CorrectionDeadline")
                .containsEntry("retries", 3).containsKey("due");
        String jobId = (String) job.get("id");

        String reason = "企业来函放弃补正，申请提前结束补正期限";
        var run = api.call("admin", HttpMethod.POST, "/api/admin/jobs/" + jobId + "/run", Map.of("reason", reason));

        assertThat(run.getStatusCode().value()).as("%s", run.getBody()).isEqualTo(200);
        assertThat(management.createJobQuery().jobId(jobId).count()).isZero();
        assertThat(api.application("enterprise1", id)).containsEntry("status", "WITHDRAWN");
        assertThat(jdbc.sql("select actor || ' ' || action || ' ' || detail from admin_audit where detail like ?")
                .param("%" + jobId + "%").query(String.class).list())
                .singleElement().asString().startsWith("admin RUN_TIMER job " + jobId + " at Timer_CorrectionDeadline")
                .contains(number, "reason: " + reason);
        assertThat(jdbc.sql("select actor || ' ' || decision || ' ' || step_key || ' ' || comment from decision_record "
                        + "where application_id = ? and decision = 'job-run'").param(id).query(String.class).list())
                .containsExactly("admin job-run Timer_CorrectionDeadline " + reason);
        @SuppressWarnings("unchecked")
        var history = (List<Map<String, Object>>) api.application("enterprise1", id).get("history");
        assertThat(history).anySatisfy(entry -> assertThat(entry).containsEntry("decision", "job-run")
                .containsEntry("comment", reason));
    }

    @Test
    void aRunWithoutAReasonIsRefusedAndTheJobStays() {
        long id = returnedForCorrection("没有理由的执行");
        String number = (String) api.application("enterprise1", id).get("number");
        String jobId = (String) api.list("admin", "/api/admin/applications/" + number + "/jobs").getBody().get(0).get("id");

        for (Object body : new Object[] {null, Map.of(), Map.of("reason", "  ")}) {
            var refused = api.call("admin", HttpMethod.POST, "/api/admin/jobs/" + jobId + "/run", body);
            assertThat(refused.getStatusCode().value()).as("%s", body).isEqualTo(400);
            assertThat(refused.getBody()).extracting("errors").asString().contains("reason=请写明为何现在执行");
        }
        var english = api.call("admin", HttpMethod.POST, "/api/admin/jobs/" + jobId + "/run", Map.of(),
                Map.of("Accept-Language", "en"));
        assertThat(english.getBody()).extracting("errors").asString().contains("reason=Say why it runs now");

        assertThat(management.createJobQuery().jobId(jobId).count()).isOne();
        assertThat(api.application("enterprise1", id)).containsEntry("status", "RETURNED");
        assertThat(jdbc.sql("select count(*) from admin_audit where detail like ?").param("%" + jobId + "%")
                .query(Integer.class).single()).isZero();
    }

    @Test
    void unknownNumbersAndJobsAnswer404() {
        assertThat(api.call("admin", HttpMethod.GET, "/api/admin/applications/PTG-1999-999999/jobs", null)
                .getStatusCode().value()).isEqualTo(404);
        assertThat(api.call("admin", HttpMethod.POST, "/api/admin/jobs/no-such-job/run", Map.of("reason", "测试"))
                .getStatusCode().value()).isEqualTo(404);
    }

    @Test
    void everyOtherRoleIsRefused() {
        long id = returnedForCorrection("其他角色不得执行");
        String number = (String) api.application("enterprise1", id).get("number");
        String jobId = (String) api.list("admin", "/api/admin/applications/" + number + "/jobs").getBody().get(0).get("id");
        for (String user : List.of("enterprise1", "reviewer1", "finance1", "approver1")) {
            assertThat(api.call(user, HttpMethod.GET, "/api/admin/applications/" + number + "/jobs", null)
                    .getStatusCode().value()).as(user).isEqualTo(403);
            assertThat(api.call(user, HttpMethod.POST, "/api/admin/jobs/" + jobId + "/run", Map.of("reason", "越权"))
                    .getStatusCode().value()).as(user).isEqualTo(403);
        }
        assertThat(api.call(null, HttpMethod.POST, "/api/admin/jobs/" + jobId + "/run", Map.of("reason", "匿名"))
                .getStatusCode().value()).isEqualTo(401);
        assertThat(management.createJobQuery().jobId(jobId).count()).isOne();
    }

    /** A grant application the regional pre-review returned: it waits at its correction deadline. */
    private long returnedForCorrection(String project) {
        long id = api.submittedGrant("enterprise1", project, 200000, 100000);
        String preReview = api.taskFor("reviewer1", id, "Task_RegionalPreReview");
        assertThat(api.complete("reviewer1", preReview, Map.of("decision", "return", "comment", "请补充许可合同备案证明",
                "correctionDays", 7)).getStatusCode().value()).isEqualTo(200);
        assertThat(api.application("enterprise1", id)).containsEntry("status", "RETURNED");
        return id;
    }
}
