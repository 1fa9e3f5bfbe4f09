package org.ipflow.application.process;

import java.time.OffsetDateTime;
import java.util.Map;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.ipflow.application.DecisionKind;
import org.ipflow.application.internal.ApplicationRepository;
import org.ipflow.shared.ProcessVariables;
import org.springframework.stereotype.Component;

/**
 * Building block "return for correction" (退回补正): marks the application RETURNED with the reviewer's
 * comment as the correction request and a deadline at the end of the day {@code correctionDays} from
 * today (the configured default when the form gave none). It records where to resume ({@code returnTo},
 * the step's local input parameter) and the deadline as process variables, for the resume gateway and
 * the deadline timer.
 */
@Component("returnForCorrectionDelegate")
public class ReturnForCorrectionDelegate implements JavaDelegate {

    private final ApplicationRepository applications;
    private final ProcessTimeline timeline;
    private final OfficeCalendar calendar;
    private final ProcessSettings settings;

    ReturnForCorrectionDelegate(ApplicationRepository applications, ProcessTimeline timeline, OfficeCalendar calendar,
            ProcessSettings settings) {
        this.applications = applications;
        this.timeline = timeline;
        this.calendar = calendar;
        this.settings = settings;
    }

    @Override
    public void execute(DelegateExecution execution) {
        long applicationId = ExecutionValues.applicationId(execution);
        String returnTo = ExecutionValues.input(execution, ProcessVariables.Inputs.RETURN_TO);
        Object comment = execution.getVariable(ProcessVariables.COMMENT);
        int days = correctionDays(execution.getVariable(ProcessVariables.CORRECTION_DAYS));
        OffsetDateTime deadline = calendar.endOfDaysAfterToday(days);

        applications.requestCorrection(applicationId, comment == null ? "" : comment.toString(), deadline.toInstant());
        // Set on the instance: the local input parameter of the same name would otherwise shadow it.
        execution.getProcessInstance().setVariable(ProcessVariables.RETURN_TO, returnTo);
        execution.getProcessInstance().setVariable(ProcessVariables.CORRECTION_DEADLINE, deadline.toString());
        timeline.record(execution, applicationId, DecisionKind.CORRECTION_DEADLINE, "timeline.note.correctionDeadline",
                new Object[] {deadline.toLocalDate().toString()}, Map.of("correctionDays", days, "deadline", deadline.toString(), "returnTo", returnTo));
    }

    private int correctionDays(Object value) {
        if (value instanceof Number number && number.intValue() > 0) {
            return number.intValue();
        }
        return settings.correction().defaultDays();
    }
}
