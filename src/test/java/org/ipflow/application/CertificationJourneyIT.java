package org.ipflow.application;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.camunda.bpm.engine.ManagementService;
import org.ipflow.Browser;
import org.ipflow.BrowserTest;
import org.ipflow.IpflowTest;
import org.ipflow.application.internal.ApplicationRepository;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * A certification in a real browser: the enterprise applies, every role works its step on IPFlow's own
 * pages, and anyone checks the certificate's code on the public page. Screenshots land in
 * target/screenshots.
 */
@IpflowTest
@BrowserTest
class CertificationJourneyIT {

    @LocalServerPort int port;
    @Autowired ApplicationRepository applications;
    @Autowired ManagementService management;
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
    void anEnterpriseIsCertifiedAndAnyoneChecksItsCertificate() throws IOException {
        browser.login("enterprise1").open("/programmes");
        browser.submit("a[href$='/applications/new/pilot-enterprise-certification']");
        browser.type("field-mainBusiness", "稀土永磁材料研发与生产");
        for (String[] figure : new String[][] {{"inventionPatents", "15"}, {"utilityModelPatents", "30"},
                {"designPatents", "2"}, {"trademarks", "8"}, {"ipStaff", "5"}, {"ipBudget", "1800000"},
                {"rdSpend", "42000000"}}) {
            browser.type("field-" + figure[0], figure[1]);
        }
        for (String clause : CertificationFlowIT.CLAUSES) {
            browser.type("field-selfScore" + clause, "88").type("field-evidence" + clause, "《知识产权管理手册》第 4–10 章及运行记录");
        }
        browser.screenshot("certification-01-start-form");
        browser.submit("main form button.btn-outline-primary");
        assertThat(browser.path()).matches("/applications/\\d+/edit");
        long id = Long.parseLong(browser.path().split("/")[2]);
        for (String kind : CertificationFlowIT.DOCUMENTS) {
            browser.select("kind", kind);
            browser.find("#file").sendKeys(pdf.toAbsolutePath().toString());
            browser.submit("#upload-button");
        }
        browser.submit("button[formaction$='/submit']");
        assertThat(browser.path()).isEqualTo("/applications/" + id);
        String number = applications.findById(id).orElseThrow().number();
        assertThat(number).startsWith("PEC-");

        decide("reviewer1", number, "approve");
        decide("reviewer3", number, "approve");
        openTask("reviewer4", number);
        for (String clause : CertificationFlowIT.CLAUSES) {
            browser.type("scores.score" + clause, "90");
        }
        browser.type("comment", "现场核查：体系运行有效，记录完整");
        browser.screenshot("certification-02-site-evaluation");
        browser.submit("form[action$='/complete'] button[type=submit]");
        assertThat(browser.path()).isEqualTo("/tasks");
        decide("approver1", number, "approve");

        browser.open("/public/notices");
        assertThat(browser.text()).contains(number);
        String instance = applications.findById(id).orElseThrow().processInstanceId();
        management.executeJob(management.createJobQuery().processInstanceId(instance).activityId("Timer_NoticeEnds")
                .singleResult().getId());

        browser.login("enterprise1").open("/applications/" + id);
        browser.waitFor("#progress");
        assertThat(browser.text()).contains("已认定", "知识产权示范企业", "下载证书");
        browser.screenshot("certification-03-certified");
        String code = browser.find("#certificate code").getText();

        browser.driver().manage().deleteAllCookies();
        browser.open("/public/certificates").type("code", code.toLowerCase());
        browser.submit("main form button[type=submit]");
        assertThat(browser.path()).isEqualTo("/public/certificates/" + code);
        assertThat(browser.find("#certificate-status").getText()).isEqualTo("有效");
        assertThat(browser.text()).contains("呼和浩特青城科技有限公司", "知识产权示范企业");
        browser.screenshot("certification-04-public-check");
    }

    private void decide(String user, String number, String decision) {
        openTask(user, number);
        browser.click("input[name=decision][value=" + decision + "]");
        browser.submit("form[action$='/complete'] button[type=submit]");
        assertThat(browser.path()).isEqualTo("/tasks");
    }

    private void openTask(String user, String number) {
        browser.login(user).open("/tasks");
        // As a reviewer with a long inbox does: search for the application's number.
        browser.type("q", number).submit("form[role=search] button[type=submit]");
        browser.find("main").findElement(By.xpath(".//tr[td[normalize-space()='" + number + "']]//a")).click();
        browser.waitFor("form[action$='/complete']");
    }
}
