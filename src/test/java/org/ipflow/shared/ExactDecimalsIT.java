package org.ipflow.shared;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.Map;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.repository.Deployment;
import org.ipflow.IpflowTest;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * What an administrator's model does with an amount IPFlow stored: a gateway's JUEL condition and a
 * decision table's FEEL test (no type on its input) compare it as a number, to the fen, after the engine
 * has written it to the database and read it back.
 */
@IpflowTest
class ExactDecimalsIT {

    private static final String PROCESS = """
            <?xml version="1.0" encoding="UTF-8"?>
            <bpmn:definitions xmlns:bpmn="http://www.omg.org/spec/BPMN/20100524/MODEL"
                xmlns:camunda="http://camunda.org/schema/1.0/bpmn" id="Definitions_AmountCheck"
                targetNamespace="http://ipflow.org/test">
              <bpmn:process id="amount-check" name="Amount check" isExecutable="true" camunda:historyTimeToLive="P1D">
                <bpmn:startEvent id="StartEvent_Amount" />
                <bpmn:sequenceFlow id="Flow_ToWait" sourceRef="StartEvent_Amount" targetRef="Task_Wait" />
                <bpmn:receiveTask id="Task_Wait" name="Wait" />
                <bpmn:sequenceFlow id="Flow_ToTable" sourceRef="Task_Wait" targetRef="Task_Table" />
                <bpmn:businessRuleTask id="Task_Table" name="Table" camunda:decisionRef="amount-size"
                    camunda:mapDecisionResult="singleEntry" camunda:resultVariable="tableSays" />
                <bpmn:sequenceFlow id="Flow_ToGateway" sourceRef="Task_Table" targetRef="Gateway_Size" />
                <bpmn:exclusiveGateway id="Gateway_Size" />
                <bpmn:sequenceFlow id="Flow_Large" sourceRef="Gateway_Size" targetRef="EndEvent_Large">
                  <bpmn:conditionExpression>${amount &gt; 500000}</bpmn:conditionExpression>
                </bpmn:sequenceFlow>
                <bpmn:sequenceFlow id="Flow_Small" sourceRef="Gateway_Size" targetRef="EndEvent_Small">
                  <bpmn:conditionExpression>${amount &lt;= 500000}</bpmn:conditionExpression>
                </bpmn:sequenceFlow>
                <bpmn:endEvent id="EndEvent_Large" />
                <bpmn:endEvent id="EndEvent_Small" />
              </bpmn:process>
            </bpmn:definitions>
            """;

    private static final String TABLE = """
            <?xml version="1.0" encoding="UTF-8"?>
            <definitions xmlns="https://www.omg.org/spec/DMN/20191111/MODEL/"
                xmlns:camunda="http://camunda.org/schema/1.0/dmn" id="Definitions_AmountSize" name="Amount size"
                namespace="http://ipflow.org/test">
              <decision id="amount-size" name="Amount size" camunda:historyTimeToLive="P1D">
                <decisionTable id="DecisionTable_AmountSize" hitPolicy="UNIQUE">
                  <input id="Input_Amount" label="Amount">
                    <inputExpression id="InputExpression_Amount"><text>amount</text></inputExpression>
                  </input>
                  <output id="Output_Size" name="size" typeRef="string" />
                  <rule id="Rule_Large">
                    <inputEntry id="Rule_Large_Amount"><text>&gt; 500000</text></inputEntry>
                    <outputEntry id="Rule_Large_Size"><text>"large"</text></outputEntry>
                  </rule>
                  <rule id="Rule_Small">
                    <inputEntry id="Rule_Small_Amount"><text>&lt;= 500000</text></inputEntry>
                    <outputEntry id="Rule_Small_Size"><text>"small"</text></outputEntry>
                  </rule>
                </decisionTable>
              </decision>
            </definitions>
            """;

    @Autowired RepositoryService repository;
    @Autowired RuntimeService runtime;
    @Autowired HistoryService history;
    Deployment deployment;

    @BeforeEach
    void deploy() {
        deployment = repository.createDeployment().name("amount-check").addString("amount-check.bpmn", PROCESS)
                .addString("amount-size.dmn", TABLE).deploy();
    }

    @AfterEach
    void undeploy() {
        repository.deleteDeployment(deployment.getId(), true);
    }

    @ParameterizedTest(name = "{0} yuan is {1}")
    @CsvSource({"500000.01, large", "500000.00, small", "499999.99, small", "500001, large"})
    void modelsCompareAStoredAmountToTheFen(String amount, String size) {
        Object stored = Money.parse(amount).toVariable();
        String instance = runtime.startProcessInstanceByKey("amount-check", Map.of("amount", stored)).getId();
        assertThat(runtime.getVariable(instance, "amount")).as("read back from the database").isEqualTo(stored);

        runtime.signal(runtime.createExecutionQuery().processInstanceId(instance).activityId("Task_Wait")
                .singleResult().getId());

        assertThat(history.createHistoricVariableInstanceQuery().processInstanceId(instance).variableName("tableSays")
                .singleResult().getValue()).as("FEEL").isEqualTo(size);
        assertThat(history.createHistoricActivityInstanceQuery().processInstanceId(instance)
                .activityId("large".equals(size) ? "EndEvent_Large" : "EndEvent_Small").count()).as("JUEL").isOne();
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource({"0.3", "60000.5", "1234567890.12"})
    void aDecimalKeepsEveryDigit(String number) {
        String instance = runtime.startProcessInstanceByKey("amount-check", Map.of("amount", new BigDecimal(number)))
                .getId();
        assertThat(runtime.getVariable(instance, "amount")).isEqualTo(new BigDecimal(number));
        assertThat(runtime.getVariableTyped(instance, "amount").getType().getName()).isEqualTo("decimal");
        runtime.deleteProcessInstance(instance, "checked");
    }
}
