package org.ipflow.modeling;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.assertj.core.groups.Tuple;
import org.camunda.bpm.model.bpmn.Bpmn;
import org.camunda.bpm.model.bpmn.BpmnModelInstance;
import org.camunda.bpm.model.bpmn.instance.UserTask;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * English pages name steps and write notifications and timeline notes from the models: the models of
 * {@code bpmn/} (and the patent award of the README's example) carry English wherever
 * {@link ModelEnglish} looks for it, so the studio has no warning for them. A model without it fails
 * here, naming the elements.
 */
class BilingualModelsTest {

    static Stream<Path> models() throws IOException {
        try (Stream<Path> files = Files.list(Path.of("bpmn"))) {
            return Stream.concat(files.filter(p -> p.toString().endsWith(".bpmn")).sorted().toList().stream(),
                    Stream.of(Path.of("src/test/resources/programmes/patent-award/patent-award.bpmn")));
        }
    }

    @ParameterizedTest
    @MethodSource("models")
    void everyModelCarriesItsEnglish(Path file) {
        BpmnModelInstance model = Bpmn.readModelFromFile(file.toFile());

        assertThat(model.getModelElementsByType(UserTask.class)).as("user tasks in %s", file).isNotEmpty();
        assertThat(ModelEnglish.check(model)).as("%s: English missing", file).isEmpty();
    }

    @Test
    void aModelWithoutEnglishIsWarnedAboutElementByElement() {
        String xml = """
                <?xml version="1.0" encoding="UTF-8"?>
                <definitions xmlns="http://www.omg.org/spec/BPMN/20100524/MODEL" \
                xmlns:camunda="http://camunda.org/schema/1.0/bpmn" id="Definitions_1" targetNamespace="http://ipflow.org/test">
                  <process id="chinese-only" name="仅中文" isExecutable="true" camunda:historyTimeToLive="P30D">
                    <startEvent id="Start" />
                    <sequenceFlow id="Flow_In" sourceRef="Start" targetRef="Task_Review" />
                    <userTask id="Task_Review" name="审查">
                      <extensionElements><camunda:properties><camunda:property name="nameEn" value=" " /></camunda:properties></extensionElements>
                    </userTask>
                    <sequenceFlow id="Flow_Approved" name="通过" sourceRef="Task_Review" targetRef="Task_Notify" />
                    <serviceTask id="Task_Notify" camunda:delegateExpression="${notifyEnterpriseDelegate}">
                      <extensionElements><camunda:inputOutput>
                        <camunda:inputParameter name="message">已通过</camunda:inputParameter>
                        <camunda:inputParameter name="messageEn"></camunda:inputParameter>
                      </camunda:inputOutput></extensionElements>
                    </serviceTask>
                    <sequenceFlow id="Flow_Notified" sourceRef="Task_Notify" targetRef="Task_Close" />
                    <serviceTask id="Task_Close" camunda:delegateExpression="${setStatusDelegate}">
                      <extensionElements>
                        <camunda:properties><camunda:property name="nameEn" value="Close" /></camunda:properties>
                        <camunda:inputOutput>
                          <camunda:inputParameter name="status">APPROVED</camunda:inputParameter>
                          <camunda:inputParameter name="timelineNote">已结束</camunda:inputParameter>
                        </camunda:inputOutput>
                      </extensionElements>
                    </serviceTask>
                    <sequenceFlow id="Flow_Out" sourceRef="Task_Close" targetRef="End" />
                    <endEvent id="End" />
                  </process>
                </definitions>
                """;

        assertThat(ModelEnglish.check(xml)).extracting(ModelWarning::elementId, ModelWarning::code, ModelWarning::args)
                .containsExactly(
                        Tuple.tuple("chinese-only", "studio.warning.noEnglishName", List.of("process", " «仅中文»", "nameEn")),
                        Tuple.tuple("Task_Review", "studio.warning.noEnglishName", List.of("userTask", " «审查»", "nameEn")),
                        Tuple.tuple("Flow_Approved", "studio.warning.noEnglishName",
                                List.of("sequenceFlow", " «通过»", "nameEn")),
                        Tuple.tuple("Task_Notify", "studio.warning.noEnglishInput", List.of("message", "messageEn")),
                        Tuple.tuple("Task_Close", "studio.warning.noEnglishInput",
                                List.of("timelineNote", "timelineNoteEn")));
    }

    @Test
    void anUnreadableModelHasNoWarningsSinceTheValidatorReportsIt() {
        assertThat(ModelEnglish.check("<definitions")).isEmpty();
        assertThat(ModelEnglish.check("<!DOCTYPE x [<!ENTITY e SYSTEM \"file:///etc/passwd\">]><x>&e;</x>")).isEmpty();
    }
}
