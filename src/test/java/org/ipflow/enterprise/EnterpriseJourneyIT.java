package org.ipflow.enterprise;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.util.Map;
import java.util.UUID;
import org.ipflow.Browser;
import org.ipflow.BrowserTest;
import org.ipflow.IpflowTest;
import org.ipflow.application.ApiClient;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.openqa.selenium.Dimension;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * In Chromium, in Chinese on a desktop and in English on a phone's width: an enterprise keeps its profile and
 * bank account (a foreign account name refused next to the field), invites and removes a colleague, gets the
 * receipt's query code and the printable application, anyone looks up the progress with number and code,
 * and once the application ended the enterprise evaluates it, which the approver sees. Screenshots land in
 * target/screenshots/enterprise-*.png.
 */
@IpflowTest
@BrowserTest
class EnterpriseJourneyIT {

    @LocalServerPort int port;
    @Autowired TestRestTemplate rest;
    Browser browser;
    ApiClient api;

    @BeforeEach
    void open() throws IOException {
        browser = new Browser(port);
        api = new ApiClient(rest);
    }

    @AfterEach
    void close() throws IOException {
        browser.close();
    }

    @ParameterizedTest(name = "{0} at {1} px")
    @CsvSource({"zh_CN, 1280", "en, 390"})
    void profileUsersReceiptProgressAndEvaluation(String language, int width) throws IOException {
        browser.driver().manage().window().setSize(new Dimension(width, width < 600 ? 844 : 900));
        String shot = "enterprise-" + language + "-" + width + "-";
        String lang = "?lang=" + language;

        browser.login("enterprise1").open("/enterprise" + lang);
        String name = browser.find("#enterprise-name").getText();
        browser.type("accountName", "别人的公司").submit("#profile-form button[type=submit]");
        assertThat(browser.find("#accountName-error").getText()).isNotBlank();
        browser.type("accountName", name).type("address", "内蒙古自治区呼和浩特市赛罕区敕勒川大街 1 号")
                .submit("#profile-form button[type=submit]");
        assertThat(browser.find("[role=status].alert-success").getText()).isNotBlank();
        browser.fullPageScreenshot(shot + "profile");

        String colleague = "colleague" + UUID.randomUUID().toString().substring(0, 8);
        browser.type("invite-username", colleague).type("invite-password", ApiClient.NEW_PASSWORD)
                .submit("#invite-form button[type=submit]");
        assertThat(browser.find("#enterprise-users").getText()).contains(colleague, "enterprise1");
        browser.fullPageScreenshot(shot + "users");
        browser.submit("#enterprise-users form:has(input[value='" + colleague + "']) button");
        assertThat(browser.find("#enterprise-users").getText()).doesNotContain(colleague);

        long id = api.submittedGrant("enterprise1", "回执与进度旅程项目", 100000, 40000);
        browser.open("/applications/" + id + lang);
        String code = browser.find("#query-code").getText();
        assertThat(code).matches("[A-Z2-9]{12}");
        assertThat(browser.find("#receipt-pdf").getAttribute("href")).endsWith("/applications/" + id + "/receipt.pdf");
        browser.screenshot(shot + "receipt");
        browser.open("/applications/" + id + "/print" + lang);
        assertThat(browser.find("#signature-area").getText()).isNotBlank();
        browser.fullPageScreenshot(shot + "print");

        String number = (String) api.application("enterprise1", id).get("number");
        browser.driver().manage().deleteAllCookies();
        browser.open("/public/progress" + lang).type("number", number).type("code", code.toLowerCase())
                .submit("#progress-form button[type=submit]");
        assertThat(browser.find("#progress-status").getText()).isNotBlank();
        assertThat(browser.find("#progress-step").getText()).isNotBlank();
        browser.screenshot(shot + "progress");

        String preReview = api.taskFor("reviewer1", id, "Task_RegionalPreReview");
        assertThat(api.complete("reviewer1", preReview, Map.of("decision", "reject", "comment", "不属于资助范围"))
                .getStatusCode().value()).isEqualTo(200);
        browser.login("enterprise1").open("/applications/" + id + lang);
        browser.click("#rating-4").type("evaluation-comment-input", "审查及时，说明清楚")
                .submit("#evaluation-form button[type=submit]");
        assertThat(browser.find("#evaluation-comment").getText()).isEqualTo("审查及时，说明清楚");
        browser.login("approver1").open("/applications/" + id + lang);
        assertThat(browser.find("#evaluation-rating").getText()).contains("4");
        browser.screenshot(shot + "evaluation-approver");
        browser.open("/dashboard" + lang);
        assertThat(browser.find("#table-satisfaction").getText()).isNotBlank();
        browser.fullPageScreenshot(shot + "dashboard");
    }
}
