package org.ipflow.modeling;

/** Small models for validator and studio tests: one process "candidate" with one user task, one decision. */
public final class TestModels {

    private TestModels() {
    }

    /** start → Task_Review (the given attributes) → end, in process {@code key}, with a diagram. */
    static String process(String key, String processAttributes, String taskAttributes) {
        return """
                <?xml version="1.0" encoding="UTF-8"?>
                <definitions xmlns="http://www.omg.org/spec/BPMN/20100524/MODEL" \
                xmlns:bpmndi="http://www.omg.org/spec/BPMN/20100524/DI" xmlns:dc="http://www.omg.org/spec/DD/20100524/DC" \
                xmlns:di="http://www.omg.org/spec/DD/20100524/DI" \
                xmlns:camunda="http://camunda.org/schema/1.0/bpmn" id="Definitions_%1$s" targetNamespace="http://ipflow.org/test">
                  <process id="%1$s" %2$s>
                    <startEvent id="Start" />
                    <sequenceFlow id="Flow_In" sourceRef="Start" targetRef="Task_Review" />
                    <userTask id="Task_Review" name="Review" %3$s />
                    <sequenceFlow id="Flow_Out" sourceRef="Task_Review" targetRef="End" />
                    <endEvent id="End" />
                  </process>
                  <bpmndi:BPMNDiagram id="Diagram"><bpmndi:BPMNPlane id="Plane" bpmnElement="%1$s">
                    <bpmndi:BPMNShape id="Start_di" bpmnElement="Start"><dc:Bounds x="100" y="100" width="36" height="36" /></bpmndi:BPMNShape>
                    <bpmndi:BPMNShape id="Task_Review_di" bpmnElement="Task_Review"><dc:Bounds x="200" y="78" width="100" height="80" /></bpmndi:BPMNShape>
                    <bpmndi:BPMNShape id="End_di" bpmnElement="End"><dc:Bounds x="360" y="100" width="36" height="36" /></bpmndi:BPMNShape>
                    <bpmndi:BPMNEdge id="Flow_In_di" bpmnElement="Flow_In"><di:waypoint x="136" y="118" /><di:waypoint x="200" y="118" /></bpmndi:BPMNEdge>
                    <bpmndi:BPMNEdge id="Flow_Out_di" bpmnElement="Flow_Out"><di:waypoint x="300" y="118" /><di:waypoint x="360" y="118" /></bpmndi:BPMNEdge>
                  </bpmndi:BPMNPlane></bpmndi:BPMNDiagram>
                </definitions>
                """.formatted(key, processAttributes, taskAttributes);
    }

    static final String EXECUTABLE = "isExecutable=\"true\" camunda:historyTimeToLive=\"P30D\"";
    static final String REVIEWERS = "camunda:candidateGroups=\"reviewer\" camunda:formRef=\"grant-review\" "
            + "camunda:formRefBinding=\"latest\"";

    public static String validProcess(String key) {
        return process(key, EXECUTABLE, REVIEWERS);
    }

    /** A decision table with one rule; {@code extra} goes on the decision table's input expression. */
    public static String decision(String key, String decisionAttributes, String inputExpressionAttributes) {
        return """
                <?xml version="1.0" encoding="UTF-8"?>
                <definitions xmlns="https://www.omg.org/spec/DMN/20191111/MODEL/" \
                xmlns:camunda="http://camunda.org/schema/1.0/dmn" id="Definitions_%1$s" name="test" namespace="http://ipflow.org/dmn">
                  <decision id="%1$s" name="Test" %2$s>
                    <decisionTable id="Table_%1$s" hitPolicy="FIRST">
                      <input id="Input_Score" label="score">
                        <inputExpression id="InputExpression_Score" typeRef="double" %3$s><text>score</text></inputExpression>
                      </input>
                      <output id="Output_Rate" name="rate" typeRef="double" />
                      <rule id="Rule_High"><inputEntry id="Entry_High"><text>&gt;= 50</text></inputEntry>
                        <outputEntry id="Out_High"><text>0.5</text></outputEntry></rule>
                    </decisionTable>
                  </decision>
                </definitions>
                """.formatted(key, decisionAttributes, inputExpressionAttributes);
    }
}
