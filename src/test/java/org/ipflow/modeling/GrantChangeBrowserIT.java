package org.ipflow.modeling;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.function.BooleanSupplier;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.history.HistoricProcessInstance;
import org.ipflow.Browser;
import org.ipflow.BrowserTest;
import org.ipflow.IpflowTest;
import org.ipflow.application.ApiClient;
import org.ipflow.shared.OfficeTime;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.logging.LogType;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.TestPropertySource;

/**
 * The "done when" on the real grant process: in the studio an administrator imports a change of
 * the grant (a second approval above an amount), is refused while the change holds an unknown group and
 * a script task (nothing deployed), then validates the good change, sees what it adds and deploys it.
 * An application started before runs to the end on the old version; a new one with a large amount waits
 * for the second approval. Its own Spring context: redeploying the grant must not reach other tests.
 */
@IpflowTest
@TestPropertySource(properties = "ipflow.test.context=grant-change")
@BrowserTest
class GrantChangeBrowserIT {

    private static final String KEY = GrantEdits.KEY;

    @LocalServerPort
    int port;

    @Autowired
    TestRestTemplate rest;

    @Autowired
    RepositoryService repository;

    @Autowired
    HistoryService history;

    @Autowired
    ManagementService management;

    Browser browser;
    ApiClient api;

    @BeforeEach
    void open() throws IOException {
        browser = new Browser(port);
        api = new ApiClient(rest);
    }

    @AfterEach
    void close() throws IOException {
        browser.screenshot("grant-change-last");
        browser.driver().manage().logs().get(LogType.BROWSER).getAll()
                .forEach(entry -> System.out.println("browser console: " + entry.getMessage()));
        browser.close();
    }

    @Test
    void anAdministratorAddsASecondApprovalAndOnlyNewApplicationsFollowIt() throws IOException {
        int before = latestVersion();
        long started = api.submittedGrant("enterprise1", "变更前提交的项目", 200000, 100000);

        browser.login("admin").open("/admin/studio");
        browser.follow("//a[contains(@href, '/admin/studio/bpmn/" + KEY + "') and not(contains(@href, 'migration'))]");
        browser.waitFor("g.djs-element[data-element-id='Task_ApproverDecision']");

        // An unsafe change: refused next to its elements, nothing deployed.
        long deployments = repository.createDeploymentQuery().count();
        importFile("grant-unsafe.bpmn", GrantEdits.secondApprovalWithUnsafeParts());
        browser.waitFor("g.djs-element[data-element-id='Task_CheckByScript']");
        browser.click("#studio-validate");
        until(() -> problems().contains("未知的候选组“auditors”")
                && problems().contains("不允许使用脚本任务"));
        assertThat(noteOn("Task_SecondApproval")).contains("auditors");
        assertThat(noteOn("Task_CheckByScript")).contains("不允许使用脚本任务");
        browser.screenshot("grant-change-01-refused");
        deploy("尝试部署含脚本任务的版本");
        until(() -> statusText().contains("未部署") || statusText().contains("Not deployed"));
        assertThat(repository.createDeploymentQuery().count()).as("deployments").isEqualTo(deployments);
        assertThat(latestVersion()).isEqualTo(before);

        // The good change: valid, its difference lists what it adds, deployed as the next version.
        importFile("grant-second-approval.bpmn", GrantEdits.secondApproval());
        until(() -> browser.driver().findElements(By.cssSelector("g.djs-element[data-element-id='Task_CheckByScript']"))
                .isEmpty());
        browser.click("#studio-validate");
        until(() -> browser.find("#studio-status").getAttribute("class").contains("alert-success")
                && problems().isEmpty());
        browser.click("#studio-diff-button");
        until(() -> browser.find("#studio-diff").getText().contains("Task_SecondApproval"));
        String diff = browser.find("#studio-diff").getText();
        assertThat(diff).containsPattern("(新增|added): Task_SecondApproval «二次审批»")
                .containsPattern("(新增|added): Gateway_AmountCheck").containsPattern("(新增|added): Flow_LargeAmount")
                .containsPattern("(?s)(修改|changed): Flow_Approved.*targetRef").doesNotContain("Task_CheckByScript");
        browser.screenshot("grant-change-02-difference");
        deploy("大额申请增加第二次审批");
        until(() -> statusText().matches("(?s).*(已部署|Deployed).*" + (before + 1) + ".*"));
        browser.screenshot("grant-change-03-deployed");
        assertThat(latestVersion()).isEqualTo(before + 1);
        assertThat(repository.createDeploymentQuery().count()).isEqualTo(deployments + 1);

        // Started before: stays on its version and is paid without a second approval, large amount or not.
        toApproval(started, "reviewer1");
        assertThat(api.application("enterprise1", started)).containsEntry("status", "PUBLIC_NOTICE");
        endNotice("enterprise1", started);
        String disbursement = api.taskFor("finance1", started, "Task_Disbursement");
        // The award tranche of the release's terms: 70 % of 90 000.
        assertThat(api.complete("finance1", disbursement, Map.of("paidAmount", 63000, "paymentReference", "BOC-2026-0900",
                "paidOn", LocalDate.now(OfficeTime.ZONE).toString())).getStatusCode().value()).isEqualTo(200);
        assertThat(api.application("enterprise1", started)).containsEntry("status", "DISBURSED");
        HistoricProcessInstance old = instance("enterprise1", started);
        assertThat(repository.getProcessDefinition(old.getProcessDefinitionId()).getVersion()).isEqualTo(before);
        assertThat(history.createHistoricActivityInstanceQuery().processInstanceId(old.getId())
                .activityId("Task_SecondApproval").count()).isZero();

        // Started after, with an amount above the threshold: the approver's "approve" leads to the second approval.
        long large = api.submittedGrant("enterprise2", "变更后提交的大额项目", 200000, GrantEdits.THRESHOLD * 2);
        toApproval(large, "reviewer2");
        assertThat(repository.getProcessDefinition(instance("enterprise2", large).getProcessDefinitionId()).getVersion())
                .isEqualTo(before + 1);
        assertThat(api.taskFor("approver1", large, "Task_SecondApproval")).as("second approval in the approvers' inbox")
                .isNotNull();
        assertThat(api.application("enterprise2", large)).containsEntry("status", "IN_REVIEW");
        assertNoCspViolations();
    }

    private void importFile(String name, String content) throws IOException {
        browser.find("#studio-import").sendKeys(GrantEdits.file(name, content).toString());
        until(() -> statusText().contains(name));
    }

    /** Pre-review, formal review, three experts' scores and the approver's approval of 90 000 yuan. */
    private void toApproval(long id, String regionalReviewer) {
        complete(regionalReviewer, id, "Task_RegionalPreReview", Map.of("decision", "approve"));
        complete("reviewer3", id, "Task_FormalReview", Map.of("decision", "approve"));
        for (String expert : api.acceptedExperts(id)) {
            complete(expert, id, "Task_ExpertScoring", ApiClient.rubricScore(90));
        }
        complete("approver1", id, "Task_ApproverDecision", Map.of("decision", "approve", "approvedAmount", 90000));
    }

    private void complete(String user, long id, String step, Map<String, Object> data) {
        String task = api.taskFor(user, id, step);
        assertThat(task).as("%s for %s", step, user).isNotNull();
        assertThat(api.complete(user, task, data).getStatusCode().value()).as("%s by %s", step, user).isEqualTo(200);
    }

    private void endNotice(String enterprise, long id) {
        var timers = management.createJobQuery().processInstanceId(instance(enterprise, id).getId()).timers().list();
        assertThat(timers).hasSize(1);
        management.executeJob(timers.get(0).getId());
    }

    private HistoricProcessInstance instance(String enterprise, long id) {
        String number = (String) api.application(enterprise, id).get("number");
        return history.createHistoricProcessInstanceQuery().processInstanceBusinessKey(number).singleResult();
    }

    private int latestVersion() {
        return repository.createProcessDefinitionQuery().processDefinitionKey(KEY).latestVersion().singleResult()
                .getVersion();
    }

    private String problems() {
        return browser.find("#studio-problems").getText();
    }

    private String statusText() {
        return browser.find("#studio-status").getText();
    }

    private String noteOn(String elementId) {
        return browser.find(".djs-overlays[data-container-id='" + elementId + "'] .studio-problem").getText();
    }

    private void until(BooleanSupplier condition) {
        browser.within(20).until(d -> condition.getAsBoolean());
    }

    private void assertNoCspViolations() {
        assertThat(browser.driver().manage().logs().get(LogType.BROWSER).getAll().stream()
                .map(entry -> entry.getMessage()).filter(m -> m.contains("Content Security Policy")).toList()).isEmpty();
    }

    /** Deploy, confirmed in the studio's dialog with a note on why. */
    private void deploy(String note) {
        browser.click("#studio-deploy");
        until(() -> browser.find("#studio-confirm").isDisplayed());
        browser.find("#studio-note").sendKeys(note);
        browser.click("#studio-confirm-deploy");
    }
}
