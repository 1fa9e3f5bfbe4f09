package org.ipflow.application;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.ipflow.Browser;
import org.ipflow.BrowserTest;
import org.ipflow.IpflowTest;
import org.ipflow.application.internal.ApplicationRepository;
import org.ipflow.shared.OfficeTime;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * A pledge-financing application in a real browser, from the enterprise's draft (with a patent number
 * whose check digit is wrong, then right) to the disbursement: every role logs in and works its step on
 * IPFlow's own pages. Screenshots land in target/screenshots.
 */
@IpflowTest
@BrowserTest
class PledgeJourneyIT {

    @LocalServerPort
    int port;

    @Autowired
    ApplicationRepository applications;

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
        browser.login("enterprise1").open("/programmes");
        browser.submit("a[href$='/applications/new/pledge-financing']");
        browser.type("field-loanPurpose", "稀土永磁电机生产线流动资金").type("field-bank", "中国银行呼和浩特分行")
                .type("field-loanContractNumber", "BOC-HH-2026-031").type("field-principal", "3000000")
                .type("field-annualRate", "3.45")
                .select("field-pledgedRights-0--rightType", "patent")
                .type("field-pledgedRights-0--patentNumber", "ZL202310123456.7")
                .type("field-pledgedRights-0--rightName", "一种稀土永磁材料的制备方法")
                .type("field-pledgeRegistrationNumber", "Y2026990000456").type("field-ipShare", "100")
                .type("field-interestPaid", "50000");
        setDate("field-loanStart", "2026-01-10");
        setDate("field-loanEnd", "2027-01-09");
        browser.screenshot("pledge-01-start-form");
        browser.submit("main form button.btn-outline-primary");
        assertThat(browser.find("#field-pledgedRights-0--patentNumber").getAttribute("class")).contains("is-invalid");
        assertThat(browser.text()).contains("校验位");
        browser.screenshot("pledge-02-check-digit");
        browser.type("field-pledgedRights-0--patentNumber", "ZL202310123456.6");
        setDate("field-loanStart", "2026-01-10");
        setDate("field-loanEnd", "2027-01-09");
        browser.submit("main form button.btn-outline-primary");
        assertThat(browser.path()).matches("/applications/\\d+/edit");
        long id = Long.parseLong(browser.path().split("/")[2]);

        for (String kind : List.of("loan-contract", "pledge-contract", "pledge-registration", "interest-receipts",
                "valuation-report")) {
            browser.select("kind", kind);
            browser.find("#file").sendKeys(pdf.toAbsolutePath().toString());
            browser.submit("#upload-button");
        }
        browser.submit("button[formaction$='/submit']");
        assertThat(browser.path()).isEqualTo("/applications/" + id);
        String number = applications.findById(id).orElseThrow().number();
        assertThat(number).startsWith("PLF-");

        openTask("reviewer3", number);
        browser.click("input[name=decision][value=approve]");
        browser.submit("form[action$='/complete'] button[type=submit]");

        openTask("finance1", number);
        assertThat(browser.text()).contains("建议贴息 30,000.00 元");
        browser.click("input[name=decision][value=approve]").type("field-approvedAmount", "30000");
        browser.screenshot("pledge-03-finance-confirmation");
        browser.submit("form[action$='/complete'] button[type=submit]");

        openTask("approver1", number);
        browser.click("input[name=decision][value=approve]");
        browser.submit("form[action$='/complete'] button[type=submit]");
        assertThat(applications.findById(id).orElseThrow().status()).isEqualTo(ApplicationStatus.APPROVED);

        openTask("finance1", number);
        browser.type("field-paidAmount", "30000").type("field-paymentReference", "BOC-2026-311");
        setDate("field-paidOn", LocalDate.now(OfficeTime.ZONE).toString());
        browser.submit("form[action$='/complete'] button[type=submit]");

        browser.login("enterprise1").open("/applications/" + id);
        browser.waitFor("#progress");
        assertThat(browser.text()).contains("已拨付", "reviewer3", "approver1", "finance1");
        browser.screenshot("pledge-04-disbursed");
    }

    private void setDate(String id, String date) {
        ((JavascriptExecutor) browser.driver()).executeScript(
                "document.getElementById(arguments[0]).value = arguments[1]", id, date);
    }

    private void openTask(String user, String number) {
        browser.login(user).open("/tasks");
        // As a reviewer with a long inbox does: search for the application's number.
        browser.type("q", number).submit("form[role=search] button[type=submit]");
        browser.find("main").findElement(By.xpath(".//tr[td[normalize-space()='" + number + "']]//a")).click();
        browser.waitFor("form[action$='/complete']");
    }
}
