package org.ipflow.application;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.concurrent.ThreadLocalRandom;
import java.util.regex.Pattern;
import org.ipflow.Browser;
import org.ipflow.BrowserTest;
import org.ipflow.IpflowTest;
import org.ipflow.application.internal.ApplicationRepository;
import org.ipflow.shared.CreditCode;
import org.ipflow.shared.OfficeTime;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * A person who reads only English does every step of a programme: switches the language on the landing
 * page, registers an enterprise (a mistyped credit code explained in English next to the field), logs in
 * with the choice remembered, applies for pledge financing with its documents, and follows it to the
 * payment; reviewer, finance and approver work their tasks in English. Every page seen has no Chinese
 * text but what the people typed in Chinese themselves and the link back to Chinese (中文). Screenshots
 * land in target/screenshots/english-*.png.
 */
@IpflowTest
@BrowserTest
class EnglishJourneyIT {

    /** Chinese characters, and CJK punctuation such as the full-width comma and brackets. */
    private static final Pattern CHINESE = Pattern.compile("[\\p{IsHan}\\u3000-\\u303f\\uff00-\\uffef]");

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
    void anEnglishReaderRegistersAppliesAndEveryRoleWorksItInEnglish() throws IOException {
        browser.open("/");
        assertThat(browser.find("html").getAttribute("lang")).isEqualTo("zh");
        browser.follow("//nav//a[normalize-space()='English']");
        assertThat(browser.find("html").getAttribute("lang")).isEqualTo("en");
        englishOnly("english-01-landing");

        String username = "english-co-" + ThreadLocalRandom.current().nextInt(1_000_000);
        String first17 = "91150100MA" + String.format("%07d", ThreadLocalRandom.current().nextInt(10_000_000));
        char right = CreditCode.checkCharacter(first17);
        char wrong = right == '0' ? '1' : '0';
        browser.follow("//main//a[contains(@href, '/register')]");
        browser.type("username", username).type("password", "Ordos-Cashmere-77")
                .type("enterpriseName", "Hohhot Grassland Magnets Ltd").type("creditCode", first17 + wrong)
                .select("region", "150100").type("contactName", "Anna Smith").type("contactPhone", "0471-6612345")
                .type("email", "anna@example.org");
        browser.submit("main form button[type=submit]");
        assertThat(browser.find("#creditCode").getAttribute("aria-invalid")).isEqualTo("true");
        assertThat(browser.find("#creditCode-error").getText()).isNotBlank();
        assertThat(browser.find("#enterpriseName").getAttribute("value")).isEqualTo("Hohhot Grassland Magnets Ltd");
        englishOnly("english-02-register-error");
        browser.type("creditCode", first17 + right).type("password", "Ordos-Cashmere-77");
        browser.submit("main form button[type=submit]");
        assertThat(browser.path()).startsWith("/login");

        browser.type("username", username).type("password", "Ordos-Cashmere-77").submit("main form button[type=submit]");
        // The pledge subsidy pays money: the enterprise's profile names the account it is paid into first.
        browser.open("/enterprise");
        browser.type("legalRepresentative", "Anna Smith").type("address", "1 Chilechuan Street, Saihan District, Hohhot")
                .type("bankName", "Bank of China, Hohhot branch").type("accountName", "Hohhot Grassland Magnets Ltd")
                .type("accountNumber", "6216610100001234567").submit("#profile-form button[type=submit]");
        assertThat(browser.find("[role=status].alert-success").getText()).isEqualTo("The enterprise profile was saved.");
        englishOnly("english-03a-profile");
        browser.open("/programmes");
        englishOnly("english-03-programmes");
        browser.submit("a[href$='/applications/new/pledge-financing']");
        browser.type("field-loanPurpose", "Working capital for a magnet production line")
                .type("field-bank", "Bank of China, Hohhot branch").type("field-loanContractNumber", "BOC-HH-2026-077")
                .type("field-principal", "3000000").type("field-annualRate", "3.45")
                .select("field-pledgedRights-0--rightType", "patent")
                .type("field-pledgedRights-0--patentNumber", "ZL202310123456.6")
                .type("field-pledgedRights-0--rightName", "Method for making a rare-earth permanent magnet")
                .type("field-pledgeRegistrationNumber", "Y2026990000457").type("field-ipShare", "100")
                .type("field-interestPaid", "50000");
        setDate("field-loanStart", "2026-01-10");
        setDate("field-loanEnd", "2027-01-09");
        englishOnly("english-04-start-form");
        browser.submit("main form button.btn-outline-primary");
        assertThat(browser.path()).matches("/applications/\\d+/edit");
        long id = Long.parseLong(browser.path().split("/")[2]);
        for (String kind : List.of("loan-contract", "pledge-contract", "pledge-registration", "interest-receipts",
                "valuation-report")) {
            browser.select("kind", kind);
            browser.find("#file").sendKeys(pdf.toAbsolutePath().toString());
            browser.submit("#upload-button");
        }
        englishOnly("english-05-documents");
        browser.submit("button[formaction$='/submit']");
        String number = applications.findById(id).orElseThrow().number();

        openTask("reviewer3", number);
        englishOnly("english-06-verification");
        browser.click("input[name=decision][value=approve]");
        browser.submit("form[action$='/complete'] button[type=submit]");

        openTask("finance1", number);
        assertThat(browser.text()).contains("Recommended subsidy CNY 30,000.00");
        browser.click("input[name=decision][value=approve]").type("field-approvedAmount", "30000");
        englishOnly("english-07-finance-confirmation");
        browser.submit("form[action$='/complete'] button[type=submit]");

        openTask("approver1", number);
        englishOnly("english-08-approval");
        browser.click("input[name=decision][value=approve]");
        browser.submit("form[action$='/complete'] button[type=submit]");

        openTask("finance1", number);
        browser.type("field-paidAmount", "30000").type("field-paymentReference", "BOC-2026-377");
        setDate("field-paidOn", LocalDate.now(OfficeTime.ZONE).toString());
        englishOnly("english-09-disbursement");
        browser.submit("form[action$='/complete'] button[type=submit]");
        assertThat(applications.findById(id).orElseThrow().status()).isEqualTo(ApplicationStatus.DISBURSED);

        login(username, "Ordos-Cashmere-77");
        browser.open("/applications/" + id);
        browser.waitFor("#progress");
        assertThat(browser.text()).contains("Disbursed", "has been paid");
        assertThat((Boolean) ((JavascriptExecutor) browser.driver()).executeScript(
                "return document.documentElement.scrollWidth <= window.innerWidth"))
                .as("the bar with a long user name fits the window").isTrue();
        englishOnly("english-10-disbursed");
        browser.open("/notifications");
        assertThat(browser.text()).contains("The IP pledge financing interest subsidy has been paid");
        englishOnly("english-11-notifications");
        browser.open("/applications");
        englishOnly("english-12-my-applications");
    }

    /** The page, as seen, holds no Chinese but the link that switches to it; a screenshot is kept. */
    private void englishOnly(String screenshot) throws IOException {
        browser.screenshot(screenshot);
        String text = browser.driver().findElement(By.tagName("body")).getText();
        List<String> chinese = text.lines().map(line -> line.replace("中文", ""))
                .filter(line -> CHINESE.matcher(line).find()).toList();
        assertThat(chinese).as("lines with Chinese on %s (%s)", browser.path(), screenshot).isEmpty();
    }

    /** Logs in as another person in a browser that remembers the language chosen: only the session is new. */
    private void login(String user, String password) {
        var cookies = browser.driver().manage();
        var language = cookies.getCookieNamed("ipflow-lang");
        assertThat(language).as("the language chosen is remembered").isNotNull();
        cookies.deleteAllCookies();
        cookies.addCookie(language);
        browser.open("/login");
        browser.type("username", user).type("password", password).submit("main form button[type=submit]");
    }

    private void openTask(String user, String number) {
        login(user, "demo");
        browser.open("/tasks");
        browser.type("q", number).submit("form[role=search] button[type=submit]");
        browser.find("main").findElement(By.xpath(".//tr[td[normalize-space()='" + number + "']]//a")).click();
        browser.waitFor("form[action$='/complete']");
    }

    private void setDate(String id, String date) {
        ((JavascriptExecutor) browser.driver()).executeScript(
                "document.getElementById(arguments[0]).value = arguments[1]", id, date);
    }
}
