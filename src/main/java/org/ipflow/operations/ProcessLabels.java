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
import org.ipflow.shared.StepNames;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Component;

/** What the operations pages show for the engine's ids: a definition's key and version, a step's name, an instance's application number. */
@Component
class ProcessLabels {

    private final RepositoryService repository;
    private final HistoryService history;
    private final StepNames stepNames;

    ProcessLabels(RepositoryService repository, HistoryService history, StepNames stepNames) {
        this.repository = repository;
        this.history = history;
        this.stepNames = stepNames;
    }

    /** The definition, from the engine's deployment cache. */
    ProcessDefinition definition(String processDefinitionId) {
        return repository.getProcessDefinition(processDefinitionId);
    }

    /** The step's name in the model, in the reader's language, or its id when it has none. */
    String stepName(String processDefinitionId, String activityId) {
        return stepNames.of(processDefinitionId, activityId, LocaleContextHolder.getLocale());
    }

    /** The process's name in the model, in the reader's language, or its key when it has none. */
    String processName(String processDefinitionId) {
        ProcessDefinition definition = definition(processDefinitionId);
        return stepNames.process(definition, definition.getKey(), LocaleContextHolder.getLocale());
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
