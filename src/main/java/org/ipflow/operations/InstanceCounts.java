package org.ipflow.operations;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.SortedSet;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.management.ActivityStatistics;
import org.camunda.bpm.engine.management.IncidentStatistics;
import org.camunda.bpm.engine.management.ProcessDefinitionStatistics;
import org.springframework.stereotype.Component;

/**
 * Running instances per programme (process definition key, all versions summed) and per current step,
 * from the engine's statistics queries: one query over all definitions, then one per definition that
 * has running instances. Counts come from the runtime tables, which hold running instances only.
 */
@Component
class InstanceCounts {

    /** One programme: its running instances, per version and per step. */
    record ProgrammeLoad(String key, String name, int latestVersion, long instances, long incidents,
            List<VersionLoad> versions, List<StepLoad> steps) {
    }

    record VersionLoad(int version, long instances, long incidents) {
    }

    /** Instances at one step, summed over the versions it occurs in. */
    record StepLoad(String activityId, String name, long instances, long incidents, SortedSet<Integer> versions) {
    }

    private static final int MAX_DEFINITIONS = 2000;

    private final ManagementService management;
    private final ProcessLabels labels;

    InstanceCounts(ManagementService management, ProcessLabels labels) {
        this.management = management;
        this.labels = labels;
    }

    List<ProgrammeLoad> perProgramme() {
        Map<String, List<ProcessDefinitionStatistics>> byKey = management.createProcessDefinitionStatisticsQuery()
                .includeIncidents().listPage(0, MAX_DEFINITIONS).stream()
                .collect(Collectors.groupingBy(ProcessDefinitionStatistics::getKey, TreeMap::new, Collectors.toList()));
        List<ProgrammeLoad> programmes = new ArrayList<>();
        byKey.forEach((key, definitions) -> programmes.add(programme(key, definitions)));
        return programmes;
    }

    private ProgrammeLoad programme(String key, List<ProcessDefinitionStatistics> definitions) {
        definitions.sort(Comparator.comparingInt(ProcessDefinitionStatistics::getVersion).reversed());
        ProcessDefinitionStatistics latest = definitions.get(0);
        List<VersionLoad> versions = new ArrayList<>();
        Map<String, StepLoad> steps = new LinkedHashMap<>();
        for (ProcessDefinitionStatistics definition : definitions) {
            long incidents = incidents(definition.getIncidentStatistics());
            if (definition.getInstances() == 0 && incidents == 0) {
                continue;
            }
            versions.add(new VersionLoad(definition.getVersion(), definition.getInstances(), incidents));
            for (ActivityStatistics activity : management.createActivityStatisticsQuery(definition.getId())
                    .includeIncidents().listPage(0, MAX_DEFINITIONS)) {
                steps.merge(activity.getId(), step(definition, activity), InstanceCounts::sum);
            }
        }
        List<StepLoad> sorted = steps.values().stream()
                .sorted(Comparator.comparingLong(StepLoad::instances).reversed().thenComparing(StepLoad::activityId))
                .toList();
        return new ProgrammeLoad(key, labels.processName(latest.getId()), latest.getVersion(),
                versions.stream().mapToLong(VersionLoad::instances).sum(),
                versions.stream().mapToLong(VersionLoad::incidents).sum(), versions, sorted);
    }

    private StepLoad step(ProcessDefinitionStatistics definition, ActivityStatistics activity) {
        // The name from the newest version that has the step: definitions are visited newest first.
        return new StepLoad(activity.getId(), labels.stepName(definition.getId(), activity.getId()),
                activity.getInstances(), incidents(activity.getIncidentStatistics()),
                new TreeSet<>(List.of(definition.getVersion())));
    }

    private static StepLoad sum(StepLoad a, StepLoad b) {
        SortedSet<Integer> versions = new TreeSet<>(a.versions());
        versions.addAll(b.versions());
        return new StepLoad(a.activityId(), a.name(), a.instances() + b.instances(), a.incidents() + b.incidents(),
                versions);
    }

    private static long incidents(List<IncidentStatistics> statistics) {
        return statistics.stream().mapToLong(IncidentStatistics::getIncidentCount).sum();
    }
}
