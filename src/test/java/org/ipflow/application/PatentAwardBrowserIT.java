package org.ipflow.application;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.function.BooleanSupplier;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.RepositoryService;
import org.ipflow.Browser;
import org.ipflow.BrowserTest;
import org.ipflow.IpflowTest;
import org.ipflow.application.internal.ApplicationRepository;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.logging.LogType;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.core.io.ClassPathResource;
import org.springframework.test.context.TestPropertySource;

/**
 * The proof of issue 9 in Chromium: an administrator opens the patent award (专利奖评选) with the studio
 * and the programme pages only — imports and deploys its nomination form and process, defines the
 * programme with its award-letter template, opens a call — and, with no restart, an enterprise nominates
 * a patent and the staff work it through regional recommendation, three experts, the approver and the
 * public notice to the award letter. Its own Spring context: it deploys a process other tests do not know.
 */
@IpflowTest
// PatentAwardIT defines the same programme and deploys the same models in the shared context.
@TestPropertySource(properties = "ipflow.test.context=patent-award-browser")
@BrowserTest
class PatentAwardBrowserIT {

    @LocalServerPort
    int port;

    @Autowired
    ApplicationRepository applications;

    @Autowired
    ManagementService management;

    @Autowired
    RepositoryService repository;

    Browser browser;
    Path pdf;

    @BeforeEach
    void open() throws IOException {
        browser = new Browser(port);
        pdf = Files.write(Files.createTempFile("nomination", ".pdf"), ApiClient.PDF);
    }

    @AfterEach
    void close() throws IOException {
        browser.screenshot("award-last");
        browser.driver().manage().logs().get(LogType.BROWSER).getAll()
                .forEach(entry -> System.out.println("browser console: " + entry.getMessage()));
        browser.close();
    }

    @Test
    void anAdministratorOpensThePatentAwardInTheBrowserAndANominationIsWorkedToItsAwardLetter() throws IOException {
        browser.login("admin").open("/admin/studio/form/patent-award-nomination");
        browser.waitFor(".fjs-editor-container");
        importAndDeploy("patent-award-nomination.form");
        browser.open("/admin/studio/bpmn/patent-award");
        browser.waitFor(".djs-container");
        importAndDeploy("patent-award.bpmn");
        browser.waitFor("g.djs-element[data-element-id='Task_IssueAwardLetter']");
        browser.screenshot("award-01-process-deployed");
        assertThat(repository.createProcessDefinitionQuery().processDefinitionKey("patent-award").count()).isEqualTo(1);

        browser.open("/admin/programmes/new");
        browser.type("key", "patent-award").type("numberPrefix", "PAW").type("nameZh", "专利奖评选")
                .type("nameEn", "Patent award").type("processKey", "patent-award")
                .type("startForm", "patent-award-nomination").type("titleField", "projectName").type("amountField", "")
                .type("documents", "nomination-letter | 推荐书 | Nomination letter | required")
                .type("letterTemplate", "{enterprise}：\n你单位申报的“{title}”（申请编号 {number}）经评审、公示，获{programme}。\n{date}");
        browser.submit("#save-programme");
        assertThat(browser.path()).isEqualTo("/admin/programmes/patent-award");
        browser.type("new-call-nameZh", "2026年度专利奖").type("new-call-nameEn", "Patent award 2026");
        ((JavascriptExecutor) browser.driver()).executeScript(
                "document.getElementById('new-call-opensAt').value = '2026-01-01T09:00';");
        browser.submit("#add-call");
        browser.screenshot("award-02-programme-and-call");

        browser.login("enterprise1").open("/programmes");
        assertThat(browser.find("#call-patent-award").getText()).contains("2026年度专利奖");
        browser.submit("a[href$='/applications/new/patent-award']");
        browser.type("field-projectName", "稀土永磁电机专利").type("field-patentNumber", "ZL202310123456.6")
                .type("field-patentTitle", "一种稀土永磁材料的制备方法").type("field-achievements", "已在两条产线实施，年节能 12%。")
                .type("field-salesRevenue", "3200");
        browser.submit("main form button.btn-outline-primary");
        assertThat(browser.path()).matches("/applications/\\d+/edit");
        long id = Long.parseLong(browser.path().split("/")[2]);
        browser.select("kind", "nomination-letter");
        browser.find("#file").sendKeys(pdf.toAbsolutePath().toString());
        browser.submit("#upload-button");
        browser.submit("button[formaction$='/submit']");
        assertThat(browser.path()).isEqualTo("/applications/" + id);
        String number = applications.findById(id).orElseThrow().number();
        assertThat(number).startsWith("PAW-");

        decide("reviewer1", number, "approve");
        for (String expert : List.of("reviewer4", "reviewer5", "reviewer6")) {
            openTask(expert, number);
            browser.type("field-score", "88");
            browser.submit("form[action$='/complete'] button[type=submit]");
        }
        decide("approver1", number, "approve");
        browser.open("/public/notices");
        assertThat(browser.text()).contains(number, "专利奖评选");
        browser.screenshot("award-03-public-notice");

        // The notice period ends: the administrator runs its timer now on the operations page.
        String instance = applications.findById(id).orElseThrow().processInstanceId();
        String timer = management.createJobQuery().processInstanceId(instance).timers().singleResult().getId();
        browser.login("admin").open("/admin/operations");
        String run = "form[action$='/timers/" + timer + "/run']";
        browser.click("#timer-" + timer + " summary");
        browser.find(run + " textarea[name=reason]").sendKeys("公示期内无异议，提前结束公示");
        browser.click(run + " input[name=confirmed]");
        browser.submit(run + " button");

        browser.login("enterprise1").open("/applications/" + id);
        assertThat(browser.find("#letter").getText()).contains(number + "-L", "呼和浩特青城科技有限公司",
                "稀土永磁电机专利", "获专利奖评选");
        assertThat(browser.text()).contains("reviewer1", "approver1", "推荐书:");
        browser.screenshot("award-04-award-letter");
        assertThat(applications.findById(id).orElseThrow().status()).isEqualTo(ApplicationStatus.CERTIFIED);
    }

    private void importAndDeploy(String file) throws IOException {
        Path path = new ClassPathResource("programmes/patent-award/" + file).getFile().toPath().toAbsolutePath();
        browser.find("#studio-import").sendKeys(path.toString());
        until(() -> statusText().contains(file));
        browser.click("#studio-validate");
        until(() -> browser.find("#studio-status").getAttribute("class").contains("alert-success")
                && browser.find("#studio-problems").getText().isBlank());
        browser.click("#studio-deploy");
        until(() -> browser.find("#studio-confirm").isDisplayed());
        browser.find("#studio-note").sendKeys("专利奖评选：" + file);
        browser.click("#studio-confirm-deploy");
        until(() -> statusText().matches("(?s).*(已部署|Deployed).*"));
    }

    private void decide(String user, String number, String decision) throws IOException {
        openTask(user, number);
        browser.click("input[name=decision][value=" + decision + "]");
        browser.submit("form[action$='/complete'] button[type=submit]");
        assertThat(browser.path()).isEqualTo("/tasks");
    }

    private void openTask(String user, String number) {
        browser.login(user).open("/tasks");
        browser.type("q", number).submit("form[role=search] button[type=submit]");
        browser.follow("//main//tr[td[normalize-space()='" + number + "']]//a");
        browser.waitFor("form[action$='/complete']");
    }

    private String statusText() {
        return browser.find("#studio-status").getText();
    }

    private void until(BooleanSupplier condition) {
        browser.within(30).until(d -> condition.getAsBoolean());
    }
}
