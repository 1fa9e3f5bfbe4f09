package org.ipflow.programme;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import org.ipflow.Browser;
import org.ipflow.BrowserTest;
import org.ipflow.IpflowTest;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * An administrator defines a programme in Chromium, sees refused input marked at its fields with
 * everything typed kept, fixes it, opens a call, and an enterprise finds the programme open for
 * submissions; then the call is closed. Screenshots land in target/screenshots.
 */
@IpflowTest
@BrowserTest
class ProgrammeBrowserIT {

    @LocalServerPort
    int port;

    @Autowired
    ProgrammeCatalog catalogue;

    @Autowired
    ProgrammeCalls calls;

    Browser browser;

    @BeforeEach
    void open() throws IOException {
        browser = new Browser(port);
    }

    @AfterEach
    void close() throws IOException {
        browser.close();
    }

    @Test
    void anAdministratorDefinesAProgrammeAndOpensACallThatEnterprisesSee() throws IOException {
        browser.login("admin").open("/admin").submit("#admin-programmes");
        assertThat(browser.find("#programmes").getText()).contains("patent-transformation-grant", "常年受理");
        browser.submit("#new-programme");

        browser.type("key", "patent-award-demo").type("numberPrefix", "pa").type("nameZh", "专利奖评选（演示）")
                .type("nameEn", "Patent award (demo)").type("processKey", "patent-award-undeployed")
                .type("startForm", "patent-transformation-grant-start").type("titleField", "projectName")
                .type("amountField", "amountRequested");
        browser.click("#region-150100").submit("#save-programme");
        assertThat(browser.find("#numberPrefix-error").getText()).contains("2–6 个大写字母");
        assertThat(browser.find("#processKey-error").getText()).contains("没有已部署的此标识的流程");
        assertThat(browser.find("#nameZh").getAttribute("value")).isEqualTo("专利奖评选（演示）");
        assertThat(browser.find("#region-150100").isSelected()).isTrue();
        browser.screenshot("programme-refused");

        browser.type("numberPrefix", "PAD").type("processKey", "patent-transformation-grant").submit("#save-programme");
        assertThat(browser.path()).isEqualTo("/admin/programmes/patent-award-demo");
        assertThat(browser.text()).contains("项目 patent-award-demo 已创建");
        assertThat(catalogue.find("patent-award-demo").orElseThrow().regions()).containsExactly("150100");

        browser.type("new-call-nameZh", "2026年第一批").type("new-call-nameEn", "2026, first call");
        ((org.openqa.selenium.JavascriptExecutor) browser.driver()).executeScript("document.getElementById('new-call-opensAt').value = '2026-01-01T09:00';"
                + "document.getElementById('new-call-closesAt').value = '2099-12-31T17:00';");
        browser.submit("#add-call");
        assertThat(browser.text()).contains("批次“2026年第一批”已添加", "受理中");
        browser.screenshot("programme-call-open");
        long callId = calls.openNow("patent-award-demo").orElseThrow().id();

        browser.login("enterprise1").open("/programmes");
        assertThat(browser.find("#call-patent-award-demo").getText()).contains("正在受理：2026年第一批");
        browser.screenshot("programme-enterprise-sees-call");

        browser.login("admin").open("/admin/programmes/patent-award-demo").submit("#close-call-" + callId);
        assertThat(browser.text()).contains("批次已截止", "已截止");
        assertThat(calls.openNow("patent-award-demo")).isEmpty();
        browser.screenshot("programme-call-closed");
    }
}
