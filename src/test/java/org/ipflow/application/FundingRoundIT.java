package org.ipflow.application;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.groups.Tuple.tuple;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.List;
import java.util.Map;
import javax.sql.DataSource;
import org.ipflow.IpflowTest;
import org.ipflow.application.internal.ApplicationRepository;
import org.ipflow.programme.TestProgrammes;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.context.ApplicationContext;
import org.springframework.core.ParameterizedTypeReference;
import org.springframework.http.HttpMethod;
import org.springframework.http.ResponseEntity;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.test.web.servlet.MockMvc;

/**
 * Calls run as funding rounds: a call's budget holds when two approvers decide at the same moment, the
 * call's figures and the application's call are there for staff and API clients, and an approver ranks a
 * call and decides it as one batch, published as one notice with a page and a PDF of its own.
 */
@IpflowTest
class FundingRoundIT {

    @Autowired
    TestRestTemplate rest;
    @Autowired
    ApplicationContext context;
    @Autowired
    ApplicationRepository applications;
    @Autowired
    DataSource dataSource;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    MockMvc mvc;

    ApiClient api;
    TestProgrammes programmes;

    @BeforeEach
    void setUp() {
        api = new ApiClient(rest);
        programmes = new TestProgrammes(context);
    }

    /**
     * Two grants of a call with 600 000 yuan, each recommended 500 000, approved at the same moment for
     * 400 000 by two approvers: one is approved, the other refused with what is left named, nothing of it
     * recorded; the call's figures count the one.
     */
    @Test
    void twoApprovalsAtTheSameMomentStayWithinTheCallsBudget() throws Exception {
        CallRound round = new CallRound(api, programmes, "600000");
        long first = round.atApproval("预算并发一", 1_000_000, 90);
        long second = round.atApproval("预算并发二", 1_000_000, 90);
        String firstTask = api.taskFor("approver1", first, "Task_ApproverDecision");
        String secondTask = api.taskFor("approver1", second, "Task_ApproverDecision");
        Map<String, Object> approve = Map.of("decision", "approve", "approvedAmount", 400_000, "comment", "同意");

        List<ResponseEntity<Map<String, Object>>> answers = new SameMoment(dataSource).run(
                "select id from programme_call where id = ? for update", round.callId, List.of(
                        () -> api.complete("approver1", firstTask, approve),
                        () -> api.complete("approver1", secondTask, approve)));

        assertThat(answers).as("%s", answers).extracting(a -> a.getStatusCode().value())
                .containsExactlyInAnyOrder(200, 400);
        ResponseEntity<Map<String, Object>> refused = answers.stream().filter(a -> a.getStatusCode().value() == 400)
                .findFirst().orElseThrow();
        assertThat(ApiClient.errors(refused).get("approvedAmount").toString())
                .isEqualTo("超出本批次预算：预算 600,000.00 元，已占用 400,000.00 元，剩余 200,000.00 元，批准金额不能超过剩余预算。");
        List<Application> both = applications.findByIds(List.of(first, second));
        assertThat(both).extracting(Application::status).containsExactlyInAnyOrder(ApplicationStatus.PUBLIC_NOTICE,
                ApplicationStatus.IN_REVIEW);
        long refusedId = both.stream().filter(a -> a.status() == ApplicationStatus.IN_REVIEW).findFirst().orElseThrow().id();
        assertThat(jdbc.sql("select count(*) from decision_record where application_id = ? and step_key = "
                + "'Task_ApproverDecision'").param(refusedId).query(Long.class).single()).as("nothing recorded").isZero();

        var figures = api.call("reviewer3", HttpMethod.GET, "/api/admin/calls/" + round.callId, null);
        assertThat(figures.getStatusCode().value()).isEqualTo(200);
        assertThat(figures.getBody()).containsEntry("budget", 600000.0).containsEntry("committed", 400000.0)
                .containsEntry("paid", 0.0).containsEntry("applications", 2);
        assertThat(api.call("approver1", HttpMethod.PUT, "/api/admin/calls/" + round.callId,
                Map.of("budget", 1)).getStatusCode().value()).as("only administrators set budgets").isEqualTo(403);
        assertThat(ApiClient.object(api.application("approver1", first), "call"))
                .containsEntry("id", (int) round.callId).containsEntry("name", "测试批次");
    }

    /**
     * Three scored grants of a call with 700 000 yuan: ranked by funding rate and score with the running sum
     * and the funding line; the batch approving all three at their recommendation is refused as a whole, and one
     * whose every approval is refused leaves no notice number used; then
     * a batch within the budget decides each application as its own recorded decision and publishes the two
     * approvals as one notice, from which an upheld objection removes one entry only.
     */
    @Test
    void aCallIsRankedDecidedAsOneBatchAndPublishedAsOneNotice() throws Exception {
        CallRound round = new CallRound(api, programmes, "700000");
        long weak = round.atApproval("排序三", 400_000, 65);
        long strong = round.atApproval("排序一", 1_000_000, 90);
        long middle = round.atApproval("排序二", 600_000, 75);
        String rankingPath = "/api/calls/" + round.callId + "/ranking";

        var ranking = api.call("approver1", HttpMethod.GET, rankingPath, null).getBody();
        assertThat(ranking).containsEntry("budget", 700000.0).containsEntry("left", 700000.0)
                .containsEntry("fundingLine", 2);
        assertThat(entries(ranking)).extracting(e -> ((Number) e.get("applicationId")).longValue())
                .containsExactly(strong, middle, weak);
        assertThat(entries(ranking)).extracting(e -> e.get("recommendedAmount"), e -> e.get("runningSum"),
                e -> e.get("aboveLine")).containsExactly(tuple(500000.0, 500000.0, true),
                tuple(180000.0, 680000.0, true),
                tuple(80000.0, 760000.0, false));
        assertThat(api.call("reviewer3", HttpMethod.GET, rankingPath, null).getStatusCode().value()).isEqualTo(403);
        mvc.perform(get("/tasks/calls/" + round.callId + "/ranking").with(user("approver1").authorities(
                        new SimpleGrantedAuthority("approver"))))
                .andExpect(status().isOk()).andExpect(content().string(containsString("资助线")))
                .andExpect(content().string(containsString("id=\"rank-" + weak + "\"")));

        String decisions = "/api/calls/" + round.callId + "/decisions";
        String callNotices = "select count(*) from notice_batch where call_id = " + round.callId;
        var overBudget = api.call("approver1", HttpMethod.POST, decisions, Map.of("entries", List.of(
                entry(strong, "approve", null, null), entry(middle, "approve", null, null),
                entry(weak, "approve", null, null))));
        assertThat(overBudget.getStatusCode().value()).isEqualTo(409);
        assertThat(overBudget.getBody()).containsEntry("requested", 760000.0).containsEntry("left", 700000.0);
        assertThat(applications.findByIds(List.of(strong, middle, weak))).extracting(Application::status)
                .as("nothing decided").containsOnly(ApplicationStatus.IN_REVIEW);
        var allRefused = api.call("approver1", HttpMethod.POST, decisions, Map.of("entries", List.of(
                entry(strong, "approve", 500_001, "超过建议金额"))));
        assertThat(allRefused.getBody()).as("each approval refused on its own, so no notice").containsEntry(
                "noticeNumber", null).extracting(b -> b.get("results").toString()).asString().contains("status=400");
        assertThat(jdbc.sql(callNotices).query(Long.class).single()).as("a refused batch leaves no notice number behind")
                .isZero();

        var batch = api.call("approver1", HttpMethod.POST, decisions, Map.of("entries", List.of(
                entry(strong, "approve", 450_000, "排名第一"), entry(middle, "approve", null, "排名第二"),
                entry(weak, "reject", null, "低于资助线"))));
        assertThat(batch.getStatusCode().value()).as("%s", batch.getBody()).isEqualTo(200);
        List<Object> statuses = ((List<?>) batch.getBody().get("results")).stream()
                .<Object>map(r -> ((Map<?, ?>) r).get("status")).toList();
        assertThat(statuses).as("%s", batch.getBody()).containsOnly(200);
        String noticeNumber = (String) batch.getBody().get("noticeNumber");
        assertThat(noticeNumber).matches("GS-\\d{4}-\\d{5}");
        assertThat(jdbc.sql("select application_id, actor, comment from decision_record where step_key = "
                + "'Task_ApproverDecision' and application_id in (?, ?, ?) order by application_id")
                .params(strong, middle, weak).query((rs, n) -> rs.getLong(1) + " " + rs.getString(2) + " "
                        + rs.getString(3)).list()).as("each decided on its own record")
                .containsExactlyInAnyOrder(strong + " approver1 排名第一", middle + " approver1 排名第二",
                        weak + " approver1 低于资助线");
        assertThat(applications.findById(strong).orElseThrow().approvedAmount()).isEqualByComparingTo("450000");

        Map<String, Object> notice = notice(noticeNumber);
        assertThat(notice).containsEntry("programme", round.programme).containsKeys("until", "contact");
        assertThat(entries(notice)).extracting(e -> e.get("title"), e -> e.get("amount"))
                .containsExactlyInAnyOrder(tuple("排序一", 450000.0),
                        tuple("排序二", 180000.0));
        assertThat(entries(notice)).allSatisfy(e -> assertThat(e.get("enterpriseName")).isNotNull());

        String strongNumber = applications.findById(strong).orElseThrow().number();
        String noticePage = "/public/notices/" + noticeNumber;
        mvc.perform(get(noticePage)).andExpect(status().isOk())
                .andExpect(content().string(containsString("id=\"entry-" + strongNumber + "\"")))
                .andExpect(content().string(containsString("排序二")))
                .andExpect(content().string(containsString((String) notice.get("contact"))));
        byte[] pdf = mvc.perform(get(noticePage + ".pdf")).andExpect(status().isOk())
                .andExpect(content().contentType("application/pdf")).andReturn().getResponse().getContentAsByteArray();
        assertThat(new String(pdf, 0, 5, java.nio.charset.StandardCharsets.US_ASCII)).isEqualTo("%PDF-");
        // Every test client is 127.0.0.1: the hour's objection quota of the shared context is not this test's to spend.
        jdbc.sql("delete from client_quota_slot").update();
        assertThat(api.call(null, HttpMethod.POST, "/api/public/notices/" + strongNumber + "/objections",
                Map.of("name", "李四", "contact", "13900000000", "reason", "专利许可合同未备案")).getStatusCode().value())
                .isEqualTo(201);
        round.complete("reviewer2", strong, "Task_ReviewObjection", Map.of("decision", "uphold", "comment", "异议成立"));

        assertThat(applications.findById(strong).orElseThrow().status()).isEqualTo(ApplicationStatus.REJECTED);
        assertThat(entries(notice(noticeNumber))).extracting(e -> e.get("title")).containsExactly("排序二");
        mvc.perform(get(noticePage)).andExpect(status().isOk())
                .andExpect(content().string(org.hamcrest.Matchers.not(containsString("id=\"entry-" + strongNumber))));
        var legacy = rest.getForEntity("/api/public/notices/applications", List.class);
        assertThat(legacy.getHeaders().getFirst("Deprecation")).isEqualTo("true");
        assertThat(legacy.getBody().toString()).contains(applications.findById(middle).orElseThrow().number());
    }

    private Map<String, Object> notice(String noticeNumber) {
        List<Map<String, Object>> notices = rest.exchange("/api/public/notices", HttpMethod.GET, null,
                new ParameterizedTypeReference<List<Map<String, Object>>>() { }).getBody();
        return notices.stream().filter(n -> noticeNumber.equals(n.get("noticeNumber"))).findFirst().orElseThrow();
    }

    @SuppressWarnings("unchecked")
    private static List<Map<String, Object>> entries(Map<String, Object> answer) {
        return (List<Map<String, Object>>) answer.get("entries");
    }

    private static Map<String, Object> entry(long id, String decision, Integer amount, String comment) {
        Map<String, Object> entry = new java.util.HashMap<>();
        entry.put("applicationId", id);
        entry.put("decision", decision);
        entry.put("amount", amount);
        entry.put("comment", comment);
        return entry;
    }
}
