package org.ipflow.application;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.runtime.Job;
import org.ipflow.IpflowTest;
import org.ipflow.application.internal.ApplicationRepository;
import org.ipflow.shared.OfficeTime;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpMethod;
import org.springframework.jdbc.core.simple.JdbcClient;

/** The grant programme end to end through the JSON API, every role as a client would drive it. */
@IpflowTest
class GrantFlowIT {

    @Autowired
    JdbcClient jdbc;

    @Autowired
    TestRestTemplate rest;

    @Autowired
    ManagementService management;

    @Autowired
    ApplicationRepository applications;

    ApiClient api;

    @BeforeEach
    void setUp() {
        api = new ApiClient(rest);
    }

    @Test
    void grantPassesEveryRoleToDisbursed() {
        long id = api.submittedGrant("enterprise1", "稀土电机产业化", 200000, 100000);

        assertThat(api.taskFor("reviewer2", id, "Task_RegionalPreReview")).as("other region sees nothing").isNull();
        String preReview = api.taskFor("reviewer1", id, "Task_RegionalPreReview");
        assertThat(api.call("reviewer1", HttpMethod.POST, "/api/tasks/" + preReview + "/claim", null)
                .getStatusCode().value()).isEqualTo(200);
        assertThat(api.call("reviewer1", HttpMethod.GET, "/api/tasks/" + preReview, null).getBody())
                .as("no objection behind a review").doesNotContainKey("objection");
        assertThat(api.complete("reviewer1", preReview, Map.of("decision", "approve", "comment", "材料齐全"))
                .getStatusCode().value()).isEqualTo(200);
        assertThat(api.application("enterprise1", id)).containsEntry("status", "IN_REVIEW");

        String formal = api.taskFor("reviewer3", id, "Task_FormalReview");
        assertThat(api.complete("reviewer3", formal, Map.of("decision", "approve")).getStatusCode().value())
                .isEqualTo(200);

        for (String expert : api.acceptedExperts(id)) {
            String scoring = api.taskFor(expert, id, "Task_ExpertScoring");
            assertThat(scoring).as(expert).isNotNull();
            assertThat(api.complete(expert, scoring, ApiClient.rubricScore(90, "转化前景好")).getStatusCode()
                    .value()).as(expert).isEqualTo(200);
        }

        String approval = api.taskFor("approver1", id, "Task_ApproverDecision");
        var tooMuch = api.complete("approver1", approval, Map.of("decision", "approve", "approvedAmount", 100001));
        assertThat(tooMuch.getStatusCode().value()).isEqualTo(400);
        assertThat(ApiClient.errors(tooMuch)).containsKey("approvedAmount");
        assertThat(api.complete("approver1", approval, Map.of("decision", "approve", "approvedAmount", 90000))
                .getStatusCode().value()).isEqualTo(200);

        Map<String, Object> underNotice = api.application("enterprise1", id);
        assertThat(underNotice).containsEntry("status", "PUBLIC_NOTICE").containsEntry("payment", null);
        assertThat(progress(underNotice)).containsSubsequence("Task_RegionalPreReview=done",
                "Task_ApproverDecision=done", "SubProcess_PublicNotice=current", "Task_Disbursement=waiting");
        assertThat(step(underNotice, "SubProcess_PublicNotice")).as("the notice's end is its time limit")
                .containsEntry("due", underNotice.get("noticeUntil"));
        String number = (String) underNotice.get("number");
        var notices = rest.getForEntity("/api/public/notices", List.class);
        assertThat(notices.getBody().toString()).contains(number);

        var objection = api.call(null, HttpMethod.POST, "/api/public/notices/" + number + "/objections",
                Map.of("name", "张三", "contact", "13800000000", "reason", "该专利存在权属争议"));
        assertThat(objection.getStatusCode().value()).isEqualTo(201);
        String review = api.taskFor("reviewer2", id, "Task_ReviewObjection");
        assertThat(jdbc.sql("select body from outbound_message where recipient = 'reviewer2' and kind = ?")
                .param("notification.objectionFiled").query(String.class).list())
                .as("those who decide objections hear of it by e-mail, in its own words (in reviewer2's language, "
                        + "which other tests of the shared context may have switched)")
                .anySatisfy(body -> assertThat(body).contains(number).containsAnyOf("异议", "someone objected"));
        Map<String, Object> reviewTask = api.call("reviewer2", HttpMethod.GET, "/api/tasks/" + review, null).getBody();
        assertThat(reviewTask.get("objection")).as("the objection as the public filed it")
                .isInstanceOfSatisfying(Map.class, filed -> assertThat(filed)
                        .containsEntry("name", "张三").containsEntry("contact", "13800000000")
                        .containsEntry("reason", "该专利存在权属争议").containsKeys("id", "filedAt"));
        assertThat(api.complete("reviewer2", review, Map.of("decision", "dismiss", "comment", "权属清晰，异议不成立"))
                .getStatusCode().value()).isEqualTo(200);

        endNotice(id);
        String disbursement = api.taskFor("finance1", id, "Task_Disbursement");
        var wholeApproval = api.complete("finance1", disbursement, Map.of("paidAmount", 90000, "paymentReference",
                "BOC-2026-0001", "paidOn", LocalDate.now(OfficeTime.ZONE).toString()));
        assertThat(ApiClient.errors(wholeApproval).get("paidAmount").toString())
                .as("the release pays 70 % of the approval on award, the rest on acceptance").contains("63,000.00");
        assertThat(api.complete("finance1", disbursement, Map.of("paidAmount", 63000, "paymentReference", "BOC-2026-0001",
                "paidOn", LocalDate.now(OfficeTime.ZONE).toString())).getStatusCode().value()).isEqualTo(200);

        Map<String, Object> done = api.application("enterprise1", id);
        assertThat(done).containsEntry("status", "DISBURSED");
        assertThat(((Number) done.get("approvedAmount")).doubleValue()).isEqualTo(90000.0);
        Map<String, Object> award = Map.of("amount", 63000.00, "paidOn", LocalDate.now(OfficeTime.ZONE).toString(),
                "reference", "BOC-2026-0001", "purpose", "grant");
        assertThat(done.get("payment")).isEqualTo(award);
        assertThat(done.get("payments")).as("the award tranche alone until acceptance").isEqualTo(List.of(award));
        assertThat(ApiClient.object(done, "enterprise")).containsEntry("creditCode", "91150100MA0QCKJ01L")
                .containsEntry("region", "150100").containsEntry("regionName", "呼和浩特市").containsKey("name");
        assertThat(progress(done)).doesNotContain("Task_Disbursement=waiting").contains("Task_Disbursement=done")
                .as("paid on award, the project's results report and its acceptance are still to come")
                .contains("Task_AcceptanceReview=waiting", "Task_AcceptanceDisbursement=waiting");
        assertThat(api.list("enterprise1", "/api/notifications").getBody().toString())
                .as("the model's message replaces the generic one of the same status change")
                .containsOnlyOnce(number + "：专利转化资助资金已拨付").doesNotContain(number + " 的资金已拨付")
                .as("the end of the public notice does not announce the approval again")
                .containsOnlyOnce(number + " 已获批准");
        List<?> history = (List<?>) done.get("history");
        assertThat(history.toString()).contains("reviewer1", "reviewer3", "approver1", "finance1", "材料齐全", "dismiss");
    }

    @Test
    void returnedApplicationIsCorrectedAndResubmitted() {
        long id = api.submittedGrant("enterprise1", "退回补正项目", 100000, 40000);
        String preReview = api.taskFor("reviewer1", id, "Task_RegionalPreReview");
        var noComment = api.complete("reviewer1", preReview, Map.of("decision", "return"));
        assertThat(noComment.getStatusCode().value()).isEqualTo(400);
        assertThat(ApiClient.errors(noComment)).containsKey("comment");

        assertThat(api.complete("reviewer1", preReview, Map.of("decision", "return", "comment", "请补充付款凭证原件",
                "correctionDays", 10)).getStatusCode().value()).isEqualTo(200);
        Map<String, Object> returned = api.application("enterprise1", id);
        assertThat(returned).containsEntry("status", "RETURNED");
        assertThat(returned.get("correction").toString()).contains("请补充付款凭证原件");
        assertThat(progress(returned)).as("the office waits for the enterprise until the deadline")
                .containsSubsequence("Task_RegionalPreReview=done", "Task_AwaitCorrection=current",
                        "Task_FormalReview=waiting", "SubProcess_ExpertReview=waiting", "Task_ApproverDecision=waiting",
                        "SubProcess_PublicNotice=waiting", "Task_Disbursement=waiting");
        assertThat(step(returned, "Task_AwaitCorrection"))
                .containsEntry("due", ((Map<?, ?>) returned.get("correction")).get("deadline"));

        var update = api.call("enterprise1", HttpMethod.PUT, "/api/applications/" + id,
                Map.of("data", ApiClient.grantData("退回补正项目（已补正）", 100000, 40000)));
        assertThat(update.getStatusCode().value()).isEqualTo(200);
        var resubmitted = api.call("enterprise1", HttpMethod.POST, "/api/applications/" + id + "/submit", null);
        assertThat(resubmitted.getBody()).containsEntry("status", "SUBMITTED");
        assertThat(api.taskFor("reviewer1", id, "Task_RegionalPreReview")).isNotNull();
    }

    @Test
    void rejectedApplicationEndsRejected() {
        long id = api.submittedGrant("enterprise2", "不予资助项目", 100000, 40000);
        String preReview = api.taskFor("reviewer2", id, "Task_RegionalPreReview");
        assertThat(api.complete("reviewer2", preReview, Map.of("decision", "reject", "comment", "不属于资助范围"))
                .getStatusCode().value()).isEqualTo(200);
        assertThat(api.application("enterprise2", id)).containsEntry("status", "REJECTED");
        assertThat(api.call("enterprise2", HttpMethod.PUT, "/api/applications/" + id,
                Map.of("data", ApiClient.grantData("x", 1, 1))).getStatusCode().value()).isEqualTo(409);
    }

    @Test
    void aTaskHeldBySomeoneElseCannotBeTakenOrCompleted() {
        long id = api.submittedGrant("enterprise2", "认领冲突项目", 100000, 40000);
        String preReview = api.taskFor("reviewer2", id, "Task_RegionalPreReview");
        assertThat(api.complete("reviewer2", preReview, Map.of("decision", "approve")).getStatusCode().value())
                .isEqualTo(200);
        String formal = api.taskFor("reviewer1", id, "Task_FormalReview");
        assertThat(api.call("reviewer1", HttpMethod.POST, "/api/tasks/" + formal + "/claim", null).getStatusCode()
                .value()).isEqualTo(200);
        var claim = api.call("reviewer3", HttpMethod.POST, "/api/tasks/" + formal + "/claim", null);
        assertThat(claim.getStatusCode().value()).isEqualTo(409);
        assertThat(claim.getBody().get("detail").toString()).contains("reviewer1");
        assertThat(api.complete("reviewer3", formal, Map.of("decision", "approve")).getStatusCode().value())
                .isEqualTo(409);
        assertThat(api.call("reviewer3", HttpMethod.POST, "/api/tasks/" + formal + "/unclaim", null).getStatusCode()
                .value()).isEqualTo(409);
    }

    /** The application's progress as {@code step=state}, in order. */
    private static List<String> progress(Map<String, Object> application) {
        return ((List<?>) application.get("progress")).stream().map(s -> (Map<?, ?>) s)
                .map(s -> s.get("step") + "=" + s.get("state")).toList();
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> step(Map<String, Object> application, String step) {
        return ((List<Map<String, Object>>) application.get("progress")).stream()
                .filter(s -> step.equals(s.get("step"))).findFirst().orElseThrow();
    }

    private void endNotice(long id) {
        String instance = applications.findById(id).orElseThrow().processInstanceId();
        List<Job> timers = management.createJobQuery().processInstanceId(instance).timers().list();
        assertThat(timers).hasSize(1);
        management.executeJob(timers.get(0).getId());
    }
}
