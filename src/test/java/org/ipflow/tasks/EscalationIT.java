package org.ipflow.tasks;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.Duration;
import java.time.Instant;
import java.util.Date;
import java.util.List;
import java.util.Locale;
import org.camunda.bpm.engine.TaskService;
import org.ipflow.Browser;
import org.ipflow.BrowserTest;
import org.ipflow.IpflowTest;
import org.ipflow.application.ApiClient;
import org.ipflow.modeling.AuditLog;
import org.ipflow.notification.Notification;
import org.ipflow.notification.Notifications;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.http.HttpMethod;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;

/**
 * Escalation (督办) on the real engine: a task whose due date passed more working days ago than set is listed
 * for the approver, who reminds the group that may take it, once a day; a task just overdue is not listed.
 * Due dates are moved into the past through the engine, so no clock is moved.
 */
@IpflowTest
class EscalationIT {

    @LocalServerPort
    int port;
    @Autowired
    TestRestTemplate rest;
    @Autowired
    TaskService tasks;
    @Autowired
    Notifications notifications;
    @Autowired
    AuditLog audit;
    @Autowired
    MockMvc mvc;
    @Autowired
    EscalationMail escalationMail;
    @Autowired
    JdbcClient jdbc;

    @Test
    void anApproverRemindsTheGroupOfATaskOverdueByMoreThanTwoWorkingDaysOnceADay() throws Exception {
        ApiClient api = new ApiClient(rest);
        long id = api.submittedGrant("enterprise1", "督办测试项目", 100000, 40000);
        String number = (String) api.application("enterprise1", id).get("number");
        String task = tasks.createTaskQuery().processInstanceBusinessKey(number).singleResult().getId();
        try {
            dueAgo(task, Duration.ofHours(1));
            assertThat(listed(api)).as("overdue by less than a working day").doesNotContain(task);
            assertThat(api.call("approver1", HttpMethod.POST, "/api/tasks/" + task + "/remind", null)
                    .getStatusCode().value()).isEqualTo(404);

            dueAgo(task, Duration.ofDays(10));
            var row = api.list("approver1", "/api/tasks/escalation").getBody().stream()
                    .filter(r -> task.equals(r.get("taskId"))).findFirst().orElseThrow();
            assertThat(row).containsEntry("applicationNumber", number).containsEntry("step", "盟市初审")
                    .containsEntry("groups", List.of("reviewer-150100"));
            assertThat(row.get("lastReminder")).isNull();
            assertThat((Integer) row.get("workingDaysOverdue")).isGreaterThan(2);
            assertThat(api.call("reviewer1", HttpMethod.GET, "/api/tasks/escalation", null).getStatusCode().value())
                    .isEqualTo(403);
            escalationMail.run();
            escalationMail.run();
            assertThat(jdbc.sql("select count(*) from outbound_message where recipient = 'approver1' and kind = ? "
                            + "and dedupe_key like ?").params(EscalationMail.MESSAGE, EscalationMail.MESSAGE + ":" + task + ":%")
                    .query(Integer.class).single()).as("the approvers hear of it by e-mail once").isEqualTo(1);

            var sent = api.call("approver1", HttpMethod.POST, "/api/tasks/" + task + "/remind", null);
            assertThat(sent.getStatusCode().value()).isEqualTo(200);
            assertThat(sent.getBody()).containsEntry("remindedBy", "approver1");
            assertThat(sent.getBody().get("notified").toString()).contains("reviewer1").doesNotContain("reviewer2");
            assertThat(notifications.recent("reviewer1", Locale.SIMPLIFIED_CHINESE)).map(Notification::text)
                    .filteredOn(text -> text.contains(number)).singleElement().asString()
                    .contains("催办", "盟市初审", "approver1");
            assertThat(notifications.recent("reviewer2", Locale.SIMPLIFIED_CHINESE)).map(Notification::text)
                    .noneMatch(text -> text.contains(number));
            assertThat(audit.latest(5)).anySatisfy(e -> {
                assertThat(e.actor()).isEqualTo("approver1");
                assertThat(e.action()).isEqualTo("REMIND_TASK");
                assertThat(e.detail()).contains(number, "reviewer1");
            });

            var again = api.call("admin", HttpMethod.POST, "/api/tasks/" + task + "/remind", null);
            assertThat(again.getStatusCode().value()).as("one reminder a day").isEqualTo(409);
            assertThat(again.getBody().get("detail").toString()).contains("approver1");
            String page = mvc.perform(get("/tasks/escalation").with(user("approver1").authorities(() -> "approver")))
                    .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
            assertThat(page).contains("id=\"escalation-" + task + "\"", number, "approver1，", "发送催办");
        } finally {
            api.call("enterprise1", HttpMethod.POST, "/api/applications/" + id + "/withdraw", null);
        }
    }

    @Test
    @BrowserTest
    void anApproverSendsARemindersFromTheEscalationPageInChineseAndEnglish() throws Exception {
        ApiClient api = new ApiClient(rest);
        long first = api.submittedGrant("enterprise1", "督办浏览器测试一", 100000, 40000);
        long second = api.submittedGrant("enterprise1", "督办浏览器测试二", 100000, 40000);
        String one = taskOf(api, first);
        String two = taskOf(api, second);
        dueAgo(one, Duration.ofDays(9));
        dueAgo(two, Duration.ofDays(8));
        try (Browser browser = new Browser(port)) {
            browser.login("approver1").open("/tasks").follow("//a[@id='escalation-link']");
            assertThat(browser.path()).isEqualTo("/tasks/escalation");
            browser.submit("#escalation-" + one + " button[type=submit]");
            assertThat(browser.text()).contains("已发送催办", "reviewer1");
            browser.screenshot("escalation-01-reminded-zh");
            browser.open("/tasks/escalation?lang=en").submit("#escalation-" + two + " button[type=submit]");
            assertThat(browser.text()).contains("Reminder sent to", "reviewer1", "Send reminder");
            browser.submit("#escalation-" + two + " button[type=submit]");
            assertThat(browser.text()).contains("one reminder a day at most");
            browser.screenshot("escalation-02-refused-en");
        } finally {
            api.call("enterprise1", HttpMethod.POST, "/api/applications/" + first + "/withdraw", null);
            api.call("enterprise1", HttpMethod.POST, "/api/applications/" + second + "/withdraw", null);
        }
    }

    private String taskOf(ApiClient api, long id) {
        String number = (String) api.application("enterprise1", id).get("number");
        return tasks.createTaskQuery().processInstanceBusinessKey(number).singleResult().getId();
    }

    private void dueAgo(String task, Duration ago) {
        var found = tasks.createTaskQuery().taskId(task).singleResult();
        found.setDueDate(Date.from(Instant.now().minus(ago)));
        tasks.saveTask(found);
    }

    private List<Object> listed(ApiClient api) {
        return api.list("approver1", "/api/tasks/escalation").getBody().stream().map(r -> r.get("taskId")).toList();
    }
}
