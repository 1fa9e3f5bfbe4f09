package org.ipflow.tasks;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.ipflow.Browser;
import org.ipflow.BrowserTest;
import org.ipflow.IpflowTest;
import org.ipflow.application.ApiClient;
import org.ipflow.shared.OfficeTime;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.http.HttpMethod;

/**
 * How an office shares work, in the browser: a reviewer claims two tasks at once and decides them with one
 * form, hands a third to a colleague with a note (in Chinese); sets an absence with a substitute (in English),
 * whose inbox then marks the reviewer's task "on behalf of", and whose decision the timeline records so.
 */
@IpflowTest
@BrowserTest
class OfficeSharingBrowserIT {

    private static final String STEP = "Task_Verification";

    @LocalServerPort
    int port;
    @Autowired
    TestRestTemplate rest;

    @Test
    void reviewersClaimAndDecideTogetherTransferAndStandInForEachOther() throws IOException {
        ApiClient api = new ApiClient(rest);
        String enterprise = api.newEnterprise();
        String name = api.enterpriseName(enterprise);
        List<Long> applications = new java.util.ArrayList<>();
        List<String> tasks = new java.util.ArrayList<>();
        for (String purpose : List.of("一起认领一", "一起认领二", "转办", "代办")) {
            applications.add(api.submittedPledge(enterprise, purpose, 100000, 60));
            tasks.add(api.taskFor("reviewer4", applications.get(applications.size() - 1), STEP));
        }
        assertThat(api.call("reviewer4", HttpMethod.POST, "/api/tasks/" + tasks.get(3) + "/claim", null)
                .getStatusCode().value()).isEqualTo(200);

        try (Browser browser = new Browser(port)) {
            browser.login("reviewer4").open("/tasks?step=" + STEP + "&q=" + name);
            browser.click("input[name=ids][value='" + tasks.get(0) + "']").click("input[name=ids][value='" + tasks.get(1) + "']");
            browser.submit("#bulk-claim");
            assertThat(browser.text()).contains("已认领 2 项任务。");
            browser.click("input[name=ids][value='" + tasks.get(0) + "']").click("input[name=ids][value='" + tasks.get(1) + "']");
            browser.submit("#bulk-complete");
            assertThat(browser.find("#batch-tasks").findElements(org.openqa.selenium.By.tagName("li"))).hasSize(2);
            browser.click("input[name=decision][value=approve]").type("field-comment", "材料属实，一并通过");
            browser.screenshot("office-sharing-01-batch-zh");
            browser.submit("main form button[type=submit]");
            assertThat(browser.text()).contains("已办理 2 项任务。");

            browser.open("/tasks/" + tasks.get(2)).submit("form[action$='/claim'] button");
            browser.click("#transfer summary").select("transfer-user", "reviewer5").type("transfer-note", "本周出差，请接办");
            browser.screenshot("office-sharing-02-transfer-zh");
            browser.submit("#transfer button[type=submit]");
            assertThat(browser.text()).contains("已转办给 reviewer5。");

            LocalDate today = LocalDate.now(OfficeTime.ZONE);
            browser.open("/me/absence?lang=en");
            date(browser, "from", today);
            date(browser, "until", today.plusDays(2));
            browser.select("substitute", "reviewer6").submit("main form button[type=submit]");
            assertThat(browser.text()).contains("Your absence is saved.");

            browser.login("reviewer6").open("/tasks?lang=en&step=" + STEP + "&q=" + name);
            assertThat(browser.find(".on-behalf-of").getText()).startsWith("on behalf of");
            browser.screenshot("office-sharing-03-on-behalf-en");
            browser.open("/tasks/" + tasks.get(3));
            browser.click("input[name=decision][value=approve]").type("field-comment", "Verified for reviewer4");
            browser.submit("form[action$='/complete'] button[type=submit]");
            assertThat(browser.path()).isEqualTo("/tasks");
        } finally {
            Map<String, Object> none = new HashMap<>();
            none.put("from", null);
            api.call("reviewer4", HttpMethod.PUT, "/api/me/absence", none);
        }
        assertThat(history(api, applications.get(0))).anySatisfy(entry -> assertThat(entry)
                .containsEntry("actor", "reviewer4").containsEntry("comment", "材料属实，一并通过"));
        assertThat(history(api, applications.get(1))).anySatisfy(entry -> assertThat(entry)
                .containsEntry("actor", "reviewer4").containsEntry("comment", "材料属实，一并通过"));
        assertThat(history(api, applications.get(2))).anySatisfy(entry -> assertThat(entry)
                .containsEntry("decision", "transferred").containsEntry("actor", "reviewer4"));
        assertThat(history(api, applications.get(3))).anySatisfy(entry -> assertThat(entry)
                .containsEntry("actor", "reviewer6").containsEntry("onBehalfOf", "reviewer4"));
    }

    private static void date(Browser browser, String id, LocalDate day) {
        ((org.openqa.selenium.JavascriptExecutor) browser.driver()).executeScript(
                "document.getElementById(arguments[0]).value = arguments[1]", id, day.toString());
    }

    @SuppressWarnings("unchecked")
    private static List<Map<String, Object>> history(ApiClient api, long id) {
        return (List<Map<String, Object>>) api.application("reviewer3", id).get("history");
    }
}
