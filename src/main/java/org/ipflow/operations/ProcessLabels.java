package org.ipflow.operations;

import java.util.Collection;
import java.util.HashSet;
import java.util.Map;
import java.util.Objects;
import java.util.stream.Collectors;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.history.HistoricProcessInstance;
import org.camunda.bpm.engine.repository.ProcessDefinition;
import org.camunda.bpm.model.bpmn.instance.FlowElement;
import org.camunda.bpm.model.xml.instance.ModelElementInstance;
import org.springframework.stereotype.Component;

/** What the operations pages show for the engine's ids: a definition's key and version, a step's name, an instance's application number. */
@Component
class ProcessLabels {

    private final RepositoryService repository;
    private final HistoryService history;

    ProcessLabels(RepositoryService repository, HistoryService history) {
        this.repository = repository;
        this.history = history;
    }

    /** The definition, from the engine's deployment cache. */
    ProcessDefinition definition(String processDefinitionId) {
        return repository.getProcessDefinition(processDefinitionId);
    }

    /** The step's name in the model, or its id when it has none. */
    String stepName(String processDefinitionId, String activityId) {
        if (processDefinitionId == null || activityId == null) {
            return activityId;
        }
        ModelElementInstance element = repository.getBpmnModelInstance(processDefinitionId).getModelElementById(activityId);
        String name = element instanceof FlowElement flowElement ? flowElement.getName() : null;
        return name == null || name.isBlank() ? activityId : name;
    }

    /**
     * Business keys (application numbers) by process instance id. From history, which keeps one row per
     * instance at every history level, looked up by primary key.
     */
    Map<String, String> businessKeys(Collection<String> processInstanceIds) {
        var ids = processInstanceIds.stream().filter(Objects::nonNull).collect(Collectors.toCollection(HashSet::new));
        if (ids.isEmpty()) {
            return Map.of();
        }
        return history.createHistoricProcessInstanceQuery().processInstanceIds(ids).listPage(0, ids.size()).stream()
                .filter(i -> i.getBusinessKey() != null)
                .collect(Collectors.toMap(HistoricProcessInstance::getId, HistoricProcessInstance::getBusinessKey));
    }
}
