package org.ipflow.application.internal;

import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.history.HistoricProcessInstance;
import org.ipflow.application.Application;
import org.ipflow.application.Decision;
import org.ipflow.shared.StepNames;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

/**
 * The step names of timeline entries in the reader's language. An entry stores its step's key and the
 * name the model had then (Chinese); shown, a step is named from the process definition the
 * application runs on, so that the English of the model appears, and IPFlow's own entries that are no
 * step of a model (submitted, resubmitted, objection filed) from the message bundles
 * ({@code timeline.step.<key>}). The stored name is the last resort. A comment IPFlow or a model wrote is
 * shown in English to an English reader.
 */
@Component
public class TimelineNames {

    private final StepNames steps;
    private final HistoryService history;
    private final MessageSource messages;

    TimelineNames(StepNames steps, HistoryService history, MessageSource messages) {
        this.steps = steps;
        this.history = history;
        this.messages = messages;
    }

    /** The entries of one application's timeline, named in the locale. */
    public List<Decision> of(Application application, List<Decision> timeline, Locale locale) {
        return of(List.of(application), timeline, locale);
    }

    /**
     * The same, where the caller knows the process definition the application's process runs on (from a task of
     * that process instance, which runs on its instance's definition, migrated or not): no read of its history.
     */
    public List<Decision> of(String definitionId, List<Decision> timeline, Locale locale) {
        return timeline.stream().map(d -> d.forReader(name(definitionId, d, locale), locale)).toList();
    }

    /** Entries of several applications (such as "done by me"), named in the locale: one history query for all. */
    public List<Decision> of(Collection<Application> applications, List<Decision> entries, Locale locale) {
        Map<Long, String> definitions = definitionIds(applications);
        return entries.stream()
                .map(d -> d.forReader(name(definitions.get(d.applicationId()), d, locale), locale)).toList();
    }

    private String name(String definitionId, Decision entry, Locale locale) {
        return steps.find(definitionId, entry.stepKey(), locale).orElseGet(() ->
                messages.getMessage("timeline.step." + entry.stepKey(), null, entry.stepName(), locale));
    }

    /** The process definition each application's process runs on, by application id. */
    private Map<Long, String> definitionIds(Collection<Application> applications) {
        Map<String, Long> byInstance = applications.stream().filter(a -> a.processInstanceId() != null)
                .collect(Collectors.toMap(Application::processInstanceId, Application::id, (a, b) -> a));
        if (byInstance.isEmpty()) {
            return Map.of();
        }
        Set<String> instances = byInstance.keySet();
        // history keeps one row per instance at every history level, found by primary key
        return history.createHistoricProcessInstanceQuery().processInstanceIds(instances)
                .listPage(0, instances.size()).stream()
                .filter(i -> i.getProcessDefinitionId() != null)
                .collect(Collectors.toMap(i -> byInstance.get(i.getId()), HistoricProcessInstance::getProcessDefinitionId,
                        (a, b) -> a));
    }
}
