package org.ipflow.modeling;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.time.Duration;
import java.util.List;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.model.bpmn.instance.UserTask;
import org.ipflow.Browser;
import org.ipflow.BrowserTest;
import org.ipflow.IpflowTest;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.logging.LogType;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * An administrator changes a process in the browser (the editors' own labels in Chinese): renames a
 * step, gives it an unknown group, sees the validator's error on the step, fixes it, is warned that
 * English is missing, sees the difference with each value before and after, and deploys a new version
 * after confirming it with a note, then sees the new version and no difference left; the DMN and form
 * editors open too, in Chinese and in English. Everything runs under IPFlow's CSP (no eval, no inline script).
 * Screenshots land in target/screenshots.
 */
@IpflowTest
@BrowserTest
class StudioBrowserIT {

    private static final String KEY = "studio-browser";

    @LocalServerPort
    int port;

    @Autowired
    ModelStudio studio;

    @Autowired
    RepositoryService repository;

    Browser browser;

    @BeforeEach
    void open() throws IOException {
        if (repository.createProcessDefinitionQuery().processDefinitionKey(KEY).count() == 0) {
            studio.deploy(ModelType.BPMN, KEY, TestModels.validProcess(KEY), "admin", 0);
        }
        browser = new Browser(port);
    }

    @AfterEach
    void close(org.junit.jupiter.api.TestInfo test) throws IOException {
        // What the page showed at the end, and what its console said: the first thing to look at on a failure.
        browser.screenshot("studio-last-" + test.getTestMethod().orElseThrow().getName());
        browser.driver().manage().logs().get(LogType.BROWSER).getAll()
                .forEach(entry -> System.out.println("browser console: " + entry.getMessage()));
        browser.close();
    }

    @Test
    void editValidateFixAndDeployAProcess() throws IOException {
        browser.login("admin").open("/admin/studio").screenshot("studio-01-models");
        assertThat(browser.text()).contains(KEY);
        browser.open("/admin/studio/bpmn/" + KEY);
        browser.waitFor("g.djs-element[data-element-id='Task_Review']");
        assertThat(browser.find(".djs-palette [data-action='create.task']").getAttribute("aria-label")).isEqualTo("创建任务");
        browser.click("g.djs-element[data-element-id='Task_Review']");
        browser.waitFor("[data-group-id='group-general'] .bio-properties-panel-group-header");
        assertThat(browser.find("[data-group-id='group-general'] .bio-properties-panel-group-header").getText())
                .contains("常规");
        browser.click("[data-group-id='group-general'] .bio-properties-panel-group-header");
        browser.waitFor("#bio-properties-panel-name");
        replace(browser.find("#bio-properties-panel-name"), "Second approval");
        browser.click("[data-group-id='group-CamundaPlatform__UserAssignment'] .bio-properties-panel-group-header");
        browser.waitFor("#bio-properties-panel-candidateGroups");
        replace(browser.find("#bio-properties-panel-candidateGroups"), "auditors");
        pause();

        browser.click("#studio-validate");
        until(() -> browser.find("#studio-problems").getText().contains("未知的候选组“auditors”"));
        assertThat(browser.driver().findElements(By.cssSelector(".studio-problem"))).isNotEmpty();
        browser.screenshot("studio-02-unknown-group");

        deploy("unknown group, refused");
        until(() -> browser.find("#studio-status").getText().contains("未部署")
                || browser.find("#studio-status").getText().contains("Not deployed"));
        assertThat(repository.createProcessDefinitionQuery().processDefinitionKey(KEY).latestVersion().singleResult()
                .getVersion()).as("nothing deployed while problems remain").isEqualTo(1);

        // The problem names its element: a click selects it, and the properties panel shows it.
        browser.click("#studio-problems button");
        until(() -> !browser.driver().findElements(By.id("bio-properties-panel-candidateGroups")).isEmpty());
        replace(browser.find("#bio-properties-panel-candidateGroups"), "approver");
        pause();
        browser.click("#studio-validate");
        until(() -> browser.find("#studio-status").getAttribute("class").contains("alert-success")
                && browser.find("#studio-problems").getText().isEmpty());
        // The model has no English: valid all the same, with warnings in a list of their own whose
        // entries select their element as problems do.
        assertThat(browser.driver().findElements(By.cssSelector("#studio-warnings button")))
                .extracting(WebElement::getText).satisfiesExactly(
                        process -> assertThat(process).startsWith(KEY + ": process").contains("nameEn"),
                        task -> assertThat(task).startsWith("Task_Review: userTask «Second approval»"));
        browser.click("#studio-warnings li:first-child button");
        until(() -> KEY.equals(browser.find("#bio-properties-panel-id").getAttribute("value")));
        browser.click("#studio-warnings li:last-child button");
        until(() -> "Task_Review".equals(browser.find("#bio-properties-panel-id").getAttribute("value")));
        browser.fullPageScreenshot("studio-03-english-missing");
        browser.click("#studio-diff-button");
        until(() -> browser.find("#studio-diff").getText().contains("Task_Review"));
        assertThat(browser.find("#studio-diff").getText()).contains("candidateGroups: reviewer → approver")
                .contains("name: Review → Second approval").doesNotContain("formRef").doesNotContain("布局调整");
        browser.screenshot("studio-03-valid-with-difference");

        // Deploying asks first, with what changes, and wants a note on why.
        browser.click("#studio-deploy");
        until(() -> browser.find("#studio-confirm").isDisplayed());
        assertThat(browser.find("#studio-confirm-diff").getText()).contains("name: Review → Second approval");
        browser.click("#studio-confirm-deploy");
        assertThat(browser.find("#studio-confirm").isDisplayed()).as("no deployment without a note").isTrue();
        browser.screenshot("studio-04-confirm");
        browser.find("#studio-note").sendKeys("   ");
        browser.click("#studio-confirm-deploy");
        assertThat(browser.find("#studio-confirm").isDisplayed()).as("nor with a note of spaces").isTrue();
        assertThat(browser.find("#studio-note").getAttribute("validationMessage")).contains("空格");
        browser.find("#studio-note").sendKeys("second approval by the approvers");
        browser.click("#studio-confirm-deploy");
        until(() -> browser.find("#studio-status").getText().matches("(?s).*(已部署|Deployed).*2.*"));
        until(() -> browser.find("#studio-diff").getText().contains("与已部署版本相同"));
        assertThat(browser.find("#studio-latest").getText()).isEqualTo("（最新版本 2）");
        // Read after the deployment: the draft's autosave may have replaced the validation's status line.
        assertThat(browser.find("#studio-status").getText()).containsAnyOf("2 条警告", "2 warnings");
        assertThat(browser.find("#studio-warnings").getText()).contains("Task_Review");
        browser.fullPageScreenshot("studio-04-deployed");

        var latest = repository.createProcessDefinitionQuery().processDefinitionKey(KEY).latestVersion().singleResult();
        assertThat(latest.getVersion()).isEqualTo(2);
        UserTask task = repository.getBpmnModelInstance(latest.getId()).getModelElementById("Task_Review");
        assertThat(task.getName()).isEqualTo("Second approval");
        assertThat(task.getCamundaCandidateGroups()).isEqualTo("approver");
        assertNoCspViolations();
        browser.open("/admin/studio");
        assertThat(browser.find("#models-bpmn").getText()).contains("说明：second approval by the approvers");
    }

    @Test
    void theDecisionAndFormEditorsOpen() throws IOException {
        browser.login("admin").open("/admin/studio/dmn/grant-funding-rate");
        browser.waitFor(".tjs-table");
        assertThat(browser.text()).contains("专家平均分");
        assertThat(browser.find(".tjs-table th.input-cell .clause").getText()).isEqualTo("当");
        browser.screenshot("studio-05-decision-table");

        browser.open("/admin/studio/form/grant-review");
        browser.waitFor(".fjs-editor-container");
        browser.waitFor("#studio-preview form");
        assertThat(browser.find("#studio-preview").getText()).isNotBlank();
        assertThat(browser.find(".fjs-palette-field[data-field-type='textfield']").getText()).isEqualTo("文本框");
        // form-js 1.23 has no translate service: the studio puts its words in place of the editor's own texts.
        browser.within(5).until(d -> browser.find(".fjs-palette-header").getText().equals("组件"));
        assertThat(browser.text()).contains("输入", "选择", "容器").doesNotContain("Presentation", "Containers");
        assertThat(browser.find(".fjs-palette-search").getAttribute("placeholder")).isEqualTo("搜索组件");
        browser.screenshot("studio-06-form");

        // An English page: the editors' English labels.
        browser.open("/admin/studio/form/grant-review?lang=en");
        browser.waitFor(".fjs-palette-field[data-field-type='textfield']");
        assertThat(browser.find(".fjs-palette-field[data-field-type='textfield']").getText()).isEqualTo("Text field");
        assertThat(browser.find(".fjs-palette-header").getText()).isEqualTo("Components");
        browser.open("/admin/studio/bpmn/" + KEY);
        browser.waitFor(".djs-palette [data-action='create.task']");
        assertThat(browser.find(".djs-palette [data-action='create.task']").getAttribute("aria-label")).isEqualTo("Create task");
        browser.screenshot("studio-06-english");
        assertNoCspViolations();
    }

    @Test
    void decisionAndFormProblemsAreMarkedOnTheirElements() throws IOException {
        String decision = TestModels.decision("studio-marks", "camunda:historyTimeToLive=\"P1D\"", "");
        if (repository.createDecisionDefinitionQuery().decisionDefinitionKey("studio-marks").count() == 0) {
            studio.deploy(ModelType.DMN, "studio-marks", decision, "admin", 0);
            studio.deploy(ModelType.FORM, "studio-marks-form", MARKED_FORM, "admin", 0);
        }
        browser.login("admin").open("/admin/studio/dmn/studio-marks");
        browser.waitFor(".tjs-table");
        // JUEL in a rule's entry and no history time-to-live: the entry and the decision are marked
        browser.find("#studio-import").sendKeys(GrantEdits.file("studio-marks.dmn", decision
                .replace("camunda:historyTimeToLive=\"P1D\"", "").replace("&gt;= 50", "${score > 50}")).toString());
        until(() -> browser.find("#studio-status").getText().contains("studio-marks.dmn"));
        browser.click("#studio-validate");
        until(() -> browser.find("#studio-problems").getText().contains("不允许使用 JUEL 表达式"));
        until(() -> !browser.driver().findElements(By.cssSelector("td[data-element-id='Entry_High'][data-studio-problem]")).isEmpty());
        assertThat(browser.find("td[data-element-id='Entry_High']").getAttribute("data-studio-problem"))
                .contains("不允许使用 JUEL 表达式");
        assertThat(browser.find(".decision-table-properties").getAttribute("data-studio-problem"))
                .contains("未设置历史保留期限");
        assertThat(browser.find("td[data-element-id='Entry_High']").getCssValue("outline-style")).isEqualTo("solid");
        browser.click("#studio-problems li:first-child button");
        browser.screenshot("studio-07-decision-problems");

        browser.open("/admin/studio/form/studio-marks-form");
        browser.waitFor(".fjs-editor-container [data-id='Field_Comment']");
        browser.find("#studio-import").sendKeys(GrantEdits.file("studio-marks-form.form", MARKED_FORM.replace(
                "\"key\": \"comment\"", "\"key\": \"review..comment\"")).toString());
        until(() -> browser.find("#studio-status").getText().contains("studio-marks-form.form"));
        browser.click("#studio-validate");
        until(() -> browser.find("#studio-problems").getText().contains("“review..comment”必须是名称或以点连接的名称"));
        until(() -> !browser.driver().findElements(By.cssSelector("[data-id='Field_Comment'][data-studio-problem]")).isEmpty());
        assertThat(browser.find("[data-id='Field_Comment']").getAttribute("data-studio-problem")).contains("review..comment");
        assertThat(browser.driver().findElements(By.cssSelector("[data-id='Field_Decision'][data-studio-problem]"))).isEmpty();
        browser.click("#studio-problems button");
        until(() -> browser.find("[data-id='Field_Comment']").getAttribute("class").contains("fjs-editor-selected"));
        browser.screenshot("studio-08-form-problems");
        assertNoCspViolations();
    }

    private static final String MARKED_FORM = """
            {"id": "studio-marks-form", "type": "default", "schemaVersion": 16, "components": [
              {"id": "Field_Decision", "type": "textfield", "key": "decision", "label": "结论"},
              {"id": "Field_Comment", "type": "textfield", "key": "comment", "label": "意见"}]}
            """;

    /** Deploy, confirmed in the dialog with a note. */
    private void deploy(String note) {
        browser.click("#studio-deploy");
        until(() -> browser.find("#studio-confirm").isDisplayed());
        browser.find("#studio-note").sendKeys(note);
        browser.click("#studio-confirm-deploy");
    }

    private void replace(WebElement field, String text) {
        field.click();
        field.sendKeys(Keys.chord(Keys.CONTROL, "a"), Keys.DELETE);
        field.sendKeys(text);
    }

    /** The properties panel writes a field to the model after a short debounce. */
    private static void pause() {
        try {
            Thread.sleep(800);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    /** The properties panel re-renders its fields on each selection: a field found a moment ago may be gone. */
    private void until(java.util.function.BooleanSupplier condition) {
        new WebDriverWait(browser.driver(), Duration.ofSeconds(20))
                .ignoring(org.openqa.selenium.StaleElementReferenceException.class).until(d -> condition.getAsBoolean());
    }

    private void assertNoCspViolations() {
        List<String> messages = browser.driver().manage().logs().get(LogType.BROWSER).getAll().stream()
                .map(entry -> entry.getMessage()).filter(m -> m.contains("Content Security Policy")).toList();
        assertThat(messages).isEmpty();
    }
}
