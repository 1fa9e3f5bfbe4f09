package org.ipflow.application;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.camunda.bpm.engine.ManagementService;
import org.ipflow.Browser;
import org.ipflow.BrowserTest;
import org.ipflow.IpflowTest;
import org.ipflow.application.internal.ApplicationRepository;
import org.ipflow.shared.OfficeTime;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.MessageSource;
import org.springframework.http.HttpMethod;

/**
 * What the applicant sees of where an application stands and what it got, in Chromium, in Chinese at 1400 px
 * and in English on a 390 px phone: the progress in plain words (a returned application waits for the
 * enterprise's correction until its deadline, not "no open steps"; no engine diagram for the applicant), the
 * approved and paid amounts with date and reference, a draft deleted and an application withdrawn with a
 * reason after a confirmation. Screenshots: target/screenshots/applicant-*.png.
 */
@IpflowTest
@BrowserTest
class ApplicantProgressBrowserIT {

    @LocalServerPort int port;
    @Autowired TestRestTemplate rest;
    @Autowired MessageSource messages;
    @Autowired ManagementService management;
    @Autowired ApplicationRepository applications;
    Browser browser;
    ApiClient api;
    Locale locale;

    @BeforeEach
    void open() throws IOException {
        browser = new Browser(port);
        api = new ApiClient(rest);
    }

    @AfterEach
    void close() throws IOException {
        browser.close();
    }

    private void as(String user, String password, String language, int width) {
        locale = Locale.forLanguageTag(language.replace('_', '-'));
        browser.driver().manage().deleteAllCookies();
        browser.open("/login").type("username", user).type("password", password)
                .submit("main form button[type=submit]");
        browser.open("/applications?lang=" + language);
        browser.driver().manage().window().setSize(new Dimension(width, 900));
    }

    private String text(String code, Object... args) {
        return messages.getMessage(code, args, locale);
    }

    @ParameterizedTest(name = "{0} at {1} px")
    @CsvSource({"zh_CN, 1400", "en, 390"})
    void aReturnedApplicationSaysItWaitsForTheEnterpriseUntilTheDeadline(String language, int width) throws IOException {
        long id = api.submittedGrant("enterprise1", "退回后看进度", 100000, 30000);
        String preReview = api.taskFor("reviewer1", id, "Task_RegionalPreReview");
        assertThat(api.complete("reviewer1", preReview, Map.of("decision", "return", "comment", "请补充合同",
                "correctionDays", 10)).getStatusCode().value()).isEqualTo(200);
        String deadline = new OfficeTime().minutes(applications.findById(id).orElseThrow().correctionDeadline());

        as("enterprise1", "demo", language, width);
        browser.open("/applications/" + id);
        String progress = browser.find("#progress").getText();
        assertThat(progress).contains(text("progress.waitingForYou", deadline), text("progress.heading"));
        assertThat(browser.find("#progress [aria-current=step]").getText()).contains(deadline);
        assertThat(browser.text()).doesNotContain(text("applications.noOpenSteps"));
        assertThat(browser.driver().findElements(By.cssSelector("[data-bpmn-diagram]"))).as("the diagram is for staff")
                .isEmpty();
        browser.fullPageScreenshot("applicant-returned-" + language + "-" + width);
    }

    @ParameterizedTest(name = "{0} at {1} px")
    @CsvSource({"zh_CN, 1400", "en, 390"})
    void aDraftIsDeletedAfterAConfirmation(String language, int width) throws IOException {
        var created = api.call("enterprise1", HttpMethod.POST, "/api/applications", Map.of(
                "programme", "patent-transformation-grant", "data", Map.of("projectName", "不再需要的草稿")));
        long id = ((Number) created.getBody().get("id")).longValue();

        as("enterprise1", "demo", language, width);
        browser.open("/applications/" + id);
        assertThat(browser.find("h1").getText()).contains(text("applications.unnumbered"));
        browser.click("#delete-draft summary");
        browser.screenshot("applicant-delete-confirm-" + language + "-" + width);
        browser.submit("#delete-draft button[type=submit]");

        assertThat(browser.path()).startsWith("/applications");
        assertThat(browser.find("main .alert-success").getText()).isEqualTo(text("application.deleted"));
        assertThat(api.call("enterprise1", HttpMethod.GET, "/api/applications/" + id, null).getStatusCode().value())
                .isEqualTo(404);
    }

    @ParameterizedTest(name = "{0} at {1} px")
    @CsvSource({"zh_CN, 1400", "en, 390"})
    void anApplicationIsWithdrawnWithAReason(String language, int width) throws IOException {
        long id = api.submittedGrant("enterprise1", "企业主动撤回", 100000, 30000);
        String number = (String) api.application("enterprise1", id).get("number");

        as("enterprise1", "demo", language, width);
        browser.open("/applications/" + id);
        browser.click("#withdraw summary");
        assertThat(browser.find("#withdraw-reason").getAttribute("required")).as("a reason is required").isNotNull();
        browser.type("withdraw-reason", "项目已获其他资金支持");
        browser.screenshot("applicant-withdraw-confirm-" + language + "-" + width);
        browser.submit("#withdraw button[type=submit]");

        assertThat(browser.path()).startsWith("/applications/" + id);
        assertThat(browser.find("main .alert-success").getText()).isEqualTo(text("application.withdrawn", number));
        assertThat(browser.find("h1 + p .badge").getText()).isEqualTo(text("status.WITHDRAWN"));
        assertThat(browser.find(".timeline").getText()).contains(text("decision.withdrawal"), "项目已获其他资金支持");
        assertThat(browser.driver().findElements(By.cssSelector("#withdraw"))).as("nothing left to withdraw").isEmpty();
        browser.fullPageScreenshot("applicant-withdrawn-" + language + "-" + width);
    }

    @ParameterizedTest(name = "{0} at {1} px")
    @CsvSource({"zh_CN, 1400", "en, 390"})
    void afterPaymentTheApplicantSeesWhatWasApprovedAndPaid(String language, int width) throws IOException {
        // An enterprise of its own: the payment uses up room under the shared demo enterprise's yearly cap.
        String user = api.newEnterprise();
        long id = api.submittedGrant(user, "拨付后查看金额", 200000, 80000);
        pay(user, id, 60000, 42000, "BOC-2026-7788");

        as(user, ApiClient.NEW_PASSWORD, language, width);
        browser.open("/applications/" + id);
        String outcome = browser.find("#outcome").getText();
        assertThat(outcome).as("the award tranche, 70 percent of the approval, and when it was paid").contains(
                text("applications.approvedAmount"), text("money.yuan", "60,000.00"), text("applications.paid.grant"),
                text("money.yuan", "42,000.00"), LocalDate.now(OfficeTime.ZONE).toString(), "BOC-2026-7788");
        assertThat(browser.find("#still-due").getText()).as("the rest, due once the project's report is accepted")
                .contains(text("money.yuan", "18,000.00"), text("applications.stillDue.afterReport",
                        LocalDate.now(OfficeTime.ZONE).plusMonths(12).toString()));
        assertThat(outcome).doesNotContain("60000.0", "42000.0");
        assertThat(browser.find("#progress").getText()).as("the project's acceptance is still to come")
                .contains(text("progress.state.waiting"));
        browser.fullPageScreenshot("applicant-paid-" + language + "-" + width);
    }

    /** Takes the grant through every office step to the payment of its award tranche. */
    private void pay(String user, long id, int amount, int awardTranche, String reference) {
        assertThat(api.complete("reviewer1", api.taskFor("reviewer1", id, "Task_RegionalPreReview"),
                Map.of("decision", "approve")).getStatusCode().value()).isEqualTo(200);
        assertThat(api.complete("reviewer3", api.taskFor("reviewer3", id, "Task_FormalReview"),
                Map.of("decision", "approve")).getStatusCode().value()).isEqualTo(200);
        for (String expert : api.acceptedExperts(id)) {
            assertThat(api.complete(expert, api.taskFor(expert, id, "Task_ExpertScoring"), ApiClient.rubricScore(90))
                    .getStatusCode().value()).isEqualTo(200);
        }
        assertThat(api.complete("approver1", api.taskFor("approver1", id, "Task_ApproverDecision"),
                Map.of("decision", "approve", "approvedAmount", amount)).getStatusCode().value()).isEqualTo(200);
        String instance = applications.findById(id).orElseThrow().processInstanceId();
        management.executeJob(management.createJobQuery().processInstanceId(instance).timers().singleResult().getId());
        assertThat(api.complete("finance1", api.taskFor("finance1", id, "Task_Disbursement"), Map.of("paidAmount",
                awardTranche, "paymentReference", reference, "paidOn", LocalDate.now(OfficeTime.ZONE).toString()))
                .getStatusCode().value()).isEqualTo(200);
        assertThat(api.application(user, id)).containsEntry("status", "DISBURSED");
    }
}
