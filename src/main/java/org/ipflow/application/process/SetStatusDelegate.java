package org.ipflow.application.process;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.ipflow.application.ApplicationStatus;
import org.ipflow.application.DecisionKind;
import org.ipflow.application.internal.ApplicationRepository;
import org.ipflow.shared.ManualJobRun;
import org.ipflow.shared.ProcessVariables;
import org.springframework.stereotype.Component;

/**
 * Building block "set status": sets the application's status to the step's local input parameter
 * {@code status}. With a {@code timelineNote} (and its English, {@code timelineNoteEn}) it also tells the
 * timeline why, for changes no person made (a deadline passed, a notice ended). When an administrator ran
 * the step's timer early, the timeline says that instead, with their reason, if the step gives a
 * {@code timelineNoteEarly} (and {@code timelineNoteEarlyEn}). Input parameters, not field injection: this bean
 * is a singleton shared by every step and every process.
 */
@Component("setStatusDelegate")
public class SetStatusDelegate implements JavaDelegate {

    private final ApplicationRepository applications;
    private final ProcessTimeline timeline;
    private final ManualJobRun manualRun;

    SetStatusDelegate(ApplicationRepository applications, ProcessTimeline timeline, ManualJobRun manualRun) {
        this.applications = applications;
        this.timeline = timeline;
        this.manualRun = manualRun;
    }

    @Override
    public void execute(DelegateExecution execution) {
        long applicationId = ExecutionValues.applicationId(execution);
        ApplicationStatus status = ApplicationStatus.valueOf(
                ExecutionValues.input(execution, ProcessVariables.Inputs.STATUS));
        applications.updateStatus(applicationId, status);
        String note = ExecutionValues.optionalInput(execution, ProcessVariables.Inputs.TIMELINE_NOTE);
        String noteEn = ExecutionValues.optionalInput(execution, ProcessVariables.Inputs.TIMELINE_NOTE_EN);
        String early = ExecutionValues.optionalInput(execution, ProcessVariables.Inputs.TIMELINE_NOTE_EARLY);
        var run = manualRun.current();
        if (early != null && run.isPresent()) {
            String earlyEn = ExecutionValues.optionalInput(execution, ProcessVariables.Inputs.TIMELINE_NOTE_EARLY_EN);
            note = early + "：" + run.get().reason();
            noteEn = earlyEn == null ? null : earlyEn + ": " + run.get().reason();
        }
        if (note != null) {
            timeline.record(execution, applicationId, DecisionKind.of(status), note, noteEn, null);
        }
    }
}
