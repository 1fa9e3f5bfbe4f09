package org.ipflow.application.internal;

import org.ipflow.application.DecisionKind;
import org.ipflow.application.NewDecision;
import org.ipflow.shared.JobRunManually;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * Puts an administrator's early run of a job (a deadline or a notice period ended now) on the
 * application's timeline, with the administrator's reason, so that nobody wonders why the step moved.
 */
@Component
class ManualJobTimeline {

    private final ApplicationRepository applications;
    private final DecisionRecords decisions;

    ManualJobTimeline(ApplicationRepository applications, DecisionRecords decisions) {
        this.applications = applications;
        this.decisions = decisions;
    }

    /** A plain listener: the entry commits with the audit entry of the same run, in the publisher's transaction. */
    @EventListener
    void on(JobRunManually run) {
        applications.findByNumber(run.businessKey()).ifPresent(application -> decisions.record(NewDecision.of(
                application.id(), run.activityId() == null ? "job" : run.activityId(),
                run.stepName() == null ? "作业" : run.stepName(), run.actor(), DecisionKind.JOB_RUN)
                .withComment(run.reason()).withDetails("job " + run.jobId())));
    }
}
