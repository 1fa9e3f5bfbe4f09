package org.ipflow.modeling;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsString;
import static org.ipflow.modeling.TestModels.EXECUTABLE;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.Map;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.ipflow.IpflowTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.test.web.servlet.MockMvc;

/**
 * The studio's service: drafts with optimistic locking, validation before deployment, the difference
 * to the deployed version, deployment of new versions (running instances stay on theirs), and the
 * migration of running instances with its dry run; through the editor's endpoints, the warnings where
 * English is missing, which keep nothing from being deployed.
 */
@IpflowTest
class ModelStudioIT {

    @Autowired
    MockMvc mvc;

    @Autowired
    ObjectMapper json;

    @Autowired
    ModelStudio studio;

    @Autowired
    InstanceMigration migration;

    @Autowired
    RepositoryService repository;

    @Autowired
    RuntimeService runtime;

    @Autowired
    TaskService tasks;

    @Autowired
    AuditLog audit;

    @Autowired
    DeployedModels deployed;

    @Autowired
    org.ipflow.forms.FormCatalog forms;

    @Autowired
    org.ipflow.forms.FormSchemaValidator formValidator;

    @Test
    void aDraftSavedOverSomeoneElsesNewerDraftIsRefusedWithWhoAndWhen() {
        String xml = TestModels.validProcess("drafted");
        int first = studio.saveDraft(ModelType.BPMN, "drafted", xml, "admin", 0);
        int second = studio.saveDraft(ModelType.BPMN, "drafted", xml.replace("Review", "Check"), "admin", first);

        assertThat(second).isEqualTo(first + 1);
        assertThatThrownBy(() -> studio.saveDraft(ModelType.BPMN, "drafted", xml, "admin2", first))
                .isInstanceOfSatisfying(DraftConflict.class, c -> {
                    assertThat(c.author()).isEqualTo("admin");
                    assertThat(c.updatedAt()).isNotNull();
                    assertThat(c.version()).isEqualTo(second);
                });
        assertThat(studio.open(ModelType.BPMN, "drafted").content()).contains("Check");
        assertThatThrownBy(() -> studio.deploy(ModelType.BPMN, "drafted", xml, "admin2", first))
                .isInstanceOf(DraftConflict.class);
    }

    @Test
    void anUnsafeOrInvalidModelIsNotDeployed() {
        long before = repository.createDeploymentQuery().count();
        ModelStudio.Deployed result = studio.deploy(ModelType.BPMN, "refused",
                TestModels.process("refused", EXECUTABLE, "camunda:candidateGroups=\"auditors\""), "admin", 0);

        assertThat(result.version()).isNull();
        assertThat(result.problems()).anySatisfy(p -> {
            assertThat(p.elementId()).isEqualTo("Task_Review");
            assertThat(p.message()).contains("unknown candidate group 'auditors'");
        });
        assertThat(repository.createDeploymentQuery().count()).isEqualTo(before);
    }

    /** The API takes a note on why (optional, at most 500 characters); the studio's list shows it by the version. */
    @Test
    void aDeploymentsNoteIsKeptWithItsVersionAndBounded() throws Exception {
        var admin = user("admin").authorities(new SimpleGrantedAuthority("admin"));
        String content = TestModels.validProcess("noted");
        mvc.perform(post("/admin/studio/api/bpmn/noted/deploy").with(admin).with(csrf())
                        .contentType(MediaType.APPLICATION_JSON)
                        .content(json.writeValueAsString(Map.of("content", content, "version", 0, "note", "x".repeat(501)))))
                .andExpect(status().isBadRequest());
        assertThat(repository.createProcessDefinitionQuery().processDefinitionKey("noted").count()).isZero();

        mvc.perform(post("/admin/studio/api/bpmn/noted/deploy").with(admin).with(csrf())
                        .contentType(MediaType.APPLICATION_JSON)
                        .content(json.writeValueAsString(Map.of("content", content, "version", 0, "note", " <b>why</b> "))))
                .andExpect(status().isOk());

        assertThat(deployed.find(ModelType.BPMN, "noted").orElseThrow().latest().note()).isEqualTo("<b>why</b>");
        mvc.perform(org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get("/admin/studio").with(admin))
                .andExpect(status().isOk())
                .andExpect(org.springframework.test.web.servlet.result.MockMvcResultMatchers.content()
                        .string(containsString("说明：&lt;b&gt;why&lt;/b&gt;")));
    }

    @Test
    void aModelWithoutEnglishValidatesAndDeploysWithWarnings() throws Exception {
        String body = json.writeValueAsString(Map.of("content", TestModels.validProcess("chinese-only"), "version", 0));
        var admin = user("admin").authorities(new SimpleGrantedAuthority("admin"));

        mvc.perform(post("/admin/studio/api/bpmn/chinese-only/validate").with(admin).with(csrf())
                        .contentType(MediaType.APPLICATION_JSON).content(body))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.problems").isEmpty())
                .andExpect(jsonPath("$.warnings[*].elementId").value(contains("chinese-only", "Task_Review")))
                .andExpect(jsonPath("$.warnings[1].message").value("userTask «Review» 没有英文名称：请添加扩展属性 nameEn"));
        mvc.perform(post("/admin/studio/api/bpmn/chinese-only/validate").with(admin).with(csrf())
                        .cookie(new jakarta.servlet.http.Cookie("ipflow-lang", "en"))
                        .contentType(MediaType.APPLICATION_JSON).content(body))
                .andExpect(jsonPath("$.warnings[1].message")
                        .value("userTask «Review» has no English name: add the extension property nameEn"));
        mvc.perform(post("/admin/studio/api/bpmn/chinese-only/deploy").with(admin).with(csrf())
                        .contentType(MediaType.APPLICATION_JSON).content(body))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.version").value(1))
                .andExpect(jsonPath("$.warnings[*].elementId").value(contains("chinese-only", "Task_Review")));

        assertThat(repository.createProcessDefinitionQuery().processDefinitionKey("chinese-only").count()).isOne();
    }

    @Test
    void problemsAreInTheReadersLanguageAndTheEnginesOwnWordsAreMarkedAsSuch() throws Exception {
        String scripted = TestModels.validProcess("scripted").replace("<userTask id=\"Task_Review\"",
                "<scriptTask id=\"Task_Script\" scriptFormat=\"javascript\"><script>1</script></scriptTask>"
                        + "<userTask id=\"Task_Review\"");
        String body = json.writeValueAsString(Map.of("content", scripted, "version", 0));
        var admin = user("admin").authorities(new SimpleGrantedAuthority("admin"));
        var english = new jakarta.servlet.http.Cookie("ipflow-lang", "en");

        mvc.perform(post("/admin/studio/api/bpmn/scripted/validate").with(admin).with(csrf())
                        .contentType(MediaType.APPLICATION_JSON).content(body))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.problems[0].elementId").value("Task_Script"))
                .andExpect(jsonPath("$.problems[0].line").value(org.hamcrest.Matchers.greaterThan(0)))
                .andExpect(jsonPath("$.problems[0].message").value("不允许使用脚本任务：请使用构建块"))
                .andExpect(jsonPath("$.problems[0].code").doesNotExist());
        mvc.perform(post("/admin/studio/api/bpmn/scripted/validate").with(admin).with(csrf()).cookie(english)
                        .contentType(MediaType.APPLICATION_JSON).content(body))
                .andExpect(jsonPath("$.problems[0].message").value("script tasks are not allowed; use a building block"));
        mvc.perform(post("/admin/studio/api/bpmn/scripted/deploy").with(admin).with(csrf())
                        .contentType(MediaType.APPLICATION_JSON).content(body))
                .andExpect(status().isUnprocessableEntity())
                .andExpect(jsonPath("$.problems[0].message").value("不允许使用脚本任务：请使用构建块"));

        String broken = json.writeValueAsString(Map.of("content", TestModels.validProcess("broken")
                .replace("targetRef=\"End\"", "targetRef=\"Nowhere\""), "version", 0));
        mvc.perform(post("/admin/studio/api/bpmn/broken/validate").with(admin).with(csrf())
                        .contentType(MediaType.APPLICATION_JSON).content(broken))
                .andExpect(jsonPath("$.problems[*].message").value(org.hamcrest.Matchers.hasItem(
                        org.hamcrest.Matchers.allOf(org.hamcrest.Matchers.startsWith("流程引擎："),
                                containsString("Nowhere")))));
        mvc.perform(post("/admin/studio/api/bpmn/broken/validate").with(admin).with(csrf()).cookie(english)
                        .contentType(MediaType.APPLICATION_JSON).content(broken))
                .andExpect(jsonPath("$.problems[*].message").value(org.hamcrest.Matchers.everyItem(
                        org.hamcrest.Matchers.not(org.hamcrest.Matchers.startsWith("流程引擎")))));
        assertThat(repository.createProcessDefinitionQuery().processDefinitionKey("scripted").count()).isZero();

        String form = json.writeValueAsString(Map.of("content", "{\"id\": \"variables\", \"components\": [{\"id\": "
                + "\"Field_Choice\", \"type\": \"textfield\", \"key\": \"t\", \"properties\": {\"money\": \"true\"}}]}",
                "version", 0));
        mvc.perform(post("/admin/studio/api/form/variables/validate").with(admin).with(csrf())
                        .contentType(MediaType.APPLICATION_JSON).content(form))
                .andExpect(jsonPath("$.problems[0].elementId").value("Field_Choice"))
                .andExpect(jsonPath("$.problems[0].message").value("“money”只适用于数字字段"));
        mvc.perform(post("/admin/studio/api/form/variables/validate").with(admin).with(csrf()).cookie(english)
                        .contentType(MediaType.APPLICATION_JSON).content(form))
                .andExpect(jsonPath("$.problems[0].message").value("'money' applies to number fields only"));
    }

    /** A form with one component of every type the studio's palette offers (FormField.Type). */
    static final String PALETTE_FORM = """
            {"id": "palette-form", "components": [
              {"type": "textfield", "key": "name", "label": "名称", "validate": {"required": true, "validationType": "email"},
               "appearance": {"prefixAdorner": "@"}},
              {"type": "textarea", "key": "notes", "label": "备注"},
              {"type": "number", "key": "share", "label": "份额", "increment": "0.5", "serializeToString": true},
              {"type": "select", "key": "kind", "label": "类型", "searchable": true, "values": [{"label": "甲", "value": "a"}]},
              {"type": "radio", "key": "decision", "label": "结论", "values": [{"label": "通过", "value": "approve"}]},
              {"type": "checkbox", "key": "agree", "label": "同意"},
              {"type": "checklist", "key": "tags", "label": "标签", "values": [{"label": "一", "value": "one"}]},
              {"type": "taglist", "key": "labels", "label": "标记", "values": [{"label": "红", "value": "red"}]},
              {"type": "datetime", "subtype": "datetime", "key": "when", "dateLabel": "日期", "timeLabel": "时间"},
              {"type": "filepicker", "key": "file", "label": "附件"},
              {"type": "group", "label": "分组", "components": [{"type": "textfield", "key": "inner", "label": "内"}]},
              {"type": "dynamiclist", "path": "rows", "label": "明细", "defaultRepetitions": 2, "components": [
                {"type": "textfield", "key": "item", "label": "项目", "validate": {"required": true}}]},
              {"type": "table", "label": "表格", "dataSource": "=rows", "columns": [{"label": "项目", "key": "item"}]},
              {"type": "text", "text": "**请填写** {{1 + 1}} 项"},
              {"type": "html", "content": "<b>注意</b><script>alert(1)</script>"},
              {"type": "image", "source": "/favicon.ico", "alt": "标志"},
              {"type": "iframe", "url": "https://example.com/", "label": "页面"},
              {"type": "documentPreview", "label": "文档"},
              {"type": "separator"},
              {"type": "spacer"},
              {"type": "button", "action": "submit", "label": "提交"},
              {"type": "expression", "key": "twice", "expression": "=share * 2", "computeOn": "change"}
            ]}""";

    @Test
    void aFormOfEveryPaletteEntryDeploysRendersAndValidates() throws Exception {
        var admin = user("admin").authorities(new SimpleGrantedAuthority("admin"));
        assertThat(org.ipflow.forms.FormField.Type.values()).allSatisfy(type ->
                assertThat(PALETTE_FORM).contains("\"type\": \"" + type.jsonName() + "\""));

        mvc.perform(post("/admin/studio/api/form/palette-form/deploy").with(admin).with(csrf())
                        .contentType(MediaType.APPLICATION_JSON)
                        .content(json.writeValueAsString(Map.of("content", PALETTE_FORM, "version", 0))))
                .andExpect(status().isOk()).andExpect(jsonPath("$.version").value(1));
        mvc.perform(post("/admin/studio/form/preview").with(admin).with(csrf()).contentType(MediaType.APPLICATION_JSON)
                        .content(json.writeValueAsString(Map.of("content", PALETTE_FORM))))
                .andExpect(status().isOk())
                .andExpect(org.springframework.test.web.servlet.result.MockMvcResultMatchers.content().string(
                        org.hamcrest.Matchers.allOf(containsString("<strong>请填写</strong> 2 项"), containsString("<b>注意</b>"),
                                containsString("name=\"rows[1].item\""), containsString("href=\"https://example.com/\""),
                                org.hamcrest.Matchers.not(containsString("<script>alert")))));

        var schema = forms.find("palette-form").orElseThrow();
        assertThat(formValidator.validate(schema, Map.of("name", "a@example.org", "share", "1.5",
                "rows", java.util.List.of(Map.of("item", "x"))), true).isEmpty()).isTrue();
        assertThat(formValidator.validate(schema, Map.of("name", "not-an-email", "share", "1.2",
                "rows", java.util.List.of(Map.of("item", ""))), true).problems())
                .containsOnlyKeys("name", "share", "rows[0].item");
    }

    @Test
    void theModelsIdMustBeItsKey() {
        assertThat(studio.validate(ModelType.BPMN, "some-key", TestModels.validProcess("other-key")))
                .anySatisfy(p -> assertThat(p.message()).contains("the id must be the model's key 'some-key'"));
    }

    @Test
    void newVersionsServeNewInstancesWhileOlderOnesFinishOnTheirsAndCanBeMigrated() {
        String v1 = TestModels.validProcess("studio-sample");
        assertThat(studio.deploy(ModelType.BPMN, "studio-sample", v1, "admin", 0).version()).isEqualTo(1);
        var older = runtime.startProcessInstanceByKey("studio-sample", "OLD-1");
        var movable = runtime.startProcessInstanceByKey("studio-sample", "OLD-2");

        String v2 = v1.replace("name=\"Review\"", "name=\"Second look\"");
        ModelDiff.Result diff = studio.diff(ModelType.BPMN, "studio-sample", v2);
        assertThat(diff.changed()).singleElement().satisfies(c -> {
            assertThat(c.id()).isEqualTo("Task_Review");
            assertThat(c.values()).containsExactly(new ModelDiff.Value("name", "Review", "Second look"));
        });
        assertThat(diff.added()).isEmpty();
        assertThat(diff.removed()).isEmpty();
        ModelStudio.Deployed deployed = studio.deploy(ModelType.BPMN, "studio-sample", v2, "admin", 0);
        assertThat(deployed.version()).isEqualTo(2);
        assertThat(repository.createDeploymentQuery().deploymentId(deployed.deploymentId()).singleResult().getName())
                .isEqualTo(ModelStudio.DEPLOYMENT_NAME);
        assertThat(audit.latest(10)).anySatisfy(e -> {
            assertThat(e.action()).isEqualTo("DEPLOY");
            assertThat(e.subject()).isEqualTo("bpmn:studio-sample");
            assertThat(e.deploymentId()).isEqualTo(deployed.deploymentId());
        });

        var newer = runtime.startProcessInstanceByKey("studio-sample", "NEW-1");
        assertThat(tasks.createTaskQuery().processInstanceId(newer.getId()).singleResult().getName()).isEqualTo("Second look");
        assertThat(tasks.createTaskQuery().processInstanceId(older.getId()).singleResult().getName()).isEqualTo("Review");

        tasks.complete(tasks.createTaskQuery().processInstanceId(older.getId()).singleResult().getId());
        assertThat(runtime.createProcessInstanceQuery().processInstanceId(older.getId()).count()).isZero();

        InstanceMigration.DryRun dryRun = migration.dryRun("studio-sample");
        assertThat(dryRun.latestVersion()).isEqualTo(2);
        assertThat(dryRun.candidates()).singleElement().satisfies(c -> {
            assertThat(c.processInstanceId()).isEqualTo(movable.getId());
            assertThat(c.movable()).isTrue();
        });
        assertThat(runtime.createProcessInstanceQuery().processInstanceId(movable.getId()).singleResult()
                .getProcessDefinitionId()).as("the dry run moves nothing").isEqualTo(older.getProcessDefinitionId());

        assertThat(migration.migrate("studio-sample", java.util.List.of(movable.getId()), "admin")).isEqualTo(1);
        assertThat(runtime.createProcessInstanceQuery().processInstanceId(movable.getId()).singleResult()
                .getProcessDefinitionId()).isEqualTo(newer.getProcessDefinitionId());
        // The waiting task moves with its instance (its name was given when it was created).
        assertThat(tasks.createTaskQuery().processInstanceId(movable.getId()).singleResult().getProcessDefinitionId())
                .isEqualTo(newer.getProcessDefinitionId());
        assertThat(audit.latest(10)).anySatisfy(e -> assertThat(e.action()).isEqualTo("MIGRATE"));
    }

    @Test
    void theDryRunSaysWhyAnInstanceCannotMove() {
        String v1 = TestModels.validProcess("studio-moving");
        studio.deploy(ModelType.BPMN, "studio-moving", v1, "admin", 0);
        var waiting = runtime.startProcessInstanceByKey("studio-moving");
        // The new version replaces the waiting step by another one: nothing to map the instance to.
        String v2 = v1.replace("Task_Review", "Task_Approve");
        studio.deploy(ModelType.BPMN, "studio-moving", v2, "admin", 0);

        assertThat(migration.dryRun("studio-moving").candidates()).singleElement().satisfies(c -> {
            assertThat(c.processInstanceId()).isEqualTo(waiting.getId());
            assertThat(c.movable()).isFalse();
            assertThat(c.reasons()).anySatisfy(r -> assertThat(r).contains("Task_Review"));
        });
    }
}
