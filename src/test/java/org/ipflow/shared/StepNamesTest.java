package org.ipflow.shared;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.times;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.exception.NullValueException;
import org.camunda.bpm.engine.impl.persistence.entity.ProcessDefinitionEntity;
import org.camunda.bpm.model.bpmn.Bpmn;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class StepNamesTest {

    private static final String MODEL = """
            <?xml version="1.0" encoding="UTF-8"?>
            <definitions xmlns="http://www.omg.org/spec/BPMN/20100524/MODEL"
                xmlns:camunda="http://camunda.org/schema/1.0/bpmn" targetNamespace="http://ipflow.org/test">
              <process id="review" name="审查流程" isExecutable="true">
                <extensionElements><camunda:properties><camunda:property name="nameEn" value="Review process" /></camunda:properties></extensionElements>
                <startEvent id="Start" />
                <userTask id="Task_PreReview" name="盟市初审">
                  <extensionElements><camunda:properties><camunda:property name="other" value="x" /><camunda:property name="nameEn" value="Regional pre-review" /></camunda:properties></extensionElements>
                </userTask>
                <serviceTask id="Task_MarkInReview" name="转入省局审查">
                  <extensionElements><camunda:inputOutput><camunda:inputParameter name="status">IN_REVIEW</camunda:inputParameter></camunda:inputOutput><camunda:properties><camunda:property name="nameEn" value="Move to provincial review" /></camunda:properties></extensionElements>
                </serviceTask>
                <userTask id="Task_ChineseOnly" name="专家评审打分" />
                <userTask id="Task_Unnamed" />
                <endEvent id="End" />
              </process>
            </definitions>
            """;

    private final RepositoryService repository = mock(RepositoryService.class);
    private final StepNames names = new StepNames(repository);

    @BeforeEach
    void model() {
        when(repository.getBpmnModelInstance("review:1:1"))
                .thenReturn(Bpmn.readModelFromStream(new ByteArrayInputStream(MODEL.getBytes(StandardCharsets.UTF_8))));
    }

    @Test
    void englishReadersGetTheModelsEnglishNameAndChineseReadersTheBpmnName() {
        assertThat(names.of("review:1:1", "Task_PreReview", Locale.ENGLISH)).isEqualTo("Regional pre-review");
        assertThat(names.of("review:1:1", "Task_PreReview", Locale.UK)).isEqualTo("Regional pre-review");
        assertThat(names.of("review:1:1", "Task_PreReview", Locale.SIMPLIFIED_CHINESE)).isEqualTo("盟市初审");
        assertThat(names.of("review:1:1", "Task_MarkInReview", Locale.ENGLISH)).isEqualTo("Move to provincial review");
    }

    @Test
    void withoutEnglishTheChineseNameThenTheCallersFallback() {
        assertThat(names.of("review:1:1", "Task_ChineseOnly", Locale.ENGLISH)).isEqualTo("专家评审打分");
        assertThat(names.of("review:1:1", "Task_Unnamed", "stored", Locale.ENGLISH)).isEqualTo("stored");
        assertThat(names.of("review:1:1", "Submit", "提交申报", Locale.ENGLISH)).isEqualTo("提交申报");
        assertThat(names.of("review:1:1", "Task_Unnamed", Locale.ENGLISH)).isEqualTo("Task_Unnamed");
        assertThat(names.find(null, "Task_PreReview", Locale.ENGLISH)).isEmpty();
    }

    @Test
    void aDefinitionTheEngineNoLongerHasFallsBack() {
        when(repository.getBpmnModelInstance("gone:1:1")).thenThrow(new NullValueException("no deployed process definition"));

        assertThat(names.of("gone:1:1", "Task_PreReview", "盟市初审", Locale.ENGLISH)).isEqualTo("盟市初审");
    }

    @Test
    void processNameAndUserTasksInTheModelsOrder() {
        ProcessDefinitionEntity definition = new ProcessDefinitionEntity();
        definition.setId("review:1:1");
        definition.setKey("review");

        assertThat(names.process(definition, "review", Locale.ENGLISH)).isEqualTo("Review process");
        assertThat(names.process(definition, "review", Locale.SIMPLIFIED_CHINESE)).isEqualTo("审查流程");
        assertThat(names.userTasks("review:1:1", Locale.ENGLISH)).containsExactly(
                java.util.Map.entry("Task_PreReview", "Regional pre-review"),
                java.util.Map.entry("Task_ChineseOnly", "专家评审打分"), java.util.Map.entry("Task_Unnamed", "Task_Unnamed"));
    }

    @Test
    void aDiagramForEnglishReadersCarriesTheEnglishNamesAndForChineseReadersIsAsDeployed() {
        assertThat(names.diagram(MODEL, Locale.ENGLISH))
                .contains("name=\"Review process\"", "name=\"Regional pre-review\"", "name=\"专家评审打分\"")
                .doesNotContain("盟市初审", "审查流程");
        assertThat(names.diagram(MODEL, Locale.SIMPLIFIED_CHINESE)).isSameAs(MODEL);
    }

    @Test
    void aDefinitionsModelIsReadOnce() {
        names.of("review:1:1", "Task_PreReview", Locale.ENGLISH);
        names.of("review:1:1", "Task_ChineseOnly", Locale.SIMPLIFIED_CHINESE);
        names.userTasks("review:1:1", Locale.ENGLISH);

        verify(repository, times(1)).getBpmnModelInstance("review:1:1");
    }
}
