package org.ipflow.application;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import javax.sql.DataSource;
import org.ipflow.IpflowTest;
import org.ipflow.application.internal.ApplicationRepository;
import org.ipflow.shared.OfficeTime;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpMethod;

/**
 * The pledge-financing programme end to end through the JSON API: every role, a return and
 * resubmission, a rejection, and the yearly cap of 500 000 yuan per enterprise, also when two
 * applications are approved at the same moment.
 */
@IpflowTest
class PledgeFlowIT {

    @Autowired
    TestRestTemplate rest;

    @Autowired
    ApplicationRepository applications;

    @Autowired
    DataSource dataSource;

    ApiClient api;
    PledgeSteps pledge;

    @BeforeEach
    void setUp() {
        api = new ApiClient(rest);
        pledge = new PledgeSteps(api, applications, dataSource);
    }

    @Test
    void programmesListPledgeFinancingWithItsFormAndDocuments() {
        var programmes = api.list("enterprise1", "/api/programmes");
        assertThat(programmes.getStatusCode().value()).isEqualTo(200);
        Map<String, Object> programme = programmes.getBody().stream()
                .filter(p -> "pledge-financing".equals(p.get("key"))).findFirst().orElseThrow();
        assertThat(programme).containsEntry("name", "知识产权质押融资贴息");
        assertThat(((Map<?, ?>) programme.get("form")).get("id")).isEqualTo("pledge-financing-start");
        assertThat((List<?>) programme.get("documents")).map(d -> ((Map<?, ?>) d).get("kind") + "=" + ((Map<?, ?>) d).get("required"))
                .containsExactly("loan-contract=true", "pledge-contract=true", "pledge-registration=true",
                        "interest-receipts=true", "valuation-report=true", "other=false");
    }

    @Test
    void patentNumbersWithAWrongCheckDigitAndRightsWithoutTheirNumberAreRefused() {
        Map<String, Object> data = new HashMap<>(ApiClient.pledgeData("校验位错误", 10_000, 100));
        data.put("pledgedRights", List.of(Map.of("rightType", "patent", "patentNumber", "ZL202310123456.7",
                "rightName", "一种稀土永磁材料的制备方法")));
        var wrongDigit = api.call("enterprise1", HttpMethod.POST, "/api/applications",
                Map.of("programme", "pledge-financing", "data", data));
        assertThat(wrongDigit.getStatusCode().value()).isEqualTo(400);
        assertThat(ApiClient.errors(wrongDigit)).containsOnlyKeys("pledgedRights[0].patentNumber");
        assertThat(ApiClient.errors(wrongDigit).get("pledgedRights[0].patentNumber").toString()).contains("校验位");

        data.put("pledgedRights", List.of(Map.of("rightType", "trademark", "rightName", "青城")));
        var draft = api.call("enterprise1", HttpMethod.POST, "/api/applications",
                Map.of("programme", "pledge-financing", "data", data));
        assertThat(draft.getStatusCode().value()).as("a draft may be incomplete").isEqualTo(201);
        var submitted = api.call("enterprise1", HttpMethod.POST, "/api/applications/" + draft.getBody().get("id")
                + "/submit", null);
        assertThat(ApiClient.errors(submitted)).containsKey("pledgedRights[0].trademarkNumber")
                .doesNotContainKey("pledgedRights[0].patentNumber").containsKey("documents.loan-contract");
    }

    @Test
    void pledgePassesEveryRoleToDisbursed() {
        long id = api.submittedPledge("enterprise1", "稀土永磁电机生产线流动资金", 120_000, 100);
        assertThat(pledge.complete("reviewer3", id, "Task_Verification", Map.of("decision", "approve", "comment",
                "合同、登记通知书与利息凭证一致"))).isEqualTo(200);
        assertThat(pledge.recommendation(id)).startsWith("建议贴息 72,000.00 元");

        String confirmation = api.taskFor("finance1", id, "Task_FinanceConfirmation");
        var tooMuch = api.complete("finance1", confirmation, Map.of("decision", "approve", "approvedAmount", 72_001));
        assertThat(tooMuch.getStatusCode().value()).isEqualTo(400);
        assertThat(ApiClient.errors(tooMuch).get("approvedAmount").toString()).contains("72,000.00 元");
        assertThat(api.complete("finance1", confirmation, Map.of("decision", "approve", "approvedAmount", 70_000))
                .getStatusCode().value()).isEqualTo(200);

        assertThat(pledge.complete("approver1", id, "Task_ApproverDecision", Map.of("decision", "approve")))
                .isEqualTo(200);
        assertThat(api.application("enterprise1", id)).containsEntry("status", "APPROVED")
                .containsEntry("approvedAmount", 70000.0);
        String number = (String) api.application("enterprise1", id).get("number");
        assertThat(notifications()).as("the model's message replaces the generic one of the same status change")
                .containsOnlyOnce(number + "：知识产权质押融资贴息已批准").doesNotContain(number + " 已获批准");

        String disbursement = api.taskFor("finance1", id, "Task_Disbursement");
        var overpaid = api.complete("finance1", disbursement, Map.of("paidAmount", 70_000.01, "paymentReference",
                "ICBC-2026-0007", "paidOn", LocalDate.now(OfficeTime.ZONE).toString()));
        assertThat(ApiClient.errors(overpaid)).containsKey("paidAmount");
        assertThat(api.complete("finance1", disbursement, Map.of("paidAmount", 70_000, "paymentReference",
                "ICBC-2026-0007", "paidOn", LocalDate.now(OfficeTime.ZONE).toString())).getStatusCode().value()).isEqualTo(200);

        Map<String, Object> done = api.application("enterprise1", id);
        assertThat(done).containsEntry("status", "DISBURSED");
        assertThat(done.get("history").toString()).contains("reviewer3", "finance1", "approver1", "已拨付，请注意查收");
        assertThat(notifications()).containsOnlyOnce(number + "：知识产权质押融资贴息已拨付")
                .doesNotContain(number + " 的资金已拨付").containsOnlyOnce(number + "：知识产权质押融资贴息已批准");
    }

    @Test
    void returnedByFinanceIsCorrectedResubmittedAndRecomputed() {
        long id = api.submittedPledge("enterprise1", "退回补正的贷款", 100_000, 60);
        assertThat(pledge.complete("reviewer3", id, "Task_Verification", Map.of("decision", "approve"))).isEqualTo(200);
        String confirmation = api.taskFor("finance1", id, "Task_FinanceConfirmation");
        var noComment = api.complete("finance1", confirmation, Map.of("decision", "return"));
        assertThat(ApiClient.errors(noComment)).containsKey("comment");
        assertThat(api.complete("finance1", confirmation, Map.of("decision", "return", "comment",
                "利息支付凭证金额合计为 80000 元，与申报不符", "correctionDays", 10)).getStatusCode().value()).isEqualTo(200);
        Map<String, Object> returned = api.application("enterprise1", id);
        assertThat(returned).containsEntry("status", "RETURNED");
        assertThat(returned.get("correction").toString()).contains("与申报不符");

        assertThat(api.call("enterprise1", HttpMethod.PUT, "/api/applications/" + id,
                Map.of("data", ApiClient.pledgeData("退回补正的贷款", 80_000, 60))).getStatusCode().value()).isEqualTo(200);
        var resubmitted = api.call("enterprise1", HttpMethod.POST, "/api/applications/" + id + "/submit", null);
        assertThat(resubmitted.getBody()).as("resumed at the computation, in the same transaction")
                .containsEntry("status", "IN_REVIEW");

        assertThat(pledge.recommendation(id)).as("80000 × 60% × 50%").startsWith("建议贴息 24,000.00 元");
        var aboveTheNewFigure = api.complete("finance1", api.taskFor("finance1", id, "Task_FinanceConfirmation"),
                Map.of("decision", "approve", "approvedAmount", 30_000));
        assertThat(ApiClient.errors(aboveTheNewFigure).get("approvedAmount").toString()).contains("24,000.00 元");
    }

    @Test
    void rejectedApplicationEndsRejected() {
        long id = api.submittedPledge("enterprise2", "不予贴息的贷款", 50_000, 10);
        assertThat(pledge.complete("reviewer2", id, "Task_Verification", Map.of("decision", "reject", "comment",
                "质押物以房产为主，不属于知识产权质押贷款"))).isEqualTo(200);
        Map<String, Object> rejected = api.application("enterprise2", id);
        assertThat(rejected).containsEntry("status", "REJECTED");
        assertThat(rejected.get("history").toString()).contains("不属于知识产权质押贷款", "未获通过");
    }

    @Test
    void anEnterpriseGetsNoMoreThanTheYearlyCapAcrossApplications() {
        String enterprise = api.newEnterprise();
        long first = pledge.confirmed(enterprise, "第一笔贷款", 700_000, 100, 420_000);
        long second = pledge.confirmed(enterprise, "第二笔贷款", 300_000, 100, 180_000);
        assertThat(pledge.complete("approver1", first, "Task_ApproverDecision", Map.of("decision", "approve")))
                .isEqualTo(200);
        assertThat(pledge.complete("approver1", second, "Task_ApproverDecision", Map.of("decision", "approve")))
                .isEqualTo(200);

        assertThat(pledge.application(first)).containsEntry("status", "APPROVED");
        assertThat(pledge.application(second)).containsEntry("status", "IN_REVIEW");
        assertThat(pledge.recommendation(second)).as("what is left of 500000").startsWith("建议贴息 80,000.00 元");
        assertThat(pledge.complete("finance1", second, "Task_FinanceConfirmation",
                Map.of("decision", "approve", "approvedAmount", 80_000))).isEqualTo(200);
        assertThat(pledge.complete("approver1", second, "Task_ApproverDecision", Map.of("decision", "approve")))
                .isEqualTo(200);
        assertThat(pledge.application(second)).containsEntry("status", "APPROVED").containsEntry("approvedAmount", 80000.0);
    }

    @Test
    void twoApprovalsAtTheSameMomentStayWithinTheYearlyCap() throws Exception {
        String enterprise = api.newEnterprise();
        long first = pledge.confirmed(enterprise, "同时审批一", 600_000, 100, 360_000);
        long second = pledge.confirmed(enterprise, "同时审批二", 600_000, 100, 360_000);

        assertThat(pledge.approveAtTheSameMoment(first, second)).containsExactly(200, 200);

        List<Application> both = applications.findByIds(List.of(first, second));
        assertThat(both).extracting(Application::status).containsExactlyInAnyOrder(ApplicationStatus.APPROVED,
                ApplicationStatus.IN_REVIEW);
        assertThat(both.stream().filter(a -> a.status() == ApplicationStatus.APPROVED)
                .map(Application::approvedAmount).reduce(BigDecimal.ZERO, BigDecimal::add))
                .isEqualByComparingTo("360000");
        long later = both.stream().filter(a -> a.status() == ApplicationStatus.IN_REVIEW).findFirst().orElseThrow().id();
        assertThat(pledge.recommendation(later)).startsWith("建议贴息 140,000.00 元");
        assertThat(api.taskFor("finance1", later, "Task_FinanceConfirmation")).isNotNull();
    }

    /** What the enterprise was told, newest first. */
    private String notifications() {
        return api.list("enterprise1", "/api/notifications").getBody().toString();
    }
}
