package org.ipflow.application;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.Date;
import java.util.List;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.ipflow.Browser;
import org.ipflow.BrowserTest;
import org.ipflow.IpflowTest;
import org.ipflow.application.internal.ApplicationRepository;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.util.FileSystemUtils;

/**
 * Return for correction (补正) in a real browser: the regional reviewer returns a grant application with
 * a comment and a deadline, the enterprise reads what to fix on its list and detail pages, corrects the
 * data, replaces a document and resubmits, and the reviewer approves it from the inbox. The engine's
 * clock stands still during the test and is moved on by hand. Screenshots land in target/screenshots.
 */
@IpflowTest
@BrowserTest
class ReturnAndResubmitJourneyIT {

    static final ZoneId OFFICE = ZoneId.of("Asia/Shanghai");
    static final String REQUEST = "请补充付款凭证原件，并将申请金额调整为不超过 90000 元";

    @LocalServerPort int port;
    @Autowired ApplicationRepository applications;
    @Autowired ManagementService management;
    @Autowired TaskService tasks;
    Browser browser;
    Path files;
    Instant start;

    @BeforeEach
    void open() throws IOException {
        start = Instant.now().truncatedTo(ChronoUnit.SECONDS);
        ClockUtil.setCurrentTime(Date.from(start));
        browser = new Browser(port);
        files = Files.createTempDirectory("documents");
        Files.write(files.resolve("scan.pdf"), ApiClient.PDF);
        Files.write(files.resolve("payment-proof-original.pdf"), ApiClient.PDF);
    }

    @AfterEach
    void close() throws IOException {
        ClockUtil.reset();
        browser.close();
        FileSystemUtils.deleteRecursively(files);
    }

    @Test
    void aReturnedApplicationIsCorrectedResubmittedAndApproved() throws IOException {
        var grant = new GrantInBrowser(browser);
        browser.login("enterprise1");
        long id = grant.submit("永磁电机产业化（补正）", files.resolve("scan.pdf"));
        Application submitted = applications.findById(id).orElseThrow();
        String number = submitted.number();

        grant.openTask("reviewer1", number);
        browser.click("input[name=decision][value=return]").type("field-comment", REQUEST)
                .type("field-correctionDays", "7");
        browser.screenshot("return-01-reviewer-returns");
        browser.submit("form[action$='/complete'] button[type=submit]");
        assertThat(browser.path()).isEqualTo("/tasks");

        // The deadline is the end of the seventh day after today, in office time and shown so.
        Instant deadline = start.atZone(OFFICE).toLocalDate().plusDays(7).atTime(LocalTime.of(23, 59, 59))
                .atZone(OFFICE).toInstant();
        String shownDeadline = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm").withZone(OFFICE).format(deadline);
        assertThat(applications.findById(id).orElseThrow().status()).isEqualTo(ApplicationStatus.RETURNED);

        browser.login("enterprise1").open("/applications");
        WebElement row = browser.find("main").findElement(By.xpath(".//tr[td[normalize-space()='" + number + "']]"));
        assertThat(row.getText()).contains("退回补正", "请于 " + shownDeadline + " 前补正", "补正要求：" + REQUEST);
        browser.screenshot("return-02-list");
        browser.follow("//main//a[normalize-space()='" + number + "']");
        assertThat(browser.find(".alert-warning").getText()).contains("需要补正", REQUEST, shownDeadline);
        assertThat(timeline()).anyMatch(entry -> entry.contains("盟市初审") && entry.contains("退回补正")
                && entry.contains("reviewer1") && entry.contains(REQUEST));
        browser.screenshot("return-03-detail");

        // Three days later the enterprise corrects: the deadline has not come, nothing is due.
        ClockUtil.setCurrentTime(Date.from(start.plus(Duration.ofDays(3))));
        String instance = submitted.processInstanceId();
        assertThat(management.createJobQuery().processInstanceId(instance).timers().executable().count()).isZero();
        browser.follow("//main//a[normalize-space()='继续填写']");
        assertThat(browser.text()).contains(REQUEST);
        browser.type("field-projectName", "永磁电机产业化（已补正）").type("field-amountRequested", "90000");
        browser.submit("main form button.btn-outline-primary");
        assertThat(browser.find("#field-projectName").getAttribute("value")).isEqualTo("永磁电机产业化（已补正）");
        browser.follow("//div[@id='documents']//tr[td[normalize-space()='费用支付凭证']]//button[@type='submit']");
        assertThat(documentRows()).noneMatch(r -> r.startsWith("费用支付凭证"));
        grant.upload("payment-proof", files.resolve("payment-proof-original.pdf"));
        assertThat(documentRows()).filteredOn(r -> r.startsWith("费用支付凭证")).singleElement().asString()
                .contains("payment-proof-original.pdf");
        browser.screenshot("return-04-corrected");
        assertThat(browser.find("button[formaction$='/submit']").getText()).isEqualTo("提交补正");
        browser.submit("button[formaction$='/submit']");
        assertThat(browser.path()).isEqualTo("/applications/" + id);
        assertThat(browser.text()).contains("已提交").doesNotContain("需要补正");
        assertThat(applications.findById(id).orElseThrow().requestedAmount()).isEqualByComparingTo("90000");

        // Past the old deadline nothing withdraws the application: resubmission ended the deadline's timer.
        ClockUtil.setCurrentTime(Date.from(deadline.plus(Duration.ofDays(1))));
        assertThat(management.createJobQuery().processInstanceId(instance).timers().executable().count()).isZero();

        grant.openTask("reviewer1", number);
        assertThat(browser.text()).contains("永磁电机产业化（已补正）", "payment-proof-original.pdf", REQUEST, "已提交补正");
        browser.screenshot("return-05-reviewer-sees-correction");
        grant.decide("approve", null);
        assertThat(tasks.createTaskQuery().processInstanceId(instance).taskDefinitionKey("Task_FormalReview").count())
                .isOne();

        browser.login("enterprise1").open("/applications/" + id);
        List<String> timeline = timeline();
        int returned = indexOf(timeline, "退回补正", "reviewer1");
        int resubmitted = indexOf(timeline, "已提交补正", "enterprise1");
        int approved = indexOf(timeline, "通过", "reviewer1");
        assertThat(returned).isNotNegative();
        assertThat(resubmitted).isNotNegative();
        assertThat(approved).isNotNegative();
        assertThat(List.of(returned, resubmitted, approved)).as("timeline %s", timeline).isSorted();
        assertThat(applications.findById(id).orElseThrow().status()).isEqualTo(ApplicationStatus.IN_REVIEW);
        browser.screenshot("return-06-timeline");
    }

    private List<String> timeline() {
        return browser.driver().findElements(By.cssSelector("ol.timeline > li")).stream().map(WebElement::getText)
                .toList();
    }

    private List<String> documentRows() {
        return browser.driver().findElements(By.cssSelector("#documents tbody tr")).stream().map(WebElement::getText)
                .toList();
    }

    private static int indexOf(List<String> timeline, String decision, String actor) {
        for (int i = 0; i < timeline.size(); i++) {
            if (timeline.get(i).contains(" · " + decision) && timeline.get(i).contains(actor)) {
                return i;
            }
        }
        return -1;
    }
}
