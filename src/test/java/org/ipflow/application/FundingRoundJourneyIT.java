package org.ipflow.application;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.camunda.bpm.engine.ManagementService;
import org.ipflow.Browser;
import org.ipflow.BrowserTest;
import org.ipflow.IpflowTest;
import org.ipflow.application.internal.ApplicationRepository;
import org.ipflow.programme.ProjectTerms;
import org.ipflow.programme.TestProgrammes;
import org.ipflow.shared.OfficeTime;
import org.ipflow.shared.Region;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ApplicationContext;
import org.springframework.http.HttpMethod;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * A funding round in Chromium, each person on their own page: a call of five scored applications (set up through
 * the API) is ranked and decided as one batch by the approver with the funding line in view; the public notice
 * lists the batch; the enterprise of a funded project reports its results with a document on its application's
 * page; a reviewer accepts the project, and the acceptance tranche is paid; the dashboard counts the result.
 * Screenshots in target/screenshots/funding-round-*.png, the notice's PDF beside them.
 */
@IpflowTest
@BrowserTest
class FundingRoundJourneyIT {

    @LocalServerPort int port;
    @Autowired TestRestTemplate rest;
    @Autowired ApplicationContext context;
    @Autowired ApplicationRepository applications;
    @Autowired ManagementService management;
    @Autowired ProjectTerms terms;
    @Autowired JdbcClient jdbc;

    @Test
    void aCallIsRankedPublishedReportedAndAccepted() throws Exception {
        ApiClient api = new ApiClient(rest);
        CallRound round = new CallRound(api, new TestProgrammes(context), "700000");
        terms.define(round.programme, new ProjectTerms.Terms(70, 12));
        long strong = round.atApproval("稀土永磁电机转化", 1_000_000, 90);
        List<Long> others = List.of(round.atApproval("草原光伏支架", 600_000, 75),
                round.atApproval("乳品冷链监测", 600_000, 78), round.atApproval("羊绒分梳装置", 400_000, 65),
                round.atApproval("煤矸石建材", 400_000, 62));
        List<Map<String, Object>> ranked = entries(api.call("approver1", HttpMethod.GET,
                "/api/calls/" + round.callId + "/ranking", null).getBody());
        assertThat(ranked).hasSize(5);

        try (Browser browser = new Browser(port)) {
            browser.login("approver1").open("/tasks/calls/" + round.callId + "/ranking");
            assertThat(browser.find("#funding-line").isDisplayed()).isTrue();
            for (Map<String, Object> entry : ranked) {
                if (!Boolean.TRUE.equals(entry.get("aboveLine"))) {
                    browser.select("decision-" + entry.get("applicationId"), "reject")
                            .type("comment-" + entry.get("applicationId"), "低于资助线");
                }
            }
            browser.fullPageScreenshot("funding-round-01-approver-ranking");
            browser.submit("#decide-batch");
            Matcher notice = Pattern.compile("GS-\\d{4}-\\d{5}").matcher(browser.text());
            assertThat(notice.find()).as(browser.text()).isTrue();
            assertThat(browser.text()).contains("已决定 5 / 5 件");

            browser.open("/public/notices/" + notice.group());
            String strongNumber = applications.findById(strong).orElseThrow().number();
            assertThat(browser.find("#entry-" + strongNumber).getText()).contains("稀土永磁电机转化");
            browser.fullPageScreenshot("funding-round-02-public-notice");
            byte[] pdf = rest.getForObject("/public/notices/" + notice.group() + ".pdf", byte[].class);
            Files.write(Path.of("target", "screenshots", "funding-round-notice.pdf"), pdf);

            fireTimer(strong, "Timer_NoticeEnds");
            pay(api, strong, "Task_Disbursement", "350000");
            fireTimer(strong, "Timer_ProjectEnds");
            Path evidence = Files.createTempDirectory("results").resolve("验收成果证明.pdf");
            Files.write(evidence, TestDocuments.pdf());
            browser.login(round.enterprises.get(strong), ApiClient.NEW_PASSWORD).open("/applications/" + strong);
            browser.type("field-newOutputValue", "3200000").type("field-jobs", "25")
                    .type("field-patentsImplemented", "2").type("field-moneySpent", "520000");
            browser.find("#results-file").sendKeys(evidence.toAbsolutePath().toString());
            browser.fullPageScreenshot("funding-round-03-enterprise-report-form");
            browser.submit("#send-results");
            assertThat(browser.text()).contains("验收报告已提交");
            assertThat(browser.find("#results").getText()).contains("3,200,000.00");
            browser.fullPageScreenshot("funding-round-03-enterprise-report-sent");

            browser.login("reviewer2").open("/tasks/" + api.taskFor("reviewer2", strong, "Task_AcceptanceReview"));
            assertThat(browser.find("#results").getText()).contains("3,200,000.00", "25");
            assertThat(browser.find("#documents").getText()).contains("验收报告证明材料");
            browser.fullPageScreenshot("funding-round-04-reviewer-acceptance");
            browser.click("input[name=decision][value=approve]");
            browser.submit("form[action$='/complete'] button[type=submit]");
            assertThat(applications.findById(strong).orElseThrow().status()).isEqualTo(ApplicationStatus.ACCEPTED);
            pay(api, strong, "Task_AcceptanceDisbursement", "150000");
            assertThat(jdbc.sql("select purpose, amount from disbursement where application_id = ? order by id")
                    .param(strong).query((rs, n) -> rs.getString(1) + " " + rs.getBigDecimal(2)).list())
                    .containsExactly("grant 350000.00", "grant-acceptance 150000.00");

            browser.login("approver1").open("/dashboard");
            String region = Region.ofCode(applications.findById(strong).orElseThrow().region()).orElseThrow().nameZh();
            assertThat(browser.find("#plan-new-output-value").getText()).contains("转化项目新增产值");
            String accepted = browser.driver().findElement(By.xpath("//table[@id='table-results']//tr[td[1]"
                    + "[normalize-space()='" + region + "']]/td[2]")).getText();
            assertThat(Integer.parseInt(accepted)).as("projects accepted in %s", region).isPositive();
            browser.fullPageScreenshot("funding-round-05-dashboard");
        }
        assertThat(applications.findByIds(others)).extracting(Application::status)
                .doesNotContain(ApplicationStatus.IN_REVIEW);
    }

    @SuppressWarnings("unchecked")
    private static List<Map<String, Object>> entries(Map<String, Object> ranking) {
        return (List<Map<String, Object>>) ranking.get("entries");
    }

    private static void pay(ApiClient api, long id, String step, String amount) {
        assertThat(api.complete("finance1", api.taskFor("finance1", id, step), Map.of("paidAmount",
                new BigDecimal(amount), "paymentReference", "BOC-" + step + "-" + id, "paidOn",
                LocalDate.now(OfficeTime.ZONE).toString())).getStatusCode().value()).isEqualTo(200);
    }

    private void fireTimer(long id, String timer) {
        String instance = applications.findById(id).orElseThrow().processInstanceId();
        management.executeJob(management.createJobQuery().processInstanceId(instance).activityId(timer)
                .singleResult().getId());
    }
}
