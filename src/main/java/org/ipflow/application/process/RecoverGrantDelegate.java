package org.ipflow.application.process;

import java.time.LocalDate;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.ipflow.application.internal.Disbursements;
import org.ipflow.application.internal.Disbursements.Disbursement;
import org.ipflow.shared.Money;
import org.ipflow.shared.ProcessVariables;
import org.springframework.stereotype.Component;

/**
 * Building block "recover" (追回): records the {@code recoveryAmount} the reviewer decided to take back as a
 * negative payment, once per application (purpose {@code recovery}, the payments' unique key), so that every sum
 * of payments (the call's paid, the yearly cap, the dashboard) counts what the enterprise keeps. The amount was
 * checked against what was paid when the reviewer decided; it is checked again here because a model may reach
 * this step another way.
 */
@Component("recoverGrantDelegate")
public class RecoverGrantDelegate implements JavaDelegate {

    static final String PURPOSE = "recovery";

    private final Disbursements disbursements;
    private final OfficeCalendar calendar;

    RecoverGrantDelegate(Disbursements disbursements, OfficeCalendar calendar) {
        this.disbursements = disbursements;
        this.calendar = calendar;
    }

    @Override
    public void execute(DelegateExecution execution) {
        long applicationId = ExecutionValues.applicationId(execution);
        Money amount = ExecutionValues.money(execution, ProcessVariables.RECOVERY_AMOUNT);
        var earlier = disbursements.find(applicationId, PURPOSE);
        if (earlier.isEmpty() && (amount.isZero() || amount.isNegative()
                || amount.isGreaterThan(Money.of(disbursements.paidInAll(applicationId))))) {
            throw new IllegalStateException("application %d: %s cannot be recovered, it is nothing or more than was paid"
                    .formatted(applicationId, amount));
        }
        String number = ExecutionValues.text(execution, ProcessVariables.APPLICATION_NUMBER);
        var recovery = new Disbursement(applicationId, PURPOSE, amount.yuan().negate(), "RECOVERY " + number,
                LocalDate.from(calendar.now()), ExecutionValues.text(execution, ProcessVariables.ACTOR));
        if (!disbursements.recordOnce(recovery).samePaymentAs(recovery)) {
            throw new IllegalStateException("application %d already has a different recovery recorded"
                    .formatted(applicationId));
        }
    }
}
