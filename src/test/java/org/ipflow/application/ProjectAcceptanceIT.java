package org.ipflow.application;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.hamcrest.Matchers.allOf;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.camunda.bpm.engine.ManagementService;
import org.ipflow.IpflowTest;
import org.ipflow.application.internal.ApplicationRepository;
import org.ipflow.programme.ProgrammeCatalog;
import org.ipflow.programme.ProjectTerms;
import org.ipflow.programme.TestProgrammes;
import org.ipflow.shared.OfficeTime;
import org.ipflow.shared.Region;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.context.ApplicationContext;
import org.springframework.http.HttpMethod;
import org.springframework.http.ResponseEntity;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.test.web.servlet.MockMvc;

/**
 * After the award (项目验收) through the API: a programme paying 70 % on award and 30 % on acceptance lets
 * finance pay no more than the tranche due; the enterprise reports its results only at the end of the project
 * period and only for its own project, on its application's page with a document, which the reviewer's task page
 * shows; a recovery above what was paid is refused; the acceptance pays the rest,
 * and the dashboard's plan results count the accepted project's reported figures in its region.
 */
@IpflowTest
class ProjectAcceptanceIT {

    @Autowired TestRestTemplate rest;
    @Autowired ApplicationContext context;
    @Autowired ApplicationRepository applications;
    @Autowired ManagementService management;
    @Autowired ProjectTerms terms;
    @Autowired JdbcClient jdbc;
    @Autowired ProgrammeCatalog catalog;
    @Autowired MockMvc mvc;

    @Test
    void aFundedProjectIsPaidInTranchesReportsItsResultsAndIsAccepted() throws Exception {
        ApiClient api = new ApiClient(rest);
        CallRound round = new CallRound(api, new TestProgrammes(context), null);
        terms.define(round.programme, new ProjectTerms.Terms(70, 12));
        long id = round.atApproval("验收项目", 200_000, 90);
        String enterprise = round.enterprises.get(id);
        round.complete("approver1", id, "Task_ApproverDecision", Map.of("decision", "approve", "approvedAmount", 100_000));
        fireTimer(id, "Timer_NoticeEnds");

        var tooMuch = pay(api, id, "Task_Disbursement", "70000.01");
        assertThat(tooMuch.getStatusCode().value()).isEqualTo(400);
        assertThat(ApiClient.errors(tooMuch).get("paidAmount").toString()).contains("70,000.00");
        assertThat(pay(api, id, "Task_Disbursement", "70000").getStatusCode().value()).isEqualTo(200);
        String results = "/api/applications/" + id + "/results";
        Map<String, Object> report = Map.of("newOutputValue", "1250000.50", "jobs", 12, "patentsImplemented", 3,
                "moneySpent", "480000");
        assertThat(api.call(enterprise, HttpMethod.POST, results, report).getStatusCode().value())
                .as("not before the project period ends").isEqualTo(409);

        fireTimer(id, "Timer_ProjectEnds");
        var impossible = api.call(enterprise, HttpMethod.POST, results, Map.of("newOutputValue", "1.001", "jobs", -1,
                "patentsImplemented", 3, "moneySpent", "480000"));
        assertThat(impossible.getStatusCode().value()).isEqualTo(400);
        assertThat(ApiClient.errors(impossible)).containsOnlyKeys("newOutputValue", "jobs");
        assertThat(api.call(api.newEnterprise(), HttpMethod.POST, results, report).getStatusCode().value())
                .as("another enterprise's project").isEqualTo(404);
        assertThat(api.call("reviewer2", HttpMethod.POST, results, report).getStatusCode().value())
                .as("staff report nothing").isEqualTo(404);
        reportOnThePage(id, enterprise);
        assertThat(api.call("reviewer2", HttpMethod.GET, results, null).getBody())
                .containsEntry("newOutputValue", 1250000.5).containsEntry("jobs", 12).containsEntry("reportedBy", enterprise)
                .containsEntry("details", Map.of("summary", "两条产线已量产"));

        String region = Region.ofCode(applications.findById(id).orElseThrow().region()).orElseThrow().nameZh();
        List<String> before = dashboardRow("results", region);
        List<String> targetBefore = dashboardRow("targets", "转化项目新增产值（元）");
        String name = catalog.find(round.programme).orElseThrow().name(Locale.SIMPLIFIED_CHINESE);
        long approvedBefore = publiclyApproved(name);
        BigDecimal approvedAmountBefore = number(dashboardRow("money", name), 1);
        String review = api.taskFor("reviewer2", id, "Task_AcceptanceReview");
        mvc.perform(get("/tasks/" + review).with(user("reviewer2").authorities(new SimpleGrantedAuthority("reviewer"))))
                .andExpect(status().isOk()).andExpect(content().string(allOf(containsString("id=\"results\""),
                        containsString("1,250,000.50"), containsString("两条产线已量产"), containsString("验收报告证明材料"),
                        containsString("成果.pdf"))));
        var asReviewer = user("reviewer2").authorities(new SimpleGrantedAuthority("reviewer"));
        mvc.perform(post("/tasks/" + review + "/complete").with(asReviewer).with(csrf()).param("decision", "recover")
                        .param("recoveryAmount", "70000.01").param("comment", "项目未实施"))
                .andExpect(status().isOk()).andExpect(content().string(allOf(containsString("id=\"paid-so-far\""),
                        containsString("首期（获批）拨付"), containsString("id=\"paid-so-far-total\">70,000.00"),
                        containsString("value=\"70000.01\""), containsString("追回金额不能超过已拨付金额 70,000.00"))));
        var overRecovered = api.complete("reviewer2", review, Map.of("decision", "recover", "recoveryAmount",
                "70000.01", "comment", "项目未实施"));
        assertThat(overRecovered.getStatusCode().value()).isEqualTo(400);
        assertThat(ApiClient.errors(overRecovered)).containsKey("recoveryAmount");
        assertThat(api.complete("reviewer2", review, Map.of("decision", "approve", "comment", "验收通过"))
                .getStatusCode().value()).isEqualTo(200);
        assertThat(applications.findById(id).orElseThrow().status()).isEqualTo(ApplicationStatus.ACCEPTED);
        assertThat(publiclyApproved(name)).as("an accepted project still counts as approved in the public figures")
                .isEqualTo(approvedBefore);
        assertThat(number(dashboardRow("money", name), 1)).as("and its approved amount on the dashboard")
                .isEqualByComparingTo(approvedAmountBefore);
        List<String> after = dashboardRow("results", region);
        assertThat(number(after, 1).subtract(number(before, 1))).as("projects accepted").isEqualByComparingTo("1");
        assertThat(number(after, 2).subtract(number(before, 2))).as("new output value").isEqualByComparingTo("1250000.50");
        assertThat(number(after, 3).subtract(number(before, 3))).as("jobs").isEqualByComparingTo("12");
        assertThat(number(after, 4).subtract(number(before, 4))).as("patents").isEqualByComparingTo("3");
        assertThat(number(dashboardRow("targets", "转化项目新增产值（元）"), 3).subtract(number(targetBefore, 3)))
                .as("the plan's indicator").isEqualByComparingTo("1250000.50");

        assertThat(pay(api, id, "Task_AcceptanceDisbursement", "30000.01").getStatusCode().value()).isEqualTo(400);
        assertThat(pay(api, id, "Task_AcceptanceDisbursement", "30000").getStatusCode().value()).isEqualTo(200);
        assertThat(jdbc.sql("select purpose, amount from disbursement where application_id = ? order by id").param(id)
                .query((rs, n) -> rs.getString(1) + " " + rs.getBigDecimal(2)).list())
                .containsExactly("grant 70000.00", "grant-acceptance 30000.00");
        assertThat(((List<?>) api.application("reviewer3", id).get("payments")).stream()
                .map(p -> ((Map<?, ?>) p).get("purpose") + " " + ((Map<?, ?>) p).get("amount")).toList())
                .as("the API lists both tranches in the order paid").containsExactly("grant 70000.0", "grant-acceptance 30000.0");
        assertThat(api.call("reviewer3", HttpMethod.GET, "/api/admin/calls/" + round.callId, null).getBody())
                .containsEntry("paid", 100000.0).containsEntry("committed", 100000.0);
    }

    private ResponseEntity<Map<String, Object>> pay(ApiClient api, long id, String step, String amount) {
        return api.complete("finance1", api.taskFor("finance1", id, step), Map.of("paidAmount", new BigDecimal(amount),
                "paymentReference", "BOC-" + step + "-" + id, "paidOn", LocalDate.now(OfficeTime.ZONE).toString()));
    }

    /**
     * The enterprise's page while the report is due: the form; a report without its document is refused with what
     * was typed kept; with a document it is sent, and the page shows it without the form.
     */
    private void reportOnThePage(long id, String enterprise) throws Exception {
        var asEnterprise = user(enterprise).authorities(new SimpleGrantedAuthority("enterprise"));
        String page = "/applications/" + id;
        mvc.perform(get(page).with(asEnterprise)).andExpect(content().string(allOf(containsString("id=\"results-form\""),
                containsString("id=\"field-summary\""),
                // the progress's wait for the report is the enterprise's turn, not a correction with a deadline
                containsString("等待您办理"), not(containsString("等待您补正")))));
        var refused = mvc.perform(multipart(page + "/results").with(asEnterprise).with(csrf())
                        .param("newOutputValue", "1250000.50").param("jobs", "12").param("patentsImplemented", "3")
                        .param("moneySpent", "480000").param("summary", "已量产"))
                .andExpect(redirectedUrl(page + "#results")).andReturn();
        assertThat(refused.getFlashMap().get("resultsData").toString()).as("what was typed, kept")
                .contains("newOutputValue=1250000.50", "jobs=12", "summary=已量产");
        assertThat(refused.getFlashMap().get("resultsErrors").toString()).contains("请上传至少一份证明材料");
        mvc.perform(multipart(page + "/results").file(new MockMultipartFile("file", "成果.pdf", "application/pdf",
                                TestDocuments.pdf())).with(asEnterprise).with(csrf())
                        .param("newOutputValue", "1250000.50").param("jobs", "12").param("patentsImplemented", "3")
                        .param("moneySpent", "480000").param("summary", "两条产线已量产"))
                .andExpect(flash().attribute("flash", "验收报告已提交，等待审查人员验收。"));
        mvc.perform(get(page).with(asEnterprise)).andExpect(content().string(allOf(containsString("id=\"results\""),
                containsString("1,250,000.50"), not(containsString("id=\"results-form\"")))));
    }

    /** The public figures' "approved" of a programme, summed over its years. */
    private long publiclyApproved(String programme) throws Exception {
        String csv = mvc.perform(get("/public/figures.csv")).andExpect(status().isOk()).andReturn().getResponse()
                .getContentAsString(StandardCharsets.UTF_8);
        return csv.lines().map(line -> line.replace("\uFEFF", "").replace("\"", "").split(",", -1))
                .filter(cells -> cells[0].equals(programme)).mapToLong(cells -> Long.parseLong(cells[3])).sum();
    }

    /** The row of the dashboard's export of this year's table whose first cell is the label; zeros when none. */
    private List<String> dashboardRow(String table, String label) throws Exception {
        String csv = mvc.perform(get("/dashboard/export/" + table + ".csv")
                        .with(user("approver1").authorities(new SimpleGrantedAuthority("approver"))))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
        return csv.lines().map(line -> Arrays.asList(line.replace("\uFEFF", "").replace("\"", "").split(",", -1)))
                .filter(cells -> cells.get(0).equals(label)).findFirst()
                .orElse(List.of(label, "0", "0", "0", "0", "0", "0"));
    }

    private static BigDecimal number(List<String> row, int column) {
        return row.get(column).isBlank() ? BigDecimal.ZERO : new BigDecimal(row.get(column));
    }

    private void fireTimer(long id, String timer) {
        String instance = applications.findById(id).orElseThrow().processInstanceId();
        management.executeJob(management.createJobQuery().processInstanceId(instance).activityId(timer)
                .singleResult().getId());
    }
}
