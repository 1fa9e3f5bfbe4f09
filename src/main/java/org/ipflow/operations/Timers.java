package org.ipflow.operations;

import java.util.Date;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.stream.Collectors;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.management.JobDefinition;
import org.camunda.bpm.engine.repository.ProcessDefinition;
import org.camunda.bpm.engine.runtime.Job;
import org.springframework.stereotype.Service;

/** Timer jobs by due date, for the operations page; {@link JobRuns} runs one now. */
@Service
class Timers {

    /** One timer job; {@code failure} is the last exception's message when it has failed before. */
    record Timer(String jobId, Date due, String processKey, Integer version, String processInstanceId,
            String businessKey, String activityId, String activityName, int retries, boolean suspended, String failure) {
    }

    private final ManagementService management;
    private final ProcessLabels labels;

    Timers(ManagementService management, ProcessLabels labels) {
        this.management = management;
        this.labels = labels;
    }

    List<Timer> soonest(int limit) {
        List<Job> jobs = management.createJobQuery().timers().orderByJobDuedate().asc().listPage(0, limit);
        Map<String, String> keys = labels.businessKeys(jobs.stream().map(Job::getProcessInstanceId).toList());
        Map<String, String> activities = activities(jobs);
        return jobs.stream().map(job -> view(job, keys, activities)).toList();
    }

    /** The step of each job, from its job definition (a job itself does not name its activity). */
    private Map<String, String> activities(List<Job> jobs) {
        return jobs.stream().map(Job::getProcessDefinitionId).filter(Objects::nonNull).distinct()
                .flatMap(definitionId -> management.createJobDefinitionQuery().processDefinitionId(definitionId)
                        .listPage(0, 2000).stream())
                .collect(Collectors.toMap(JobDefinition::getId, JobDefinition::getActivityId, (a, b) -> a));
    }

    private Timer view(Job job, Map<String, String> businessKeys, Map<String, String> activities) {
        ProcessDefinition definition = job.getProcessDefinitionId() == null ? null
                : labels.definition(job.getProcessDefinitionId());
        String activityId = activities.get(job.getJobDefinitionId());
        return new Timer(job.getId(), job.getDuedate(), job.getProcessDefinitionKey(),
                definition == null ? null : definition.getVersion(), job.getProcessInstanceId(),
                businessKeys.get(job.getProcessInstanceId()), activityId,
                labels.stepName(job.getProcessDefinitionId(), activityId), job.getRetries(), job.isSuspended(),
                job.getExceptionMessage());
    }
}
