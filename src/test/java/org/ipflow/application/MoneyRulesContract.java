package org.ipflow.application;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import javax.sql.DataSource;
import org.ipflow.application.internal.ApplicationRepository;
import org.ipflow.shared.OfficeTime;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpMethod;
import org.springframework.http.ResponseEntity;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The money rules under the tester's attacks (issue 14, findings 3 and 4), on whichever database the
 * subclass runs on: the grant's yearly cap when two approvals of one enterprise race, a payment dated
 * before its approval, and one expert completing the three scoring tasks of an application at once.
 */
abstract class MoneyRulesContract {

    static final BigDecimal CAP = new BigDecimal("500000");

    @Autowired
    TestRestTemplate rest;
    @Autowired
    ApplicationRepository applications;
    @Autowired
    DataSource dataSource;
    @Autowired
    JdbcClient jdbc;

    ApiClient api;
    PledgeSteps pledge;

    @BeforeEach
    void setUp() {
        api = new ApiClient(rest);
        pledge = new PledgeSteps(api, applications, dataSource);
    }

    /**
     * Finding 3: two grants of one enterprise, both recommended at the full cap before either is approved,
     * approved at the same moment for 500 000 each. One is approved; the other is refused with the room
     * left named, and nothing of it recorded; together they never exceed the cap.
     */
    @Test
    void twoGrantsApprovedAtTheSameMomentStayWithinTheYearlyCap() throws Exception {
        String enterprise = api.newEnterprise();
        long first = atApproval(enterprise, "同时批准的资助一");
        long second = atApproval(enterprise, "同时批准的资助二");
        String firstTask = api.taskFor("approver1", first, "Task_ApproverDecision");
        String secondTask = api.taskFor("approver1", second, "Task_ApproverDecision");
        long enterpriseId = applications.findById(first).orElseThrow().enterpriseId();
        Map<String, Object> approve = Map.of("decision", "approve", "approvedAmount", 500_000, "comment", "同意");

        List<ResponseEntity<Map<String, Object>>> answers = new SameMoment(dataSource).run(enterpriseId, List.of(
                () -> api.complete("approver1", firstTask, approve), () -> api.complete("approver1", secondTask, approve)));

        assertThat(answers).as("%s", answers).extracting(a -> a.getStatusCode().value())
                .containsExactlyInAnyOrder(200, 400);
        ResponseEntity<Map<String, Object>> refused = answers.stream().filter(a -> a.getStatusCode().value() == 400)
                .findFirst().orElseThrow();
        int year = LocalDate.now(OfficeTime.ZONE).getYear();
        assertThat(ApiClient.errors(refused).get("approvedAmount").toString())
                .isEqualTo("超出本企业 " + year + " 年度资助上限：已占用 500,000.00 元，剩余额度 0.00 元，批准金额不能超过剩余额度。");
        List<Application> both = applications.findByIds(List.of(first, second));
        assertThat(both).extracting(Application::status).containsExactlyInAnyOrder(ApplicationStatus.PUBLIC_NOTICE,
                ApplicationStatus.IN_REVIEW);
        assertThat(both.stream().filter(a -> a.status() == ApplicationStatus.PUBLIC_NOTICE)
                .map(Application::approvedAmount).reduce(BigDecimal.ZERO, BigDecimal::add)).isEqualByComparingTo(CAP);
        long refusedId = both.stream().filter(a -> a.status() == ApplicationStatus.IN_REVIEW).findFirst().orElseThrow().id();
        assertThat(applications.findById(refusedId).orElseThrow().approvedAmount()).as("nothing recorded").isNull();
        assertThat(count("select count(*) from decision_record where application_id = ? and step_key = "
                + "'Task_ApproverDecision'", refusedId)).isZero();
        assertThat(api.taskFor("approver1", refusedId, "Task_ApproverDecision")).as("still to decide").isNotNull();

        var inEnglish = api.call("approver1", HttpMethod.POST, "/api/tasks/" + api.taskFor("approver1", refusedId,
                "Task_ApproverDecision") + "/complete", Map.of("data", Map.of("decision", "approve", "approvedAmount", 1)),
                Map.of("Accept-Language", "en"));
        assertThat(ApiClient.errors(inEnglish).get("approvedAmount").toString()).isEqualTo("Above the yearly cap of "
                + "the enterprise for " + year + ": CNY 500,000.00 already used, CNY 0.00 left; the approved amount may not "
                + "exceed what is left.");
    }

    /**
     * Finding 3 (low): a pledge subsidy paid "last year" freed this year's cap. A payment dated before the
     * approval is refused with nothing recorded; paid on a real date, it holds the approval year's room.
     */
    @Test
    void aPaymentDatedBeforeItsApprovalIsRefusedAndFreesNoCap() {
        String enterprise = api.newEnterprise();
        long first = pledge.confirmed(enterprise, "上年日期拨付的贷款", 700_000, 100, 420_000);
        assertThat(pledge.complete("approver1", first, "Task_ApproverDecision", Map.of("decision", "approve")))
                .isEqualTo(200);
        LocalDate approvedOn = applications.approvedOn(first).orElseThrow();
        String payment = api.taskFor("finance1", first, "Task_Disbursement");

        var lastYear = api.complete("finance1", payment, Map.of("paidAmount", 420_000, "paymentReference", "BOC-LAST-YEAR",
                "paidOn", approvedOn.minusYears(1).withMonth(12).withDayOfMonth(31).toString()));

        assertThat(lastYear.getStatusCode().value()).isEqualTo(400);
        assertThat(ApiClient.errors(lastYear)).containsEntry("paidOn", "拨付日期不能早于批准日期 " + approvedOn + "。");
        assertThat(count("select count(*) from disbursement where application_id = ?", first)).isZero();
        assertThat(pledge.application(first)).containsEntry("status", "APPROVED");

        assertThat(api.complete("finance1", payment, Map.of("paidAmount", 420_000, "paymentReference", "BOC-ON-TIME",
                "paidOn", approvedOn.toString())).getStatusCode().value()).isEqualTo(200);
        assertThat(pledge.application(first)).containsEntry("status", "DISBURSED");
        long second = api.submittedPledge(enterprise, "同年第二笔贷款", 800_000, 100);
        assertThat(pledge.complete("reviewer3", second, "Task_Verification", Map.of("decision", "approve")))
                .isEqualTo(200);
        assertThat(pledge.recommendation(second)).as("the payment still holds its year's room")
                .startsWith("建议贴息 80,000.00 元");
    }

    /**
     * Finding 4: one expert completing their scoring task of an application three times at the same moment.
     * One score counts; the other two are refused, whichever check stops them first.
     */
    @Test
    void threeScoresByOneExpertAtOnceCountOnce() throws Exception {
        long id = api.submittedGrant("enterprise1", "同一专家并发打分项目", 100000, 40000);
        assertThat(pledge.complete("reviewer1", id, "Task_RegionalPreReview", Map.of("decision", "approve")))
                .isEqualTo(200);
        assertThat(pledge.complete("reviewer3", id, "Task_FormalReview", Map.of("decision", "approve")))
                .isEqualTo(200);
        String expert = api.acceptedExperts(id).get(0);
        String scoring = api.taskFor(expert, id, "Task_ExpertScoring");

        List<ResponseEntity<Map<String, Object>>> answers = race(java.util.stream.Stream.of(scoring, scoring, scoring)
                .<Callable<ResponseEntity<Map<String, Object>>>>map(task -> () -> api.complete(expert, task,
                        ApiClient.rubricScore(95, "同一人打分")))
                .toList());

        assertThat(answers).as("%s", answers).extracting(a -> a.getStatusCode().value()).containsOnlyOnce(200);
        assertThat(count("select count(*) from expert_score where application_id = ?", id)).isOne();
        assertThat(count("select count(*) from decision_record where application_id = ? and decision = 'score'", id))
                .isOne();
        assertThat(api.list(expert, "/api/tasks?size=200&step=Task_ExpertScoring").getBody())
                .as("the expert's one task of the application is done").noneMatch(t ->
                        ((Number) t.get("applicationId")).longValue() == id);
    }

    /** Drives a grant of the enterprise to the approver with 500 000 yuan recommended; returns its id. */
    private long atApproval(String enterprise, String project) {
        long id = api.submittedGrant(enterprise, project, 1_000_000, 500_000);
        assertThat(pledge.complete("reviewer1", id, "Task_RegionalPreReview", Map.of("decision", "approve")))
                .isEqualTo(200);
        assertThat(pledge.complete("reviewer3", id, "Task_FormalReview", Map.of("decision", "approve")))
                .isEqualTo(200);
        for (String expert : api.acceptedExperts(id)) {
            assertThat(pledge.complete(expert, id, "Task_ExpertScoring", ApiClient.rubricScore(90))).isEqualTo(200);
        }
        assertThat(pledge.recommendation(id)).startsWith("建议资助金额 500,000.00 元");
        return id;
    }

    private <T> List<T> race(List<Callable<T>> calls) throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(calls.size());
        try {
            var start = new CountDownLatch(1);
            List<Future<T>> futures = new ArrayList<>();
            calls.forEach(call -> futures.add(pool.submit(() -> {
                start.await();
                return call.call();
            })));
            start.countDown();
            List<T> answers = new ArrayList<>();
            for (Future<T> future : futures) {
                answers.add(future.get(60, TimeUnit.SECONDS));
            }
            return answers;
        } finally {
            pool.shutdownNow();
        }
    }

    private long count(String sql, Object... params) {
        return jdbc.sql(sql).params(params).query(Long.class).single();
    }
}
