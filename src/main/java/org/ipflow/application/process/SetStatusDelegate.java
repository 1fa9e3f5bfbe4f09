package org.ipflow.application.process;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.ipflow.application.ApplicationStatus;
import org.ipflow.application.DecisionKind;
import org.ipflow.application.internal.ApplicationRepository;
import org.ipflow.shared.ProcessVariables;
import org.springframework.stereotype.Component;

/**
 * Building block "set status": sets the application's status to the step's local input parameter
 * {@code status}. With a {@code timelineNote} (and its English, {@code timelineNoteEn}) it also tells the
 * timeline why, for changes no person made (a deadline passed, a notice ended). Input parameters, not field injection: this bean is a singleton
 * shared by every step and every process.
 */
@Component("setStatusDelegate")
public class SetStatusDelegate implements JavaDelegate {

    private final ApplicationRepository applications;
    private final ProcessTimeline timeline;

    SetStatusDelegate(ApplicationRepository applications, ProcessTimeline timeline) {
        this.applications = applications;
        this.timeline = timeline;
    }

    @Override
    public void execute(DelegateExecution execution) {
        long applicationId = ExecutionValues.applicationId(execution);
        ApplicationStatus status = ApplicationStatus.valueOf(
                ExecutionValues.input(execution, ProcessVariables.Inputs.STATUS));
        applications.updateStatus(applicationId, status);
        String note = ExecutionValues.optionalInput(execution, ProcessVariables.Inputs.TIMELINE_NOTE);
        if (note != null) {
            timeline.record(execution, applicationId, DecisionKind.of(status), note,
                    ExecutionValues.optionalInput(execution, ProcessVariables.Inputs.TIMELINE_NOTE_EN), null);
        }
    }
}
