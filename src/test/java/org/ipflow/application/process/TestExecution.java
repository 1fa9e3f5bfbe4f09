package org.ipflow.application.process;

import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyString;
import static org.mockito.Mockito.doAnswer;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.HashMap;
import java.util.Map;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.ipflow.application.Application;
import org.ipflow.application.ApplicationStatus;
import org.ipflow.shared.ProcessVariables;

/**
 * A step of a process as a building block sees it, without an engine: the process instance's variables,
 * the step's own input parameters (camunda:inputOutput, which hide a variable of the same name), and what
 * the block sets on either.
 */
public final class TestExecution {

    public static final long APPLICATION_ID = 42;

    /** Variables of the process instance: what the block reads and sets. */
    public final Map<String, Object> variables = new HashMap<>();
    /** The step's input parameters. */
    public final Map<String, Object> inputs = new HashMap<>();
    private final DelegateExecution execution = mock(DelegateExecution.class);

    public TestExecution(String stepId) {
        DelegateExecution instance = mock(DelegateExecution.class);
        variables.put(ProcessVariables.APPLICATION_ID, APPLICATION_ID);
        when(execution.getCurrentActivityId()).thenReturn(stepId);
        when(execution.getVariable(anyString())).thenAnswer(call -> {
            String name = call.getArgument(0);
            return inputs.containsKey(name) ? inputs.get(name) : variables.get(name);
        });
        when(execution.getVariableLocal(anyString())).thenAnswer(call -> inputs.get(call.<String>getArgument(0)));
        doAnswer(call -> variables.put(call.getArgument(0), call.getArgument(1))).when(execution)
                .setVariable(anyString(), any());
        when(execution.getProcessInstance()).thenReturn(instance);
        doAnswer(call -> variables.put(call.getArgument(0), call.getArgument(1))).when(instance)
                .setVariable(anyString(), any());
        doAnswer(call -> variables.remove(call.<String>getArgument(0))).when(instance).removeVariable(anyString());
    }

    public TestExecution with(String name, Object value) {
        variables.put(name, value);
        return this;
    }

    public TestExecution input(String name, Object value) {
        inputs.put(name, value);
        return this;
    }

    public DelegateExecution execution() {
        return execution;
    }

    /** The application {@link #APPLICATION_ID} of enterprise 7 in the programme, with the amounts given. */
    public static Application application(String programme, BigDecimal requested, BigDecimal approved) {
        Instant created = Instant.parse("2026-03-02T02:00:00Z");
        return new Application(APPLICATION_ID, "PTG-2026-000042", programme, 7, "150100", ApplicationStatus.IN_REVIEW,
                "稀土永磁电机产业化", Map.of(), requested, approved, "instance-1", null, null, null, "enterprise1", created,
                created, created, 1, null, null, null);
    }
}
