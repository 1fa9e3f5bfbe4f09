package org.ipflow.application;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.camunda.bpm.engine.ManagementService;
import org.ipflow.Browser;
import org.ipflow.BrowserTest;
import org.ipflow.IpflowTest;
import org.ipflow.application.internal.ApplicationRepository;
import org.ipflow.shared.OfficeTime;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.JavascriptExecutor;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * A grant application in a real browser, from the enterprise's draft to the disbursement: every role
 * logs in and works its step on IPFlow's own pages. Screenshots land in target/screenshots.
 */
@IpflowTest
@BrowserTest
class GrantJourneyIT {

    @LocalServerPort
    int port;

    @Autowired
    ApplicationRepository applications;

    @Autowired
    ManagementService management;

    @Autowired
    TestRestTemplate rest;

    Browser browser;
    Path pdf;

    @BeforeEach
    void open() throws IOException {
        browser = new Browser(port);
        pdf = Files.createTempFile("document", ".pdf");
        Files.write(pdf, ApiClient.PDF);
    }

    @AfterEach
    void close() throws IOException {
        browser.close();
        Files.deleteIfExists(pdf);
    }

    @Test
    void anEnterpriseAppliesAndEveryRoleWorksItToDisbursed() throws IOException {
        browser.login("enterprise1").open("/programmes").screenshot("01-programmes");
        browser.submit("a[href$='/applications/new/patent-transformation-grant']");
        browser.type("field-projectName", "高性能稀土永磁电机产业化").type("field-projectSummary", "将受让专利用于电机量产")
                .type("field-patents-0--patentNumber", "ZL202310123456.6").type("field-patents-0--title", "一种永磁材料")
                .select("field-patents-0--patentType", "invention").select("field-patents-0--acquisition", "transferred")
                .type("field-transferFeePaid", "200000").type("field-totalInvestment", "3000000")
                .type("field-amountRequested", "-1");
        browser.screenshot("02-start-form");
        browser.submit("main form button.btn-outline-primary");
        assertThat(browser.find("#field-amountRequested").getAttribute("class")).contains("is-invalid");
        assertThat(browser.find("#field-projectName").getAttribute("value")).isEqualTo("高性能稀土永磁电机产业化");
        browser.type("field-amountRequested", "100000").submit("main form button.btn-outline-primary");
        assertThat(browser.path()).matches("/applications/\\d+/edit");
        long id = Long.parseLong(browser.path().split("/")[2]);

        for (String kind : List.of("patent-certificate", "contract", "contract-registration", "payment-proof",
                "business-licence")) {
            browser.select("kind", kind);
            browser.find("#file").sendKeys(pdf.toAbsolutePath().toString());
            browser.submit("#upload-button");
        }
        browser.screenshot("03-documents");
        browser.submit("button[formaction$='/submit']");
        assertThat(browser.path()).isEqualTo("/applications/" + id);
        assertThat(browser.text()).contains("已提交");
        String number = applications.findById(id).orElseThrow().number();

        decide("reviewer1", number, "approve", "04-pre-review");
        decide("reviewer3", number, "approve", null);
        // the drawn experts first declare no conflict (their declaration is tested through the API)
        List<String> experts = new ApiClient(rest).acceptedExperts(id);
        for (String expert : experts) {
            openTask(expert, number);
            // by the programme's rubric: a score and a comment per criterion; the total is computed on the server
            assertThat(browser.text()).contains("评分细则", "技术成熟度", "预算合理性");
            for (String criterion : List.of("technicalMaturity", "marketProspects", "ipQuality", "team",
                    "budgetReasonableness")) {
                browser.type("scores." + criterion, "90");
            }
            browser.type("comments.technicalMaturity", "样机已完成中试");
            if (expert.equals(experts.get(0))) {
                browser.fullPageScreenshot("04b-expert-rubric");
            }
            browser.submit("form[action$='/complete'] button[type=submit]");
            assertThat(browser.path()).isEqualTo("/tasks");
        }
        openTask("approver1", number);
        assertThat(browser.text()).contains("专家平均分", "建议资助金额");
        assertThat(browser.text()).as("the approver reads each expert's criterion scores and comments")
                .contains("技术成熟度", "样机已完成中试");
        browser.click("input[name=decision][value=approve]").type("field-approvedAmount", "95000");
        browser.screenshot("05-approval");
        browser.submit("form[action$='/complete'] button[type=submit]");

        browser.open("/public/notices");
        assertThat(browser.text()).contains(number);
        browser.screenshot("06-public-notice");
        String instance = applications.findById(id).orElseThrow().processInstanceId();
        management.executeJob(management.createJobQuery().processInstanceId(instance).timers().singleResult().getId());

        openTask("finance1", number);
        assertThat(browser.text()).as("finance pays the award tranche of the release's terms, not the whole approval")
                .contains("首期（立项拨付），批准金额的 70%", "66,500.00", "95,000.00");
        browser.screenshot("06b-disbursement-award-tranche");
        browser.type("field-paidAmount", "66500").type("field-paymentReference", "BOC-2026-118");
        ((JavascriptExecutor) browserDriver()).executeScript(
                "document.getElementById('field-paidOn').value='" + LocalDate.now(OfficeTime.ZONE) + "'");
        browser.submit("form[action$='/complete'] button[type=submit]");

        browser.login("enterprise1").open("/applications/" + id);
        browser.waitFor("#progress");
        assertThat(browser.text()).contains("已拨付", "reviewer1", "approver1", "finance1");
        assertThat(browser.find("#outcome").getText()).contains("已拨付首期资金", "66,500.00", "尚待拨付尾款", "28,500.00");
        browser.screenshot("07-disbursed");
        browser.login("reviewer1").open("/tasks/done");
        assertThat(browser.text()).contains(number);
        browser.screenshot("08-done-by-me");

        // Years later the approver looks the application up by the enterprise's credit code.
        browser.login("approver1").open("/applications");
        browser.type("q", "91150100MA0QCKJ01L").submit("form[role=search] button[type=submit]");
        assertThat(browser.text()).contains(number, "已拨付");
        browser.screenshot("09-history-search");
    }

    private void decide(String user, String number, String decision, String screenshot) throws IOException {
        openTask(user, number);
        browser.click("input[name=decision][value=" + decision + "]");
        if (screenshot != null) {
            browser.screenshot(screenshot);
        }
        browser.submit("form[action$='/complete'] button[type=submit]");
        assertThat(browser.path()).isEqualTo("/tasks");
    }

    private void openTask(String user, String number) throws java.io.IOException {
        browser.login(user).open("/tasks");
        // As a reviewer with a long inbox does: search for the application's number.
        browser.type("q", number).submit("form[role=search] button[type=submit]");
        browser.screenshot("00-inbox-search-" + user);
        browser.follow("//main//tr[td[normalize-space()='" + number + "']]//a");
        browser.waitFor("form[action$='/complete']");
    }

    private org.openqa.selenium.WebDriver browserDriver() {
        return browser.driver();
    }
}
