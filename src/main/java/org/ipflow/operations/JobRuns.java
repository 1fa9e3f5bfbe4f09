package org.ipflow.operations;

import java.util.Locale;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.management.JobDefinition;
import org.camunda.bpm.engine.repository.ProcessDefinition;
import org.camunda.bpm.engine.runtime.Job;
import org.ipflow.shared.AdminActionPerformed;
import org.ipflow.shared.JobRunManually;
import org.ipflow.shared.ManualJobRun;
import org.ipflow.shared.StepNames;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Runs one job now, for an administrator who says why: the one code path of the operations page's
 * "run now" and of {@code POST /api/admin/jobs/{id}/run}. The audit entry (who, when, which job, why) and,
 * for an application's process, the timeline entry with the reason are written together.
 */
@Service
class JobRuns {

    /** The job that ran: its step and the application number of its process, if it has one. */
    record JobRun(String jobId, String processKey, String processInstanceId, String businessKey, String activityId,
            String activityName, boolean timer) {
    }

    /** Longer reasons are cut when the audit log stores them; the timeline keeps this much too. */
    static final int MAX_REASON = 1000;

    private final ManagementService management;
    private final ProcessLabels labels;
    private final StepNames stepNames;
    private final TransactionTemplate transactions;
    private final ApplicationEventPublisher events;
    private final ManualJobRun manualRun;

    JobRuns(ManagementService management, ProcessLabels labels, StepNames stepNames, TransactionTemplate transactions,
            ApplicationEventPublisher events, ManualJobRun manualRun) {
        this.management = management;
        this.labels = labels;
        this.stepNames = stepNames;
        this.transactions = transactions;
        this.events = events;
        this.manualRun = manualRun;
    }

    /**
     * Runs the job now. Not inside a transaction of ours: when the job fails, the engine's own failure
     * handling (fewer retries, an incident at zero) needs the job to run in the engine's own transaction.
     * The entries follow in a transaction of their own; a failure is audited too, but changes no timeline.
     */
    JobRun run(String jobId, String actor, String reason) {
        if (reason == null || reason.isBlank()) {
            throw new OperationRefused("operations.reason.required");
        }
        String why = reason.strip().length() > MAX_REASON ? reason.strip().substring(0, MAX_REASON) : reason.strip();
        Job job = management.createJobQuery().jobId(jobId).singleResult();
        if (job == null) {
            throw new OperationRefused("operations.timer.gone");
        }
        JobRun run = describe(job);
        try {
            // The steps the job reaches see who ran it and why (a notice "ended early", not "period over").
            manualRun.during(actor, why, () -> management.executeJob(jobId));
        } catch (RuntimeException e) {
            // Whatever the job threw: the engine has counted the failure; the administrator sees why.
            transactions.executeWithoutResult(status -> audit(actor, run, why, e.getMessage()));
            throw new OperationRefused("operations.timer.failed", e.getMessage());
        }
        transactions.executeWithoutResult(status -> {
            audit(actor, run, why, null);
            if (run.businessKey() != null) {
                events.publishEvent(new JobRunManually(actor, run.businessKey(), jobId, run.activityId(),
                        stepNames.of(job.getProcessDefinitionId(), run.activityId(), Locale.SIMPLIFIED_CHINESE), why));
            }
        });
        return run;
    }

    private void audit(String actor, JobRun run, String reason, String failure) {
        String action = (run.timer() ? "RUN_TIMER" : "RUN_JOB") + (failure == null ? "" : "_FAILED");
        String subject = run.processKey() == null ? "job:" + run.jobId() : "bpmn:" + run.processKey();
        String detail = "job " + run.jobId() + " at " + run.activityId()
                + (run.processInstanceId() == null ? "" : " of instance " + run.processInstanceId())
                + (run.businessKey() == null ? "" : " (" + run.businessKey() + ")") + "; reason: " + reason
                + (failure == null ? "" : "; failed: " + failure);
        events.publishEvent(new AdminActionPerformed(actor, action, subject, detail));
    }

    private JobRun describe(Job job) {
        JobDefinition definition = job.getJobDefinitionId() == null ? null
                : management.createJobDefinitionQuery().jobDefinitionId(job.getJobDefinitionId()).singleResult();
        String activityId = definition == null ? null : definition.getActivityId();
        ProcessDefinition process = job.getProcessDefinitionId() == null ? null
                : labels.definition(job.getProcessDefinitionId());
        String businessKey = job.getProcessInstanceId() == null ? null
                : labels.businessKeys(java.util.List.of(job.getProcessInstanceId())).get(job.getProcessInstanceId());
        return new JobRun(job.getId(), process == null ? null : process.getKey(), job.getProcessInstanceId(),
                businessKey, activityId, labels.stepName(job.getProcessDefinitionId(), activityId),
                definition != null && definition.getJobType().startsWith("timer"));
    }
}
