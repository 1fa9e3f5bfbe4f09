package org.ipflow.tasks;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.times;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.verifyNoInteractions;
import static org.mockito.Mockito.when;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import org.camunda.bpm.engine.FormService;
import org.camunda.bpm.engine.form.CamundaFormRef;
import org.ipflow.forms.FormCatalog;
import org.junit.jupiter.api.Test;
import org.springframework.core.io.DefaultResourceLoader;

/** Both of Camunda 7's references to a task's form resolve: formRef with every binding, and camunda-forms: keys. */
class TaskFormsTest {

    private final FormService engine = mock(FormService.class);
    private final TaskForms forms = new TaskForms(new FormCatalog(new DefaultResourceLoader()), engine);

    @Test
    void aLatestFormRefIsTheCataloguesFormAndAnyOtherBindingAsksTheEngine() {
        assertThat(TaskForms.key(ref("latest"), null)).isEqualTo("grant-review");
        assertThat(TaskForms.key(ref(null), null)).isEqualTo("grant-review");
        for (String binding : new String[] {"deployment", "version", "versionTag"}) {
            assertThat(TaskForms.key(ref(binding), null)).isEqualTo(TaskForms.BOUND + "grant-review");
        }
        assertThat(TaskForms.key(null, "camunda-forms:app:forms/grant-review.form")).isEqualTo("camunda-forms:app:forms/grant-review.form");
    }

    @Test
    void anApplicationsFormIsThePackagedFormOfThatFileName() {
        assertThat(forms.of(item("camunda-forms:app:forms/grant-review.form")).id()).isEqualTo("grant-review");
        assertThat(forms.of(item("grant-approval")).id()).isEqualTo("grant-approval");
        verifyNoInteractions(engine);
    }

    @Test
    void aDeployedFileOrABoundVersionIsTheOneTheEngineResolvesForTheTask() {
        String json = "{\"id\": \"own-form\", \"type\": \"default\", \"components\": []}";
        when(engine.getDeployedTaskForm("t1")).thenAnswer(i -> new ByteArrayInputStream(json.getBytes(StandardCharsets.UTF_8)));
        assertThat(forms.of(item("camunda-forms:deployment:own.form")).id()).isEqualTo("own-form");
        assertThat(forms.of(item(TaskForms.BOUND + "own-form")).id()).isEqualTo("own-form");
    }

    @Test
    void aFormOfTheDefinitionsOwnDeploymentIsReadOncePerDefinitionAVersionOnEveryRead() {
        String json = "{\"id\": \"own-form\", \"type\": \"default\", \"components\": []}";
        when(engine.getDeployedTaskForm("t1")).thenAnswer(i -> new ByteArrayInputStream(json.getBytes(StandardCharsets.UTF_8)));
        String file = TaskForms.key(null, "camunda-forms:deployment:own.form", "def:1");
        String bound = TaskForms.key(ref("deployment"), null, "def:1");
        assertThat(file).isNotEqualTo(TaskForms.key(null, "camunda-forms:deployment:own.form", "def:2"));
        for (int i = 0; i < 2; i++) {
            assertThat(forms.of(item(file)).id()).isEqualTo("own-form");
            assertThat(forms.of(item(bound)).id()).isEqualTo("own-form");
        }
        verify(engine, times(2)).getDeployedTaskForm("t1");
        String version = TaskForms.key(ref("version"), null, "def:1");
        assertThat(version).isEqualTo(TaskForms.BOUND + "grant-review");
        forms.of(item(version));
        forms.of(item(version));
        verify(engine, times(4)).getDeployedTaskForm("t1");
    }

    @Test
    void onlyAFormWithAScoreFieldIsAScoringStepAndAVersionBoundFormCountsAsOneWithoutAskingTheEngine() {
        assertThat(forms.asksForScore(item("grant-scoring"))).isTrue();
        assertThat(forms.asksForScore(item("grant-review"))).isFalse();
        assertThat(forms.asksForScore(item(null))).isFalse();
        assertThat(forms.asksForScore(item(TaskForms.key(ref("version"), null, "def:1")))).isTrue();
        verifyNoInteractions(engine);
    }

    private static CamundaFormRef ref(String binding) {
        CamundaFormRef ref = mock(CamundaFormRef.class);
        when(ref.getKey()).thenReturn("grant-review");
        when(ref.getBinding()).thenReturn(binding);
        return ref;
    }

    private static WorkItem item(String formKey) {
        return new WorkItem("t1", "task", "Task_Review", "p1", formKey, null, null, null, null, null);
    }
}
