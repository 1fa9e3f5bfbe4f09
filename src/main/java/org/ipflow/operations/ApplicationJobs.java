package org.ipflow.operations;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.stream.Collectors;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.history.HistoricProcessInstance;
import org.camunda.bpm.engine.management.JobDefinition;
import org.camunda.bpm.engine.runtime.Job;
import org.springframework.stereotype.Component;

/** The jobs of one application's processes (timers, asynchronous steps), soonest first. */
@Component
class ApplicationJobs {

    /** One job as the admin API shows it; {@code type} is {@code timer}, {@code async} or the engine's own type. */
    record JobView(String id, String type, String activity, Instant due, int retries) {
    }

    /** An application number no process runs or ran for: unknown here. */
    static class UnknownApplication extends RuntimeException {
        UnknownApplication(String number) {
            super(number);
        }
    }

    private static final int MAX = 200;

    private final HistoryService history;
    private final ManagementService management;

    ApplicationJobs(HistoryService history, ManagementService management) {
        this.history = history;
        this.management = management;
    }

    List<JobView> of(String number) {
        // History keeps one row per instance at every history level, running or finished.
        List<String> instances = history.createHistoricProcessInstanceQuery().processInstanceBusinessKey(number)
                .listPage(0, MAX).stream().map(HistoricProcessInstance::getId).toList();
        if (instances.isEmpty()) {
            throw new UnknownApplication(number);
        }
        List<Job> jobs = instances.stream().flatMap(id -> management.createJobQuery().processInstanceId(id)
                .orderByJobDuedate().asc().listPage(0, MAX).stream()).toList();
        Map<String, JobDefinition> definitions = jobs.stream().map(Job::getJobDefinitionId).filter(Objects::nonNull)
                .distinct().map(id -> management.createJobDefinitionQuery().jobDefinitionId(id).singleResult())
                .filter(Objects::nonNull).collect(Collectors.toMap(JobDefinition::getId, d -> d));
        return jobs.stream().map(job -> view(job, definitions.get(job.getJobDefinitionId()))).toList();
    }

    private static JobView view(Job job, JobDefinition definition) {
        String type = definition == null ? null : definition.getJobType();
        if (type != null && type.startsWith("timer")) {
            type = "timer";
        } else if ("async-continuation".equals(type)) {
            type = "async";
        }
        return new JobView(job.getId(), type, definition == null ? null : definition.getActivityId(),
                job.getDuedate() == null ? null : job.getDuedate().toInstant(), job.getRetries());
    }
}
