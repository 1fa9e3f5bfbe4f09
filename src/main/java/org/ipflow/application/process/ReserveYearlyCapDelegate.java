package org.ipflow.application.process;

import java.util.LinkedHashMap;
import java.util.Map;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.ipflow.application.DecisionKind;
import org.ipflow.application.internal.YearlyCaps;
import org.ipflow.shared.Money;
import org.ipflow.shared.ProcessVariables;
import org.springframework.stereotype.Component;

/**
 * Building block "reserve within the yearly cap": checks the step's input {@code amount} against what is
 * left of the programme's {@code yearlyCap} for the enterprise in the application's cap year (the year
 * of its approval; this year for one not yet approved), atomically (see
 * {@link YearlyCaps}), and sets {@code withinYearlyCap} for the gateway after it. With the input
 * {@code reserve} = {@code true} an amount that fits is taken: it becomes the approved amount and the
 * application APPROVED in the same transaction. Without it the step only re-checks, e.g. a payment.
 * An amount that does not fit is noted in the timeline with the figures.
 */
@Component("reserveYearlyCapDelegate")
public class ReserveYearlyCapDelegate implements JavaDelegate {

    private final YearlyCaps caps;
    private final ProcessTimeline timeline;
    private final OfficeCalendar calendar;

    ReserveYearlyCapDelegate(YearlyCaps caps, ProcessTimeline timeline, OfficeCalendar calendar) {
        this.caps = caps;
        this.timeline = timeline;
        this.calendar = calendar;
    }

    @Override
    public void execute(DelegateExecution execution) {
        long applicationId = ExecutionValues.applicationId(execution);
        Money amount = ExecutionValues.localMoney(execution, ProcessVariables.Inputs.AMOUNT);
        Money cap = ExecutionValues.money(execution, ProcessVariables.YEARLY_CAP);
        boolean reserve = "true".equals(execution.getVariableLocal(ProcessVariables.Inputs.RESERVE));
        YearlyCaps.Room room = caps.check(applicationId, amount, cap, calendar.now().toLocalDate(), reserve);
        // On the instance: the step's local inputs would otherwise hide it from the gateway after the step.
        execution.getProcessInstance().setVariable(ProcessVariables.WITHIN_YEARLY_CAP, room.within());
        if (!room.within()) {
            Map<String, Object> figures = new LinkedHashMap<>();
            figures.put("amount", amount.yuan());
            figures.put("yearlyCap", cap.yuan());
            figures.put("year", room.year());
            figures.put("committedInYear", room.committed().yuan());
            figures.put("left", room.left().yuan());
            timeline.record(execution, applicationId, DecisionKind.CAP_EXCEEDED,
                "timeline.note.capExceeded", new Object[] {
                    String.valueOf(room.year()), room.left(), amount}, figures);
        }
    }
}
