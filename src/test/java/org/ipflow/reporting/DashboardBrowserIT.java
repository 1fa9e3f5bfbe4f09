package org.ipflow.reporting;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.ipflow.Browser;
import org.ipflow.BrowserTest;
import org.ipflow.IpflowTest;
import org.ipflow.application.ApiClient;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * The dashboard, the targets form and the public figures in Chromium: the charts are drawn by the
 * bundled script under the strict CSP, and the reader's language stays chosen across a logout.
 */
@IpflowTest
@BrowserTest
class DashboardBrowserIT {

    static final int CHARTS = 5;

    @LocalServerPort
    int port;

    @Autowired
    TestRestTemplate rest;

    @Autowired
    RuntimeService runtime;

    @Autowired
    ManagementService management;

    @Autowired
    TaskService tasks;

    Browser browser;

    @BeforeEach
    void setUp() throws Exception {
        browser = new Browser(port);
    }

    @AfterEach
    void tearDown() throws Exception {
        browser.close();
    }

    @Test
    void approversAndAdministratorsSeeTheChartsDrawn() throws Exception {
        var grants = new GrantFixtures(new ApiClient(rest), runtime, management, tasks);
        grants.disbursed(grants.newEnterprise(), "浏览器看板：已拨付");
        grants.rejected(grants.newEnterprise(), "浏览器看板：不予资助");
        grants.overdue(grants.newEnterprise(), "浏览器看板：逾期", "reviewer1");
        grants.overdue(grants.newEnterprise(), "浏览器看板：未认领", null);
        grants.submitted("enterprise2", "浏览器看板：包头");

        browser.login("approver1").follow("//nav//a[@href='/dashboard']");
        assertChartsDrawn();
        assertThat(browser.text()).contains("各项目申报状态", "专利转化资助", "已拨付", "呼和浩特市", "reviewer1", "未认领");
        assertThat(browser.driver().findElements(By.cssSelector("a[href='/admin/targets']"))).isEmpty();
        browser.fullPageScreenshot("dashboard-approver");

        browser.login("admin").open("/admin/targets/grant-projects-funded");
        browser.type("targetValue", "60");
        browser.submit("main form button[type=submit]");
        assertThat(browser.path()).isEqualTo("/admin/targets");
        assertThat(browser.find("#target-grant-projects-funded").getText()).contains("60");
        browser.open("/dashboard?lang=en");
        assertChartsDrawn();
        assertThat(browser.text()).contains("Applications by status", "Patent-transformation grant", "Unclaimed");
        assertThat(browser.find("#plan-grant-projects-funded progress").getAttribute("value")).isNotNull();
        browser.fullPageScreenshot("dashboard-admin");
    }

    @Test
    void thePublicFiguresNeedNoLoginInBothLanguages() throws Exception {
        browser.open("/public/figures?lang=zh_CN");
        assertThat(browser.text()).contains("项目数据公开", "受理申报数");
        assertThat(browser.consoleErrors()).isEmpty();
        browser.screenshot("public-figures-zh");

        browser.follow("//nav//a[normalize-space()='English']");
        assertThat(browser.path()).startsWith("/public/figures");
        assertThat(browser.text()).contains("Programme figures", "Applications received",
                "Each programme's figures for the last 10 years");
        assertThat(browser.consoleErrors()).isEmpty();
        browser.screenshot("public-figures-en");
    }

    @Test
    void theChosenLanguageSurvivesLogoutAndLogin() throws Exception {
        browser.login("approver1").open("/dashboard");
        assertThat(browser.text()).contains("统计看板");
        browser.follow("//nav//a[normalize-space()='English']");
        assertThat(browser.text()).contains("Dashboard");

        browser.submit("nav form[action='/logout'] button");
        assertThat(browser.path()).startsWith("/login");
        assertThat(browser.find("nav").getText()).contains("Log in");
        browser.type("username", "approver1").type("password", "demo").submit("main form button[type=submit]");
        browser.open("/dashboard");
        assertThat(browser.text()).contains("Dashboard", "Applications by status");
        assertThat(browser.driver().manage().getCookieNamed("ipflow-lang").getExpiry()).isNotNull();
        browser.screenshot("dashboard-english-after-login");
    }

    private void assertChartsDrawn() {
        browser.within(20).until(d ->
                d.findElements(By.cssSelector("canvas[data-rendered='true']")).size() == CHARTS);
        List<Long> painted = browser.driver().findElements(By.cssSelector("canvas[data-chart]")).stream()
                .map(canvas -> (Long) ((org.openqa.selenium.JavascriptExecutor) browser.driver()).executeScript("const c = arguments[0];"
                        + "const d = c.getContext('2d').getImageData(0, 0, c.width, c.height).data;"
                        + "let n = 0; for (let i = 3; i < d.length; i += 4) { if (d[i] > 0) n++; } return n;", canvas))
                .toList();
        assertThat(painted).as("painted pixels per chart").hasSize(CHARTS).allMatch(n -> n > 1000);
        assertThat(browser.consoleErrors()).as("console errors (a CSP refusal shows here)").isEmpty();
    }
}
