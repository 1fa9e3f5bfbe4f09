package org.ipflow.modeling;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Changes of the real grant process (bpmn/patent-transformation-grant.bpmn) as an administrator would
 * make them in a modeler and save to a file: a second approval for grants whose requested amount is
 * above {@link #THRESHOLD}, and an invalid variant of it (an unknown candidate group and a script task).
 */
final class GrantEdits {

    static final String KEY = "patent-transformation-grant";
    static final int THRESHOLD = 50000;

    private GrantEdits() {
    }

    /**
     * After the approver's "approve": above the threshold a second approval by an approver, then on as before
     * (the yearly cap's reservation, then approved).
     */
    static String secondApproval() throws IOException {
        String xml = Files.readString(Path.of("bpmn", KEY + ".bpmn"), StandardCharsets.UTF_8);
        xml = replaceOnce(xml, "sourceRef=\"Gateway_ApprovalDecision\" targetRef=\"Task_ReserveYearlyCap\">",
                "sourceRef=\"Gateway_ApprovalDecision\" targetRef=\"Gateway_AmountCheck\">");
        xml = replaceOnce(xml, "<bpmn:incoming>Flow_Approved</bpmn:incoming>",
                "<bpmn:incoming>Flow_NormalAmount</bpmn:incoming><bpmn:incoming>Flow_SecondApproved</bpmn:incoming>");
        xml = replaceOnce(xml, "<bpmn:serviceTask id=\"Task_ReserveYearlyCap\"", """
                <bpmn:exclusiveGateway id="Gateway_AmountCheck" name="金额是否超过 %1$d">
                      <bpmn:incoming>Flow_Approved</bpmn:incoming>
                      <bpmn:outgoing>Flow_NormalAmount</bpmn:outgoing>
                      <bpmn:outgoing>Flow_LargeAmount</bpmn:outgoing>
                    </bpmn:exclusiveGateway>
                    <bpmn:sequenceFlow id="Flow_NormalAmount" sourceRef="Gateway_AmountCheck" targetRef="Task_ReserveYearlyCap">
                      <bpmn:conditionExpression xsi:type="bpmn:tFormalExpression">${requestedAmount &lt;= %1$d}</bpmn:conditionExpression>
                    </bpmn:sequenceFlow>
                    <bpmn:sequenceFlow id="Flow_LargeAmount" name="超过 %1$d" sourceRef="Gateway_AmountCheck" targetRef="Task_SecondApproval">
                      <bpmn:conditionExpression xsi:type="bpmn:tFormalExpression">${requestedAmount &gt; %1$d}</bpmn:conditionExpression>
                    </bpmn:sequenceFlow>
                    <bpmn:userTask id="Task_SecondApproval" name="二次审批" camunda:formRef="grant-approval" camunda:formRefBinding="latest" camunda:candidateGroups="approver" camunda:dueDate="P5D">
                      <bpmn:incoming>Flow_LargeAmount</bpmn:incoming>
                      <bpmn:outgoing>Flow_SecondApproved</bpmn:outgoing>
                    </bpmn:userTask>
                    <bpmn:sequenceFlow id="Flow_SecondApproved" sourceRef="Task_SecondApproval" targetRef="Task_ReserveYearlyCap" />
                    <bpmn:serviceTask id="Task_ReserveYearlyCap\"""".formatted(THRESHOLD));
        // the layout: the gateway on the approver's line, the second approval above it
        xml = replaceOnce(xml, "<di:waypoint x=\"1525\" y=\"250\" />\n        <di:waypoint x=\"1570\" y=\"250\" />",
                "<di:waypoint x=\"1525\" y=\"250\" />\n        <di:waypoint x=\"1535\" y=\"250\" />");
        return replaceOnce(xml, "<bpmndi:BPMNShape id=\"Task_ReserveYearlyCap_di\"", """
                <bpmndi:BPMNShape id="Gateway_AmountCheck_di" bpmnElement="Gateway_AmountCheck" isMarkerVisible="true">
                        <dc:Bounds x="1535" y="235" width="30" height="30" />
                      </bpmndi:BPMNShape>
                      <bpmndi:BPMNShape id="Task_SecondApproval_di" bpmnElement="Task_SecondApproval">
                        <dc:Bounds x="1570" y="90" width="100" height="80" />
                      </bpmndi:BPMNShape>
                      <bpmndi:BPMNEdge id="Flow_NormalAmount_di" bpmnElement="Flow_NormalAmount">
                        <di:waypoint x="1565" y="250" />
                        <di:waypoint x="1570" y="250" />
                      </bpmndi:BPMNEdge>
                      <bpmndi:BPMNEdge id="Flow_LargeAmount_di" bpmnElement="Flow_LargeAmount">
                        <di:waypoint x="1550" y="235" />
                        <di:waypoint x="1550" y="130" />
                        <di:waypoint x="1570" y="130" />
                      </bpmndi:BPMNEdge>
                      <bpmndi:BPMNEdge id="Flow_SecondApproved_di" bpmnElement="Flow_SecondApproved">
                        <di:waypoint x="1620" y="170" />
                        <di:waypoint x="1620" y="210" />
                      </bpmndi:BPMNEdge>
                      <bpmndi:BPMNShape id="Task_ReserveYearlyCap_di\"""");
    }

    /** The same change with an unknown candidate group and a script task after the second approval. */
    static String secondApprovalWithUnsafeParts() throws IOException {
        String xml = secondApproval();
        xml = replaceOnce(xml, "name=\"二次审批\" camunda:formRef=\"grant-approval\" camunda:formRefBinding=\"latest\" "
                + "camunda:candidateGroups=\"approver\"", "name=\"二次审批\" camunda:formRef=\"grant-approval\" "
                + "camunda:formRefBinding=\"latest\" camunda:candidateGroups=\"auditors\"");
        xml = replaceOnce(xml, "<bpmn:sequenceFlow id=\"Flow_SecondApproved\" sourceRef=\"Task_SecondApproval\" targetRef=\"Task_ReserveYearlyCap\" />",
                """
                <bpmn:sequenceFlow id="Flow_SecondApproved" sourceRef="Task_SecondApproval" targetRef="Task_CheckByScript" />
                    <bpmn:scriptTask id="Task_CheckByScript" name="脚本检查" scriptFormat="javascript">
                      <bpmn:incoming>Flow_SecondApproved</bpmn:incoming>
                      <bpmn:outgoing>Flow_Checked</bpmn:outgoing>
                      <bpmn:script>java.lang.System.exit(0)</bpmn:script>
                    </bpmn:scriptTask>
                    <bpmn:sequenceFlow id="Flow_Checked" sourceRef="Task_CheckByScript" targetRef="Task_ReserveYearlyCap" />""");
        xml = replaceOnce(xml, "<bpmn:incoming>Flow_NormalAmount</bpmn:incoming><bpmn:incoming>Flow_SecondApproved</bpmn:incoming>",
                "<bpmn:incoming>Flow_NormalAmount</bpmn:incoming><bpmn:incoming>Flow_Checked</bpmn:incoming>");
        xml = replaceOnce(xml, "<di:waypoint x=\"1620\" y=\"170\" />", "<di:waypoint x=\"1670\" y=\"130\" />");
        return replaceOnce(xml, "<di:waypoint x=\"1620\" y=\"210\" />", """
                <di:waypoint x="1720" y="130" />
                      </bpmndi:BPMNEdge>
                      <bpmndi:BPMNShape id="Task_CheckByScript_di" bpmnElement="Task_CheckByScript">
                        <dc:Bounds x="1720" y="90" width="100" height="80" />
                      </bpmndi:BPMNShape>
                      <bpmndi:BPMNEdge id="Flow_Checked_di" bpmnElement="Flow_Checked">
                        <di:waypoint x="1770" y="170" />
                        <di:waypoint x="1770" y="190" />
                        <di:waypoint x="1640" y="190" />
                        <di:waypoint x="1640" y="210" />""");
    }

    /** Writes a model where a browser can pick it up as a file of this computer. */
    static Path file(String name, String content) throws IOException {
        Path file = Path.of("target", "studio-files", name).toAbsolutePath();
        Files.createDirectories(file.getParent());
        return Files.writeString(file, content, StandardCharsets.UTF_8);
    }

    private static String replaceOnce(String text, String what, String with) {
        int at = text.indexOf(what);
        if (at < 0 || text.indexOf(what, at + 1) >= 0) {
            throw new IllegalStateException("the grant process changed: expected once: " + what);
        }
        return text.substring(0, at) + with + text.substring(at + what.length());
    }
}
