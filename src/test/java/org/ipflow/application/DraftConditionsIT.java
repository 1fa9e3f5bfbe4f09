package org.ipflow.application;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.charset.StandardCharsets;
import org.hamcrest.Matchers;
import org.ipflow.Browser;
import org.ipflow.BrowserTest;
import org.ipflow.IpflowTest;
import org.ipflow.programme.ProgrammeCatalog;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebElement;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.web.servlet.MockMvc;

/**
 * The draft page hides the start form's conditional fields for what is on screen (form-js's
 * {@code conditional.hide}), as saving the draft drops their values: the certification's previous
 * certificate number only for a re-evaluation. While the applicant types, the page asks the form's state:
 * what is hidden, readonly, labelled, described, offered and bounded for the values on screen
 * ({@link LiveForm}); without script the same page comes back from the server for the same values. In
 * Chromium the page follows what is typed at once, without loading again, and a saved draft's staff table sorts
 * by a heading (form-js-viewer 1.23.0's {@code Table.js}). Screenshots:
 * target/screenshots/draft-live-form-*.png.
 */
@IpflowTest
class DraftConditionsIT {

    private static final String BOX = "data-path=\"previousCertificateNumber\"\\s+hidden";

    @LocalServerPort int port;
    @Autowired MockMvc mvc;
    @Autowired TestRestTemplate rest;
    @Autowired ObjectMapper json;
    @Autowired ProgrammeCatalog programmes;

    @Test
    void aFieldHiddenByTheStartFormsConditionIsHiddenUntilTheAnswerShowsIt() throws Exception {
        String enterprise = new ApiClient(rest).newEnterprise();
        String fresh = mvc.perform(get("/applications/new/pilot-enterprise-certification")
                .with(user(enterprise).authorities(() -> "enterprise"))).andReturn().getResponse()
                .getContentAsString(StandardCharsets.UTF_8);
        // adding a row re-renders what is on screen without saving it
        String reevaluation = mvc.perform(post("/applications/new/pilot-enterprise-certification")
                .param("applicationType", "reevaluation").param("_addRow", "none")
                .with(user(enterprise).authorities(() -> "enterprise")).with(csrf())).andReturn().getResponse()
                .getContentAsString(StandardCharsets.UTF_8);

        assertThat(fresh).contains("data-path=\"previousCertificateNumber\"").containsPattern(BOX)
                .contains("data-form-state=\"/applications/new/pilot-enterprise-certification/form-state\"");
        assertThat(reevaluation).contains("data-path=\"previousCertificateNumber\"").doesNotContainPattern(BOX);
    }

    @Test
    void theDraftPageAsksWhatIsHiddenAsTheApplicantTypes() throws Exception {
        String enterprise = new ApiClient(rest).newEnterprise();

        assertThat(hidden(enterprise, "initial")).contains("previousCertificateNumber");
        assertThat(hidden(enterprise, "reevaluation")).doesNotContain("previousCertificateNumber");
    }

    @Test
    void theStateAnswersWhatTheFormsFeelAndTemplatesMakeOfTheValuesOnScreen() throws Exception {
        LiveForm.open(mvc, json, programmes);
        var enterprise = user(new ApiClient(rest).newEnterpriseWithoutProfile()).authorities(() -> "enterprise");

        mvc.perform(post("/applications/new/live-form/form-state").with(enterprise).with(csrf()))
                .andExpect(status().isOk()).andExpect(content().json("""
                        {"hidden": ["unionName"], "readonly": ["registration"], "labels": {"contact": "的联系人"},
                         "descriptions": {"contact": "共 0 名员工"}, "options": {"size": [{"value": "small", "label": "小型"}]},
                         "values": {}, "bounds": {"registration": {"maxLength": 5}}}"""));
        mvc.perform(post("/applications/new/live-form/form-state").param("company", "青城科技").param("employees", "60")
                        .with(enterprise).with(csrf()))
                .andExpect(status().isOk()).andExpect(content().json("""
                        {"hidden": [], "readonly": [], "labels": {"contact": "青城科技的联系人", "unionName": "工会名称"},
                         "descriptions": {"contact": "共 60 名员工"},
                         "options": {"size": [{"value": "large", "label": "大型"}, {"value": "small", "label": "小型"}]},
                         "bounds": {"registration": {"maxLength": 60}}}"""))
                .andExpect(jsonPath("$.texts.Text_summary", Matchers.containsString("<strong>青城科技</strong>")));
    }

    /** What js/form-state.js does at once, a page without script gets by sending the form back. */
    @Test
    void withoutScriptTheSamePageComesBackForTheValuesSentBack() throws Exception {
        LiveForm.open(mvc, json, programmes);
        var enterprise = user(new ApiClient(rest).newEnterpriseWithoutProfile()).authorities(() -> "enterprise");

        String page = mvc.perform(post("/applications/new/live-form").param("company", "青城科技").param("employees", "60")
                        .param("_addRow", "none").with(enterprise).with(csrf()))
                .andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);

        assertThat(page).contains("data-form-state=\"/applications/new/live-form/form-state\"", "青城科技的联系人",
                "共 60 名员工", "<option value=\"large\">大型</option>", "<strong>青城科技</strong>")
                .doesNotContainPattern("data-path=\"unionName\"\\s+hidden").containsPattern("name=\"registration\"[^>]*maxlength=\"60\"");
    }

    @Test
    @BrowserTest
    void typingShowsAFieldRelabelsAnotherAndOffersAnOptionAtOnceWithoutLoadingThePage() throws Exception {
        LiveForm.open(mvc, json, programmes);
        ApiClient api = new ApiClient(rest);
        String enterprise = api.newEnterpriseWithoutProfile();
        try (Browser browser = new Browser(port)) {
            browser.login(enterprise, ApiClient.NEW_PASSWORD).open("/applications/new/live-form?lang=zh_CN");
            JavascriptExecutor page = (JavascriptExecutor) browser.driver();
            page.executeScript("window.sameDocument = true");
            WebElement union = browser.find("[data-path='unionName']");
            assertThat(union.isDisplayed()).as("no trade union below 50 employees").isFalse();
            browser.screenshot("draft-live-form-before");

            browser.type("field-company", "青城科技");
            browser.type("field-employees", "60");
            browser.within(5).until(d -> union.isDisplayed());
            browser.within(5).until(d -> "青城科技的联系人".equals(browser.find("[data-label-of='contact']").getText()));
            assertThat(browser.find("#field-size").findElements(By.tagName("option"))).extracting(WebElement::getText)
                    .containsExactly("请选择", "大型", "小型");
            assertThat(browser.find("#field-registration").getAttribute("readonly")).isNull();
            browser.screenshot("draft-live-form-after");

            browser.type("field-employees", "12");
            browser.within(5).until(d -> !union.isDisplayed());
            assertThat(page.executeScript("return window.sameDocument")).as("no page was loaded").isEqualTo(true);

            // the staff table sorts by a heading as form-js's Table.js does: descending, ascending, none, each time
            // from the first page; ages compare as numbers (100 before 30 before 9), not as their text
            var draft = api.call(enterprise, org.springframework.http.HttpMethod.POST, "/api/applications", java.util.Map.of(
                    "programme", LiveForm.KEY, "data", java.util.Map.of("company", "青城科技", "staff", java.util.List.of(
                            java.util.Map.of("name", "乙", "age", 9), java.util.Map.of("name", "甲", "age", 100),
                            java.util.Map.of("name", "丙", "age", 30)))));
            browser.open("/applications/" + draft.getBody().get("id") + "/edit?lang=zh_CN");
            assertThat(shownAges(page)).containsExactly("9", "100");
            browser.click("nav[data-table-pages] [data-step='1']");
            assertThat(shownAges(page)).containsExactly("30");
            WebElement age = browser.find("table[data-form-table] th:nth-child(2)");
            assertThat(age.getAttribute("tabindex")).isEqualTo("0");
            assertThat(age.getAttribute("aria-label")).isEqualTo("点击按“年龄”降序排序");
            age.click();
            assertThat(shownAges(page)).containsExactly("100", "30");
            assertThat(browser.find("[data-page-label]").getText()).isEqualTo("第 1 页，共 2 页");
            assertThat(age.getAttribute("aria-sort")).isEqualTo("descending");
            assertThat(age.getText()).isEqualTo("年龄 ▼");
            age.sendKeys(org.openqa.selenium.Keys.ENTER);
            assertThat(shownAges(page)).containsExactly("9", "30");
            assertThat(age.getAttribute("aria-sort")).isEqualTo("ascending");
            assertThat(age.getAttribute("aria-label")).isEqualTo("点击取消排序");
            browser.screenshot("draft-live-form-table-sorted");
            age.click();
            assertThat(shownAges(page)).containsExactly("9", "100");
            assertThat(age.getAttribute("aria-sort")).isEqualTo("none");
        }
    }

    @SuppressWarnings("unchecked")
    private static java.util.List<String> shownAges(JavascriptExecutor page) {
        return (java.util.List<String>) page.executeScript("return [...document.querySelectorAll("
                + "'table[data-form-table] tr[data-row]')].filter(r => !r.hidden).map(r => r.cells[1].textContent)");
    }

    private String hidden(String enterprise, String type) throws Exception {
        return json.readTree(mvc.perform(post("/applications/new/pilot-enterprise-certification/form-state")
                .param("applicationType", type).with(user(enterprise).authorities(() -> "enterprise")).with(csrf()))
                .andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8)).path("hidden").toString();
    }
}
