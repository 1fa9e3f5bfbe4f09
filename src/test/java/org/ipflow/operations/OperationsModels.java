package org.ipflow.operations;

/** Small processes for the operations tests: a failing async step, a one-hour timer, two user tasks. */
final class OperationsModels {

    private OperationsModels() {
    }

    /** A process {@code key} with a start event, an end event and {@code elements} (the steps and flows between them). */
    static String process(String key, String name, String elements) {
        return """
                <?xml version="1.0" encoding="UTF-8"?>
                <definitions xmlns="http://www.omg.org/spec/BPMN/20100524/MODEL" \
                xmlns:camunda="http://camunda.org/schema/1.0/bpmn" id="Definitions_%1$s" targetNamespace="http://ipflow.org/test">
                  <process id="%1$s" name="%2$s" isExecutable="true" camunda:historyTimeToLive="P30D">
                    <startEvent id="Start" />
                    %3$s
                    <endEvent id="End" />
                  </process>
                </definitions>
                """.formatted(key, name, elements);
    }

    /** start → async service task that always fails → end. */
    static String failingAsyncStep(String key) {
        return process(key, "Failing payment", """
                <sequenceFlow id="Flow_In" sourceRef="Start" targetRef="Task_Pay" />
                <serviceTask id="Task_Pay" name="Pay out" camunda:asyncBefore="true" \
                camunda:delegateExpression="${failingPaymentDelegate}" />
                <sequenceFlow id="Flow_Out" sourceRef="Task_Pay" targetRef="End" />
                """);
    }

    /** start → timer PT1H → {@code afterTimer} (an element with id Task_After) → end. */
    static String oneHourTimer(String key, String afterTimer) {
        return process(key, "Waiting an hour", """
                <sequenceFlow id="Flow_In" sourceRef="Start" targetRef="Timer_Wait" />
                <intermediateCatchEvent id="Timer_Wait" name="Wait an hour">
                  <timerEventDefinition id="Timer_Wait_Definition"><timeDuration>PT1H</timeDuration></timerEventDefinition>
                </intermediateCatchEvent>
                <sequenceFlow id="Flow_Timer" sourceRef="Timer_Wait" targetRef="Task_After" />
                %s
                <sequenceFlow id="Flow_Out" sourceRef="Task_After" targetRef="End" />
                """.formatted(afterTimer));
    }

    static final String USER_TASK_AFTER = "<userTask id=\"Task_After\" name=\"Check\" camunda:candidateGroups=\"reviewer\" />";
    static final String FAILING_STEP_AFTER = "<serviceTask id=\"Task_After\" name=\"Pay out\" "
            + "camunda:delegateExpression=\"${failingPaymentDelegate}\" />";

    /** start → Task_First → Task_Second → end; {@code name} tells versions apart. */
    static String twoSteps(String key, String name) {
        return process(key, name, """
                <sequenceFlow id="Flow_In" sourceRef="Start" targetRef="Task_First" />
                <userTask id="Task_First" name="First check" camunda:candidateGroups="reviewer" />
                <sequenceFlow id="Flow_Between" sourceRef="Task_First" targetRef="Task_Second" />
                <userTask id="Task_Second" name="Second check" camunda:candidateGroups="reviewer" />
                <sequenceFlow id="Flow_Out" sourceRef="Task_Second" targetRef="End" />
                """);
    }
}
