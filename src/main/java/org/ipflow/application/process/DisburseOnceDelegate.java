package org.ipflow.application.process;

import java.time.LocalDate;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.ipflow.application.internal.Disbursements;
import org.ipflow.application.internal.Disbursements.Disbursement;
import org.ipflow.shared.ProcessVariables;
import org.springframework.stereotype.Component;

/**
 * Building block "disburse once": records the payment finance entered ({@code paidAmount},
 * {@code paymentReference}, {@code paidOn}, by {@code actor}) for the step's {@code purpose}, exactly
 * once per application and purpose. Running it again (a retried job, a restarted step) finds the row
 * already there and carries on when it is the same payment; a different payment fails the step, because
 * paying twice must be a person's decision.
 */
@Component("disburseOnceDelegate")
public class DisburseOnceDelegate implements JavaDelegate {

    private final Disbursements disbursements;

    DisburseOnceDelegate(Disbursements disbursements) {
        this.disbursements = disbursements;
    }

    @Override
    public void execute(DelegateExecution execution) {
        var payment = new Disbursement(ExecutionValues.applicationId(execution),
                ExecutionValues.input(execution, ProcessVariables.Inputs.PURPOSE),
                ExecutionValues.money(execution, ProcessVariables.PAID_AMOUNT).yuan(),
                ExecutionValues.text(execution, ProcessVariables.PAYMENT_REFERENCE),
                LocalDate.parse(ExecutionValues.text(execution, ProcessVariables.PAID_ON)),
                ExecutionValues.text(execution, ProcessVariables.ACTOR));
        Disbursement recorded = disbursements.recordOnce(payment);
        if (!recorded.samePaymentAs(payment)) {
            throw new IllegalStateException("application %d already has a different '%s' payment recorded (%s, %s)"
                    .formatted(payment.applicationId(), payment.purpose(), recorded.amount(),
                            recorded.paymentReference()));
        }
    }
}
