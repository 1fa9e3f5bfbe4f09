package org.ipflow.bench;

import java.util.HashMap;
import java.util.Map;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;

/**
 * The status building block of the benchmark process where IPFlow's is not there (the bare engine and
 * Camunda's REST API): the step's input {@code status} becomes the process instance's variable
 * {@code applicationStatus}, the least a team building on Camunda alone would keep.
 */
public final class StatusBlock implements JavaDelegate {

    /** The expression beans of a standalone engine: the name the BPMN calls. */
    static Map<Object, Object> beans() {
        Map<Object, Object> beans = new HashMap<>();
        beans.put("setStatusDelegate", new StatusBlock());
        return beans;
    }

    @Override
    public void execute(DelegateExecution execution) {
        execution.getProcessInstance().setVariable("applicationStatus", execution.getVariable("status"));
    }
}
