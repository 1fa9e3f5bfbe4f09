package org.ipflow.tasks;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.time.Duration;
import java.time.LocalDate;
import java.util.Map;
import org.ipflow.Browser;
import org.ipflow.BrowserTest;
import org.ipflow.IpflowTest;
import org.ipflow.application.ApiClient;
import org.ipflow.application.TestDocuments;
import org.ipflow.shared.OfficeTime;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.http.HttpMethod;

/**
 * The office shares its work in the browser, in Chinese and English: a reviewer previews the documents of a
 * resubmitted application, sees which came since the return, and leaves an internal note; finance, about to
 * pay, reads that note and what the enterprise was paid before.
 */
@IpflowTest
@BrowserTest
class ReviewerDocumentsBrowserIT {

    @LocalServerPort
    int port;
    @Autowired
    TestRestTemplate rest;

    @Test
    void aReviewerPreviewsAndNotesAndFinanceSeesTheEarlierPayments() throws IOException {
        ApiClient api = new ApiClient(rest);
        String owner = api.newEnterprise();
        long paid = api.submittedPledge(owner, "已贴息的贷款", 40_000, 50);
        approve(api, paid);
        assertThat(api.complete("finance1", api.taskFor("finance1", paid, "Task_Disbursement"), Map.of("paidAmount",
                10_000, "paymentReference", "ICBC-PAID-7", "paidOn", LocalDate.now(OfficeTime.ZONE).toString()))
                .getStatusCode().value()).isEqualTo(200);
        String paidNumber = (String) api.application(owner, paid).get("number");
        long next = api.submittedPledge(owner, "第二笔贷款", 40_000, 50);
        assertThat(api.complete("reviewer3", api.taskFor("reviewer3", next, "Task_Verification"), Map.of("decision",
                "return", "comment", "请补充质押登记照片", "correctionDays", 10)).getStatusCode().value()).isEqualTo(200);
        assertThat(api.upload(owner, next, "pledge-registration", "登记照片.png", TestDocuments.png()).getStatusCode()
                .value()).isEqualTo(201);
        assertThat(api.call(owner, HttpMethod.POST, "/api/applications/" + next + "/submit", null).getStatusCode()
                .value()).isEqualTo(200);

        try (Browser browser = new Browser(port)) {
            browser.login("reviewer3").open("/tasks/" + api.taskFor("reviewer3", next, "Task_Verification"));
            assertThat(browser.find("#documents").getText()).contains("补正后新增/更新", "上传于", "登记照片.png");
            assertThat(browser.driver().findElements(By.cssSelector(".new-since-return"))).hasSize(1);
            browser.click("#documents .document:has(.new-since-return) summary");
            // The image loads once its preview is opened: shown means decoded, with a width.
            new WebDriverWait(browser.driver(), Duration.ofSeconds(10)).until(d -> (Boolean) ((JavascriptExecutor) browser.driver())
                    .executeScript("const i = document.querySelector('#documents .document:has(.new-since-return) img');"
                            + " return i !== null && i.complete && i.naturalWidth > 0;"));
            browser.click("#documents .document:first-child summary");
            assertThat(browser.find("#documents .document:first-child iframe").isDisplayed()).isTrue();
            browser.screenshot("reviewer-documents-01-preview-zh");

            browser.type("note-text", "前次贴息已到账，请财务核对");
            browser.submit("#notes button");
            assertThat(browser.text()).contains("内部意见已添加");
            assertThat(browser.find("#notes").getText()).contains("前次贴息已到账，请财务核对", "reviewer3");
            browser.open(browser.path() + "?lang=en");
            assertThat(browser.find("#documents").getText()).contains("New since return", "Uploaded", "Preview");
            assertThat(browser.find("#notes").getText()).contains("Internal notes", "前次贴息已到账");

            approve(api, next);
            String disbursement = "/tasks/" + api.taskFor("finance1", next, "Task_Disbursement");
            browser.login("finance1").open(disbursement + "?lang=en");
            assertThat(browser.find("#payment-history").getText()).contains("Earlier payments to this enterprise",
                    paidNumber, "10,000.00", "ICBC-PAID-7");
            assertThat(browser.find("#notes").getText()).contains("前次贴息已到账，请财务核对");
            browser.screenshot("reviewer-documents-02-payments-en");
            browser.open(disbursement + "?lang=zh");
            assertThat(browser.find("#payment-history").getText()).contains("该企业此前的拨付记录", "10,000.00 元");
            assertThat(browser.find("#notes").getText()).contains("内部意见");
        }
    }

    private static void approve(ApiClient api, long id) {
        String verification = api.taskFor("reviewer3", id, "Task_Verification");
        if (verification != null) {
            assertThat(api.complete("reviewer3", verification, Map.of("decision", "approve")).getStatusCode().value())
                    .isEqualTo(200);
        }
        assertThat(api.complete("finance1", api.taskFor("finance1", id, "Task_FinanceConfirmation"),
                Map.of("decision", "approve", "approvedAmount", 10_000)).getStatusCode().value()).isEqualTo(200);
        assertThat(api.complete("approver1", api.taskFor("approver1", id, "Task_ApproverDecision"),
                Map.of("decision", "approve")).getStatusCode().value()).isEqualTo(200);
    }
}
