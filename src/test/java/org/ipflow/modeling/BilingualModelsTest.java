package org.ipflow.modeling;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.camunda.bpm.model.bpmn.Bpmn;
import org.camunda.bpm.model.bpmn.BpmnModelInstance;
import org.camunda.bpm.model.bpmn.instance.BaseElement;
import org.camunda.bpm.model.bpmn.instance.FlowElement;
import org.camunda.bpm.model.bpmn.instance.Process;
import org.camunda.bpm.model.bpmn.instance.UserTask;
import org.ipflow.shared.StepNames;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * English pages name steps from the models: every process of {@code bpmn/} (and the patent award of the
 * README's example) carries an English name for itself, every user task and every other named step or
 * sequence flow (the diagram shows them), as the extension property {@value StepNames#NAME_EN}. A model
 * without it fails here, naming the elements.
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
    void everyProcessUserTaskAndNamedElementHasAnEnglishName(Path file) {
        BpmnModelInstance model = Bpmn.readModelFromFile(file.toFile());
        List<String> missing = new ArrayList<>();
        model.getModelElementsByType(Process.class).forEach(process -> check(process, true, missing));
        model.getModelElementsByType(FlowElement.class)
                .forEach(element -> check(element, element instanceof UserTask, missing));

        assertThat(model.getModelElementsByType(UserTask.class)).as("user tasks in %s", file).isNotEmpty();
        assertThat(missing).as("%s: elements without an English name; add to each <camunda:properties>"
                + "<camunda:property name=\"%s\" value=\"…\" /></camunda:properties> in its extensionElements",
                file, StepNames.NAME_EN).isEmpty();
    }

    private static void check(BaseElement element, boolean always, List<String> missing) {
        String name = element.getAttributeValue("name");
        String english = StepNames.englishName(element);
        if ((always || name != null && !name.isBlank()) && (english == null || english.isBlank())) {
            missing.add(element.getElementType().getTypeName() + " " + element.getId() + " (" + name + ")");
        }
    }
}
