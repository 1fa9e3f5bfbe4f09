package org.ipflow.modeling;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.camunda.bpm.model.bpmn.Bpmn;
import org.camunda.bpm.model.bpmn.BpmnModelInstance;
import org.camunda.bpm.model.bpmn.instance.BaseElement;
import org.camunda.bpm.model.bpmn.instance.FlowElement;
import org.camunda.bpm.model.bpmn.instance.Process;
import org.camunda.bpm.model.bpmn.instance.SubProcess;
import org.camunda.bpm.model.bpmn.instance.UserTask;
import org.camunda.bpm.model.bpmn.instance.camunda.CamundaInputOutput;
import org.camunda.bpm.model.bpmn.instance.camunda.CamundaInputParameter;
import org.camunda.bpm.model.xml.ModelException;
import org.ipflow.shared.StepNames;

/**
 * Where a process model lacks the English that English readers need: the name ({@value StepNames#NAME_EN})
 * of the process, of each user task and of every other named step or sequence flow (the diagram shows
 * them), and the English twin of each building-block input that writes text for people (the
 * notification's {@code message}, the timeline's {@code timelineNote}). Warnings, not problems: an office
 * that works only in Chinese may deploy a model without English, whose English pages then show the Chinese.
 */
final class ModelEnglish {

    /** An input that writes text for people, and the input that carries its English. */
    record TextInput(String text, String english) {
    }

    static final List<TextInput> TEXT_INPUTS = List.of(new TextInput("message", "messageEn"),
            new TextInput("timelineNote", "timelineNoteEn"), new TextInput("timelineNoteEarly", "timelineNoteEarlyEn"));

    private ModelEnglish() {
    }

    /**
     * The warnings of a process model's XML; none when it cannot be read, since the validator already
     * reports that. Declarations are refused before any parse, as everywhere in the validator: the model
     * API's parser is not the validator's hardened one.
     */
    static List<ModelWarning> check(String xml) {
        byte[] bytes = xml.getBytes(StandardCharsets.UTF_8);
        if (!XmlDeclarations.check(bytes).isEmpty()) {
            return List.of();
        }
        try {
            return check(Bpmn.readModelFromStream(new ByteArrayInputStream(bytes)));
        } catch (ModelException unreadable) {
            return List.of();
        }
    }

    /** The warnings in the order of the document, element by element, so that the list reads like the model. */
    static List<ModelWarning> check(BpmnModelInstance model) {
        List<ModelWarning> warnings = new ArrayList<>();
        for (Process process : model.getModelElementsByType(Process.class)) {
            checkName(process, true, warnings);
            visit(process.getFlowElements(), warnings);
        }
        return warnings;
    }

    private static void visit(Collection<FlowElement> elements, List<ModelWarning> warnings) {
        for (FlowElement element : elements) {
            checkName(element, element instanceof UserTask, warnings);
            if (element.getExtensionElements() != null) {
                element.getExtensionElements().getChildElementsByType(CamundaInputOutput.class)
                        .forEach(io -> checkInputs(element.getId(), io, warnings));
            }
            if (element instanceof SubProcess subProcess) {
                visit(subProcess.getFlowElements(), warnings);
            }
        }
    }

    private static void checkName(BaseElement element, boolean always, List<ModelWarning> warnings) {
        String name = element.getAttributeValue("name");
        if ((always || !blank(name)) && blank(StepNames.englishName(element))) {
            warnings.add(new ModelWarning(element.getId(), "studio.warning.noEnglishName",
                    List.of(element.getElementType().getTypeName(), blank(name) ? "" : " «" + name + "»", StepNames.NAME_EN)));
        }
    }

    private static void checkInputs(String elementId, CamundaInputOutput io, List<ModelWarning> warnings) {
        Map<String, String> inputs = inputs(io.getCamundaInputParameters());
        for (TextInput input : TEXT_INPUTS) {
            if (!blank(inputs.get(input.text())) && blank(inputs.get(input.english()))) {
                warnings.add(new ModelWarning(elementId, "studio.warning.noEnglishInput",
                        List.of(input.text(), input.english())));
            }
        }
    }

    private static Map<String, String> inputs(Collection<CamundaInputParameter> parameters) {
        return parameters.stream().filter(p -> p.getCamundaName() != null).collect(Collectors.toMap(
                CamundaInputParameter::getCamundaName, p -> p.getTextContent() == null ? "" : p.getTextContent(), (a, b) -> b));
    }

    private static boolean blank(String text) {
        return text == null || text.isBlank();
    }
}
