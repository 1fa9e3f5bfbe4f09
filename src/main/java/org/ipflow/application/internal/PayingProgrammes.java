package org.ipflow.application.internal;

import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.repository.ProcessDefinition;
import org.camunda.bpm.model.bpmn.instance.ServiceTask;
import org.ipflow.programme.Programme;
import org.springframework.stereotype.Component;

/**
 * Whether a programme pays money: its process (the latest version) disburses, through the building block
 * {@code disburseOnceDelegate}. Read from the model, so that a programme an administrator builds in the
 * studio says so by what it does, and the grant and the pledge subsidy pay while certification does not.
 */
@Component
class PayingProgrammes {

    static final String DISBURSEMENT = "${disburseOnceDelegate}";

    private final RepositoryService repository;

    PayingProgrammes(RepositoryService repository) {
        this.repository = repository;
    }

    boolean pays(Programme programme) {
        ProcessDefinition definition = repository.createProcessDefinitionQuery()
                .processDefinitionKey(programme.processKey()).latestVersion().singleResult();
        // The engine caches a definition's model, so this reads no XML on each submission.
        return definition != null && repository.getBpmnModelInstance(definition.getId())
                .getModelElementsByType(ServiceTask.class).stream()
                .anyMatch(task -> DISBURSEMENT.equals(task.getCamundaDelegateExpression()));
    }
}
