package org.ipflow.modeling;

import java.util.List;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.springframework.stereotype.Component;

/**
 * The administrator's read-only view of running process instances (per version, per step). Starting
 * processes and completing tasks stays with the process façades; this class only counts and lists.
 */
@Component
class RunningInstances {

    private final RuntimeService runtime;

    RunningInstances(RuntimeService runtime) {
        this.runtime = runtime;
    }

    /** Running (active or suspended) instances of one process definition. */
    long count(String processDefinitionId) {
        return runtime.createProcessInstanceQuery().processDefinitionId(processDefinitionId).count();
    }

    List<ProcessInstance> of(String processDefinitionId) {
        return runtime.createProcessInstanceQuery().processDefinitionId(processDefinitionId).listPage(0, 2000);
    }
}
