package org.ipflow.modeling;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.camunda.bpm.engine.impl.util.xml.Element;

/**
 * What a new model starts as, and the rule that a model's key is its id: the process id, the decision
 * id or the form id (so that deploying "grant" as "bpmn/grant.bpmn" really creates a version of "grant").
 */
final class NewModels {

    private static final ObjectMapper JSON = new ObjectMapper();

    private NewModels() {
    }

    static String blank(ModelType type, String key) {
        return switch (type) {
            case BPMN -> """
                    <?xml version="1.0" encoding="UTF-8"?>
                    <bpmn:definitions xmlns:bpmn="http://www.omg.org/spec/BPMN/20100524/MODEL" \
                    xmlns:bpmndi="http://www.omg.org/spec/BPMN/20100524/DI" xmlns:dc="http://www.omg.org/spec/DD/20100524/DC" \
                    xmlns:camunda="http://camunda.org/schema/1.0/bpmn" id="Definitions_%1$s" targetNamespace="http://ipflow.org/bpmn">
                      <bpmn:process id="%1$s" isExecutable="true" camunda:historyTimeToLive="P3650D">
                        <bpmn:startEvent id="Start" />
                      </bpmn:process>
                      <bpmndi:BPMNDiagram id="Diagram_%1$s"><bpmndi:BPMNPlane id="Plane_%1$s" bpmnElement="%1$s">
                        <bpmndi:BPMNShape id="Start_di" bpmnElement="Start"><dc:Bounds x="180" y="100" width="36" height="36" /></bpmndi:BPMNShape>
                      </bpmndi:BPMNPlane></bpmndi:BPMNDiagram>
                    </bpmn:definitions>
                    """.formatted(key);
            case DMN -> """
                    <?xml version="1.0" encoding="UTF-8"?>
                    <definitions xmlns="https://www.omg.org/spec/DMN/20191111/MODEL/" \
                    xmlns:camunda="http://camunda.org/schema/1.0/dmn" id="Definitions_%1$s" name="%1$s" namespace="http://ipflow.org/dmn">
                      <decision id="%1$s" name="%1$s" camunda:historyTimeToLive="P3650D">
                        <decisionTable id="DecisionTable_%1$s">
                          <input id="Input_1"><inputExpression id="InputExpression_1" typeRef="string"><text></text></inputExpression></input>
                          <output id="Output_1" name="result" typeRef="string" />
                        </decisionTable>
                      </decision>
                    </definitions>
                    """.formatted(key);
            case FORM -> """
                    {"id": "%s", "type": "default", "schemaVersion": 16, "executionPlatform": "Camunda Platform",
                     "executionPlatformVersion": "7.24.0", "components": []}
                    """.formatted(key);
        };
    }

    static List<ModelProblem> keyProblems(ModelType type, String key, String content) {
        String id;
        if (type == ModelType.FORM) {
            try {
                JsonNode form = JSON.readTree(content);
                id = form.path("id").asText(null);
            } catch (java.io.IOException e) {
                return List.of();
            }
        } else {
            ModelXml.Read read = ModelXml.read(content.getBytes(StandardCharsets.UTF_8));
            if (read.root() == null) {
                return List.of();
            }
            List<Element> models = read.root().elements(type == ModelType.BPMN ? "process" : "decision");
            if (models.size() != 1) {
                return List.of(ModelProblem.of(read.root().attribute("id"), read.root().getLine(),
                        type == ModelType.BPMN ? "model.problem.oneProcess" : "model.problem.oneDecision"));
            }
            id = models.get(0).attribute("id");
        }
        return key.equals(id) ? List.of()
                : List.of(ModelProblem.of(id, 0, "model.problem.idNotKey", key));
    }
}
