package org.ipflow.operations;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.Date;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.camunda.bpm.engine.runtime.Incident;
import org.camunda.bpm.engine.runtime.Job;
import org.ipflow.Browser;
import org.ipflow.BrowserTest;
import org.ipflow.IpflowTest;
import org.ipflow.modeling.AuditLog;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Bean;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

/**
 * The operations page on the real engine (its job executor is off in tests, so jobs run only when a
 * test or the page runs them): counts per programme and step, an incident and its retry, a timer and
 * "run now", each action in the audit log.
 */
@IpflowTest
class OperationsIT {

    /** A building block that always fails, allow-listed for this test's context only. */
    static class FailingPaymentDelegate implements JavaDelegate {
        @Override
        public void execute(DelegateExecution execution) {
            throw new IllegalStateException("payment service <b>unreachable</b>: " + "connection refused; ".repeat(12));
        }
    }

    @TestConfiguration
    static class FailingPayments {
        @Bean
        FailingPaymentDelegate failingPaymentDelegate() {
            return new FailingPaymentDelegate();
        }
    }

    private static final RequestPostProcessor ADMIN = user("admin").authorities(new SimpleGrantedAuthority("admin"));

    @LocalServerPort
    int port;
    @Autowired
    MockMvc mvc;
    @Autowired
    RepositoryService repository;
    @Autowired
    RuntimeService runtime;
    @Autowired
    TaskService tasks;
    @Autowired
    ManagementService management;
    @Autowired
    AuditLog audit;

    @Test
    void countsRunningInstancesPerProgrammeAndStepOverAllVersions() throws Exception {
        deploy("ops-counting", OperationsModels.twoSteps("ops-counting", "Counting v1"));
        for (int i = 1; i <= 3; i++) {
            runtime.startProcessInstanceByKey("ops-counting", "OPS-C-" + i);
        }
        String first = runtime.createProcessInstanceQuery().processInstanceBusinessKey("OPS-C-1").singleResult().getId();
        tasks.complete(tasks.createTaskQuery().processInstanceId(first).singleResult().getId());
        deploy("ops-counting", OperationsModels.twoSteps("ops-counting", "Counting v2"));
        runtime.startProcessInstanceByKey("ops-counting", "OPS-C-4");
        runtime.startProcessInstanceByKey("ops-counting", "OPS-C-5");

        var page = mvc.perform(get("/admin/operations").with(ADMIN)).andExpect(status().isOk()).andReturn();

        @SuppressWarnings("unchecked")
        var programmes = (List<InstanceCounts.ProgrammeLoad>) page.getModelAndView().getModel().get("programmes");
        InstanceCounts.ProgrammeLoad counting = programmes.stream().filter(p -> p.key().equals("ops-counting"))
                .findFirst().orElseThrow();
        assertThat(counting.name()).isEqualTo("Counting v2");
        assertThat(counting.latestVersion()).isEqualTo(2);
        assertThat(counting.instances()).isEqualTo(5);
        assertThat(counting.versions()).containsExactly(new InstanceCounts.VersionLoad(2, 2, 0),
                new InstanceCounts.VersionLoad(1, 3, 0));
        assertThat(counting.steps()).containsExactly(
                new InstanceCounts.StepLoad("Task_First", "First check", 4, 0, new TreeSet<>(Set.of(1, 2))),
                new InstanceCounts.StepLoad("Task_Second", "Second check", 1, 0, new TreeSet<>(Set.of(1))));
        assertThat(page.getResponse().getContentAsString())
                .contains("id=\"programme-ops-counting\"", "id=\"step-ops-counting-Task_First\"", "First check");
    }

    @Test
    void listsAnIncidentWithItsEscapedMessageAndRetriesItsJobWithAnAuditEntry() throws Exception {
        deploy("ops-failing", OperationsModels.failingAsyncStep("ops-failing"));
        String instance = runtime.startProcessInstanceByKey("ops-failing", "OPS-F-1").getId();
        Job job = management.createJobQuery().processInstanceId(instance).singleResult();
        management.setJobRetries(job.getId(), 1);
        assertThatThrownBy(() -> management.executeJob(job.getId())).hasMessageContaining("unreachable");
        Incident incident = runtime.createIncidentQuery().processInstanceId(instance).singleResult();
        assertThat(incident.getConfiguration()).isEqualTo(job.getId());

        String html = mvc.perform(get("/admin/operations").with(ADMIN)).andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString();
        assertThat(html).contains("id=\"incident-" + incident.getId() + "\"", "OPS-F-1", "Pay out", "Task_Pay",
                "payment service &lt;b&gt;unreachable&lt;/b&gt;", "<details",
                "/admin/operations/incidents/" + incident.getId() + "/retry")
                .doesNotContain("<b>unreachable</b>");

        mvc.perform(post("/admin/operations/incidents/{id}/retry", incident.getId()).with(ADMIN))
                .andExpect(status().isForbidden());
        assertThat(management.createJobQuery().jobId(job.getId()).singleResult().getRetries()).isZero();

        mvc.perform(post("/admin/operations/incidents/{id}/retry", incident.getId()).with(ADMIN).with(csrf()))
                .andExpect(redirectedUrl("/admin/operations"))
                .andExpect(flash().attribute("flash", containsString("OPS-F-1")));

        assertThat(management.createJobQuery().jobId(job.getId()).singleResult().getRetries()).isEqualTo(1);
        assertThat(runtime.createIncidentQuery().processInstanceId(instance).count()).isZero();
        assertThat(audit.latest(5)).anySatisfy(e -> {
            assertThat(e.actor()).isEqualTo("admin");
            assertThat(e.action()).isEqualTo("RETRY_JOB");
            assertThat(e.subject()).isEqualTo("bpmn:ops-failing");
            assertThat(e.detail()).contains(job.getId(), "Task_Pay", instance, "OPS-F-1", "unreachable");
        });
    }

    @Test
    void retryingAnIncidentThatIsGoneSaysSoAndAuditsNothing() throws Exception {
        long before = audit.latest(1).stream().mapToLong(AuditLog.Entry::id).max().orElse(0);
        mvc.perform(post("/admin/operations/incidents/{id}/retry", "no-such-incident").with(ADMIN).with(csrf()))
                .andExpect(redirectedUrl("/admin/operations"))
                .andExpect(flash().attributeExists("flashError"));
        assertThat(audit.latest(1)).allSatisfy(e -> assertThat(e.id()).isLessThanOrEqualTo(before));
    }

    @Test
    void listsATimerAndRunsItNowSoTheInstanceMovesOnWithAnAuditEntry() throws Exception {
        deploy("ops-timer", OperationsModels.oneHourTimer("ops-timer", OperationsModels.USER_TASK_AFTER));
        String instance = runtime.startProcessInstanceByKey("ops-timer", "OPS-T-1").getId();
        Job timer = management.createJobQuery().processInstanceId(instance).timers().singleResult();
        assertThat(timer.getDuedate()).isAfter(new Date(System.currentTimeMillis() + 50 * 60_000));

        String html = mvc.perform(get("/admin/operations").with(ADMIN)).andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString();
        assertThat(html).contains("id=\"timer-" + timer.getId() + "\"", "OPS-T-1", "Wait an hour", "Timer_Wait",
                "/admin/operations/timers/" + timer.getId() + "/run", "name=\"reason\" required",
                "name=\"confirmed\" value=\"true\" required");

        mvc.perform(post("/admin/operations/timers/{id}/run", timer.getId()).with(ADMIN))
                .andExpect(status().isForbidden());
        assertThat(runtime.getActiveActivityIds(instance)).containsExactly("Timer_Wait");

        mvc.perform(post("/admin/operations/timers/{id}/run", timer.getId()).param("reason", " ")
                        .param("confirmed", "true").with(ADMIN).with(csrf()))
                .andExpect(redirectedUrl("/admin/operations"))
                .andExpect(flash().attribute("flashError", containsString("请写明为何现在执行")));
        assertThat(runtime.getActiveActivityIds(instance)).as("no reason, no run").containsExactly("Timer_Wait");

        mvc.perform(post("/admin/operations/timers/{id}/run", timer.getId()).param("reason", "供货商提前到货")
                        .with(ADMIN).with(csrf()))
                .andExpect(redirectedUrl("/admin/operations"))
                .andExpect(flash().attribute("flashError", containsString("请勾选确认")));
        assertThat(runtime.getActiveActivityIds(instance)).as("not confirmed, no run").containsExactly("Timer_Wait");

        mvc.perform(post("/admin/operations/timers/{id}/run", timer.getId()).param("reason", "供货商提前到货")
                        .param("confirmed", "true").with(ADMIN).with(csrf()))
                .andExpect(redirectedUrl("/admin/operations"))
                .andExpect(flash().attribute("flash", containsString("OPS-T-1")));

        assertThat(runtime.getActiveActivityIds(instance)).containsExactly("Task_After");
        assertThat(management.createJobQuery().jobId(timer.getId()).count()).isZero();
        assertThat(audit.latest(5)).anySatisfy(e -> {
            assertThat(e.actor()).isEqualTo("admin");
            assertThat(e.action()).isEqualTo("RUN_TIMER");
            assertThat(e.subject()).isEqualTo("bpmn:ops-timer");
            assertThat(e.detail()).contains("Timer_Wait", instance, "OPS-T-1", "reason: 供货商提前到货");
        });
    }

    @Test
    void aTimerWhoseStepFailsStaysAndTheAdministratorIsToldWhy() throws Exception {
        deploy("ops-timer-failing", OperationsModels.oneHourTimer("ops-timer-failing", OperationsModels.FAILING_STEP_AFTER));
        String instance = runtime.startProcessInstanceByKey("ops-timer-failing", "OPS-T-2").getId();
        Job timer = management.createJobQuery().processInstanceId(instance).timers().singleResult();

        mvc.perform(post("/admin/operations/timers/{id}/run", timer.getId()).param("reason", "测试失败的步骤")
                        .param("confirmed", "true").with(ADMIN).with(csrf()))
                .andExpect(redirectedUrl("/admin/operations"))
                .andExpect(flash().attribute("flashError", containsString("unreachable")));

        assertThat(runtime.getActiveActivityIds(instance)).containsExactly("Timer_Wait");
        assertThat(management.createJobQuery().jobId(timer.getId()).singleResult().getRetries()).isEqualTo(2);
        assertThat(audit.latest(5)).anySatisfy(e -> {
            assertThat(e.action()).isEqualTo("RUN_TIMER_FAILED");
            assertThat(e.detail()).contains("OPS-T-2", "unreachable");
        });
    }

    @Test
    void aStepWhoseGroupHasNoActiveMemberIsListedOnOperationsAndDashboardAndTheUsersPageShowsWhoCoversEachRegion() throws Exception {
        deploy("ops-regions", OperationsModels.process("ops-regions", "Regional check", """
                <sequenceFlow id="Flow_In" sourceRef="Start" targetRef="Task_Region" />
                <userTask id="Task_Region" name="Regional check" camunda:candidateGroups="reviewer-${region}" />
                <sequenceFlow id="Flow_Out" sourceRef="Task_Region" targetRef="End" />
                """));
        // Deleted at the end: their tasks would otherwise sit in the regional reviewers' inboxes of later tests.
        List<String> instances = List.of(
                runtime.startProcessInstanceByKey("ops-regions", "OPS-R-150400", Map.of("region", "150400")).getId(),
                runtime.startProcessInstanceByKey("ops-regions", "OPS-R-150100", Map.of("region", "150100")).getId());
        try {
            regionalStepsAndCoverage();
        } finally {
            runtime.deleteProcessInstances(instances, "test over", true, true);
        }
    }

    private void regionalStepsAndCoverage() throws Exception {

        String html = mvc.perform(get("/admin/operations").with(ADMIN)).andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString();
        assertThat(html).contains("id=\"uncovered-reviewer-150400-Task_Region\"", "OPS-R-150400")
                .doesNotContain("uncovered-reviewer-150100-Task_Region", "OPS-R-150100");

        String dashboard = mvc.perform(get("/dashboard").with(ADMIN)).andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString();
        assertThat(dashboard).containsPattern("(?s)id=\"dashboard-uncovered\".*?Regional check（reviewer-150400）1 件.*?</div>")
                .doesNotContain("reviewer-150100）");

        String users = mvc.perform(get("/admin/users").with(ADMIN)).andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString();
        assertThat(users).containsPattern("(?s)id=\"coverage-150100\".*?reviewer1.*?</tr>")
                .containsPattern("(?s)id=\"coverage-150400\".*?无人：该地区的申请无人初审.*?</tr>");
    }

    @Test
    void runningATimerThatIsGoneSaysSo() throws Exception {
        mvc.perform(post("/admin/operations/timers/{id}/run", "no-such-job").param("reason", "测试")
                        .param("confirmed", "true").with(ADMIN).with(csrf()))
                .andExpect(redirectedUrl("/admin/operations"))
                .andExpect(flash().attribute("flashError", containsString("不存在")));
    }

    @Test
    @BrowserTest
    void anAdministratorFindsTheIncidentFromTheAdminPageAndRetriesItInTheBrowser() throws Exception {
        deploy("ops-browser", OperationsModels.failingAsyncStep("ops-browser"));
        String instance = runtime.startProcessInstanceByKey("ops-browser", "OPS-B-1").getId();
        Job job = management.createJobQuery().processInstanceId(instance).singleResult();
        management.setJobRetries(job.getId(), 1);
        assertThatThrownBy(() -> management.executeJob(job.getId()));
        deploy("ops-browser-timer", OperationsModels.oneHourTimer("ops-browser-timer", OperationsModels.USER_TASK_AFTER));
        String timed = runtime.startProcessInstanceByKey("ops-browser-timer", "OPS-B-2").getId();
        String timer = management.createJobQuery().processInstanceId(timed).timers().singleResult().getId();
        String incident = runtime.createIncidentQuery().processInstanceId(instance).singleResult().getId();

        try (Browser browser = new Browser(port)) {
            browser.login("admin").open("/admin").follow("//main//a[@href='/admin/operations']");
            assertThat(browser.path()).isEqualTo("/admin/operations");
            assertThat(browser.text()).contains("OPS-B-1", "OPS-B-2", "Wait an hour", "payment service <b>unreachable</b>");
            browser.screenshot("operations-01-incident");
            browser.submit("#incident-" + incident + " button[type=submit]");
            assertThat(browser.text()).contains("OPS-B-1").doesNotContain("payment service <b>unreachable</b>");
            browser.screenshot("operations-02-retried");
            ((org.openqa.selenium.JavascriptExecutor) browser.driver()).executeScript("document.getElementById('timers').scrollIntoView()");
            browser.screenshot("operations-03-timers");
            browser.follow("//main//a[@href='/admin/audit']");
            assertThat(browser.text()).contains("RETRY_JOB", "bpmn:ops-browser", "OPS-B-1");
            browser.screenshot("operations-04-audit");
            runATimerNowInEnglish(browser, timer);
        }
        assertThat(runtime.getActiveActivityIds(timed)).containsExactly("Task_After");
        assertThat(management.createJobQuery().jobId(job.getId()).singleResult().getRetries()).isEqualTo(1);
    }

    /** The run-now box asks for a reason and a confirmation before it sends anything, in English too. */
    private static void runATimerNowInEnglish(Browser browser, String timer) throws Exception {
        browser.open("/admin/operations?lang=en").click("#timer-" + timer + " summary");
        assertThat(browser.find("#timer-" + timer + " form").getText()).contains("Reason", "Run now");
        browser.click("#timer-" + timer + " form button[type=submit]");
        var script = (org.openqa.selenium.JavascriptExecutor) browser.driver();
        assertThat(script.executeScript("return document.getElementById('reason-" + timer + "').validity.valueMissing"))
                .as("no reason, no run").isEqualTo(true);
        browser.type("reason-" + timer, "Supplier delivered early");
        browser.click("#confirm-" + timer);
        browser.screenshot("operations-05-run-now-en");
        browser.submit("#timer-" + timer + " form button[type=submit]");
        assertThat(browser.text()).contains("Timer run:", "OPS-B-2");
        browser.open("/admin/audit");
        assertThat(browser.text()).contains("RUN_TIMER", "bpmn:ops-browser-timer");
        browser.screenshot("operations-06-run-now-audited-en");
    }

    private void deploy(String key, String xml) {
        repository.createDeployment().name("ops-test").addString(key + ".bpmn", xml).deploy();
    }
}
