package org.ipflow.operations;

import java.util.Collections;
import java.util.Date;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.stream.Collectors;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.management.JobDefinition;
import org.camunda.bpm.engine.repository.ProcessDefinition;
import org.camunda.bpm.engine.runtime.Job;
import org.ipflow.shared.AdminActionPerformed;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionTemplate;

/** Timer jobs by due date, and running one now instead of at its due date. */
@Service
class Timers {

    /** One timer job; {@code failure} is the last exception's message when it has failed before. */
    record Timer(String jobId, Date due, String processKey, Integer version, String processInstanceId,
            String businessKey, String activityId, String activityName, int retries, boolean suspended, String failure) {
    }

    private final ManagementService management;
    private final ProcessLabels labels;
    private final TransactionTemplate transactions;
    private final ApplicationEventPublisher events;

    Timers(ManagementService management, ProcessLabels labels, TransactionTemplate transactions,
            ApplicationEventPublisher events) {
        this.management = management;
        this.labels = labels;
        this.transactions = transactions;
        this.events = events;
    }

    List<Timer> soonest(int limit) {
        List<Job> jobs = management.createJobQuery().timers().orderByJobDuedate().asc().listPage(0, limit);
        Map<String, String> keys = labels.businessKeys(jobs.stream().map(Job::getProcessInstanceId).toList());
        Map<String, String> activities = activities(jobs);
        return jobs.stream().map(job -> view(job, keys, activities)).toList();
    }

    /**
     * Runs the timer's job now. Not inside a transaction of ours: when the job fails, the engine's own
     * failure handling (fewer retries, an incident at zero) needs the job to run in the engine's own
     * transaction. The audit entry follows in a transaction of its own, for a success and for a failure.
     */
    Timer runNow(String jobId, String actor) {
        Job job = management.createJobQuery().jobId(jobId).timers().singleResult();
        if (job == null) {
            throw new OperationRefused("operations.timer.gone");
        }
        Timer timer = view(job, labels.businessKeys(Collections.singletonList(job.getProcessInstanceId())),
                activities(List.of(job)));
        try {
            management.executeJob(jobId);
        } catch (RuntimeException e) {
            // Whatever the job threw: the engine has counted the failure; the administrator sees why.
            audit(actor, "RUN_TIMER_FAILED", timer, e.getMessage());
            throw new OperationRefused("operations.timer.failed", e.getMessage());
        }
        audit(actor, "RUN_TIMER", timer, null);
        return timer;
    }

    private void audit(String actor, String action, Timer timer, String failure) {
        String subject = timer.processKey() == null ? "job:" + timer.jobId() : "bpmn:" + timer.processKey();
        String detail = "timer " + timer.activityId() + " due " + (timer.due() == null ? "-" : timer.due().toInstant())
                + (timer.processInstanceId() == null ? "" : " of instance " + timer.processInstanceId())
                + (timer.businessKey() == null ? "" : " (" + timer.businessKey() + ")")
                + (failure == null ? "" : ": " + failure);
        transactions.executeWithoutResult(status ->
                events.publishEvent(new AdminActionPerformed(actor, action, subject, detail)));
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
