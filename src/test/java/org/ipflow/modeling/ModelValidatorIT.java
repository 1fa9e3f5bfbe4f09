package org.ipflow.modeling;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.camunda.bpm.engine.ProcessEngineException;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.repository.Deployment;
import org.camunda.bpm.model.bpmn.Bpmn;
import org.camunda.bpm.model.bpmn.instance.Process;
import org.camunda.bpm.model.bpmn.instance.UserTask;
import org.ipflow.IpflowTest;
import org.ipflow.identity.Roles;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.MethodSource;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * The model contract: every file in {@code bpmn/} deploys through the engine and its validator and
 * keeps IPFlow's conventions; and the validator refuses models that would run arbitrary code, naming
 * the element, without storing anything.
 */
@IpflowTest
class ModelValidatorIT {

    @Autowired
    RepositoryService repository;

    @Autowired
    ModelValidator validator;

    static Stream<Path> models() throws IOException {
        return Files.list(Path.of("bpmn")).filter(p -> p.toString().endsWith(".bpmn") || p.toString().endsWith(".dmn"))
                .sorted();
    }

    @ParameterizedTest
    @MethodSource("models")
    void everyModelDeploysThroughTheValidator(Path model) throws IOException {
        Deployment deployment;
        try (InputStream in = Files.newInputStream(model)) {
            deployment = repository.createDeployment().name("model-contract").addInputStream(
                    model.getFileName().toString(), in).deploy();
        }
        try {
            assertThat(repository.createProcessDefinitionQuery().deploymentId(deployment.getId()).count()
                    + repository.createDecisionDefinitionQuery().deploymentId(deployment.getId()).count())
                    .as("definitions in %s", model).isPositive();
        } finally {
            repository.deleteDeployment(deployment.getId(), true);
        }
    }

    @ParameterizedTest
    @MethodSource("models")
    void processesFollowTheConventions(Path model) {
        if (!model.toString().endsWith(".bpmn")) {
            return;
        }
        var instance = Bpmn.readModelFromFile(model.toFile());
        var processes = instance.getModelElementsByType(Process.class);
        String fileName = model.getFileName().toString();
        assertThat(processes).extracting(Process::getId).containsExactly(fileName.substring(0, fileName.length() - 5));
        for (Process process : processes) {
            assertThat(process.isExecutable()).isTrue();
            assertThat(process.getCamundaHistoryTimeToLiveString()).isNotBlank();
        }
        for (UserTask task : instance.getModelElementsByType(UserTask.class)) {
            assertThat(task.getCamundaDueDate()).as("due date of %s", task.getId()).isNotBlank();
            assertThat(task.getCamundaFormRef()).as("form of %s", task.getId()).isNotBlank();
            if (task.getCamundaCandidateGroups() == null) {
                // a task for one person, such as a drawn expert's: assigned by the process, offered to no group
                assertThat(task.getCamundaAssignee()).as("assignee of %s", task.getId()).isNotBlank();
                continue;
            }
            assertThat(List.of(task.getCamundaCandidateGroups().split(","))).as("candidate groups of %s", task.getId())
                    .allMatch(group -> Roles.ALL.contains(group.strip()) || group.strip().equals("reviewer-${region}"));
        }
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            Task_RunsScript   | script tasks are not allowed              | <scriptTask id="Task_RunsScript" scriptFormat="javascript"><script>1</script></scriptTask>
            Task_Listened     | script listeners                          | <task id="Task_Listened"><extensionElements><camunda:executionListener event="start"><camunda:script scriptFormat="javascript">1</camunda:script></camunda:executionListener></extensionElements></task>
            Task_NamesAClass  | camunda:class is not allowed              | <serviceTask id="Task_NamesAClass" camunda:class="org.ipflow.application.process.SetStatusDelegate" />
            Task_UsesEngine   | 'identityService' is not an allowed       | <serviceTask id="Task_UsesEngine" camunda:delegateExpression="${identityService}" />
            Task_UsesDatabase | 'dataSource' is not an allowed            | <serviceTask id="Task_UsesDatabase" camunda:delegateExpression="${dataSource}" />
            Flow_Reflective   | expression ${                             | <task id="Task_Checked" /><sequenceFlow id="Flow_Reflective" sourceRef="Task_Checked" targetRef="End"><conditionExpression xsi:type="tFormalExpression">${''.getClass().forName('java.lang.Runtime') != null}</conditionExpression></sequenceFlow>
            """)
    void unsafeModelIsRefusedNamingTheElement(String refusedElement, String reason, String element) {
        long deployments = repository.createDeploymentQuery().count();
        String xml = model(element);
        assertThatThrownBy(() -> repository.createDeployment().name("unsafe").addString("unsafe.bpmn", xml).deploy())
                .isInstanceOf(ProcessEngineException.class)
                .hasMessageContaining("Model refused by IPFlow's deployment validator")
                .hasMessageContaining(refusedElement + ": " + reason);
        assertThat(repository.createDeploymentQuery().count()).isEqualTo(deployments);
        assertThat(repository.createProcessDefinitionQuery().processDefinitionKey("candidate").count()).isZero();
    }

    @Test
    void validModelWithAnAllowedBuildingBlockIsAccepted() {
        String xml = model("<serviceTask id=\"Task_SetStatus\" camunda:delegateExpression=\"${setStatusDelegate}\">"
                + "<extensionElements><camunda:inputOutput><camunda:inputParameter name=\"status\">IN_REVIEW"
                + "</camunda:inputParameter></camunda:inputOutput></extensionElements></serviceTask>");
        Deployment deployment = repository.createDeployment().name("safe").addString("safe.bpmn", xml).deploy();
        repository.deleteDeployment(deployment.getId(), true);
    }

    @Test
    void englishNamesAsExtensionPropertiesAreAccepted() {
        String xml = model("<userTask id=\"Task_Review\" name=\"审查\" camunda:candidateGroups=\"reviewer\">"
                + "<extensionElements><camunda:properties><camunda:property name=\"nameEn\" value=\"Review\" />"
                + "</camunda:properties></extensionElements></userTask>");

        assertThat(validator.validate(ModelType.BPMN, xml)).isEmpty();
        Deployment deployment = repository.createDeployment().name("bilingual").addString("bilingual.bpmn", xml).deploy();
        repository.deleteDeployment(deployment.getId(), true);
    }

    /** A process "candidate": start → the element's first node → end, unless the element leads to the end itself. */
    private static String model(String element) {
        String first = element.replaceFirst("^<\\w+ id=\"([^\"]+)\".*$", "$1");
        String toEnd = element.contains("targetRef=\"End\"") ? ""
                : "<sequenceFlow id=\"Flow_Out\" sourceRef=\"" + first + "\" targetRef=\"End\" />";
        return """
                <?xml version="1.0" encoding="UTF-8"?>
                <definitions xmlns="http://www.omg.org/spec/BPMN/20100524/MODEL" \
                xmlns:camunda="http://camunda.org/schema/1.0/bpmn" \
                xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance" targetNamespace="http://ipflow.org/test">
                  <process id="candidate" isExecutable="true" camunda:historyTimeToLive="P1D">
                    <startEvent id="Start" />
                    <sequenceFlow id="Flow_In" sourceRef="Start" targetRef="%s" />
                    %s
                    %s
                    <endEvent id="End" />
                  </process>
                </definitions>
                """.formatted(first, element, toEnd);
    }
}
