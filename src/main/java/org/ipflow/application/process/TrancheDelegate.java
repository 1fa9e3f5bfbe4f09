package org.ipflow.application.process;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.ipflow.application.Application;
import org.ipflow.application.internal.ApplicationRepository;
import org.ipflow.application.internal.Disbursements;
import org.ipflow.programme.ProjectTerms;
import org.ipflow.shared.Money;
import org.ipflow.shared.ProcessVariables;
import org.springframework.stereotype.Component;

/**
 * Building block "tranche": before a payment step, sets {@code trancheAmount}, the most that step may pay, by
 * the programme's project terms and the step's {@code tranche} ({@code award} or {@code acceptance}), and
 * {@code trancheDue} when it is more than nothing, and {@code paymentTranche} (which one) for finance's task page. Without terms the award is the whole approved amount and
 * nothing is due on acceptance. The amounts come from IPFlow's tables at the moment the step runs, exact to the
 * fen; each tranche is then paid exactly once by "disburse once" under a purpose of its own.
 */
@Component("trancheDelegate")
public class TrancheDelegate implements JavaDelegate {

    static final String AWARD = "award";
    static final String ACCEPTANCE = "acceptance";

    private final ApplicationRepository applications;
    private final ProjectTerms terms;
    private final Disbursements disbursements;

    TrancheDelegate(ApplicationRepository applications, ProjectTerms terms, Disbursements disbursements) {
        this.disbursements = disbursements;
        this.applications = applications;
        this.terms = terms;
    }

    /**
     * A grant paid in full on award before its programme had terms (an upgrade that seeded them while it waited for
     * finance) has nothing left to pay on acceptance, whatever the terms say.
     */
    private Money atMostUnpaid(Money tranche, Money approved, long applicationId) {
        Money unpaid = approved.minus(Money.of(disbursements.paidInAll(applicationId)));
        return unpaid.isGreaterThan(tranche) ? tranche : unpaid.isNegative() ? Money.ZERO : unpaid;
    }

    @Override
    public void execute(DelegateExecution execution) {
        Application application = applications.findById(ExecutionValues.applicationId(execution)).orElseThrow();
        Money approved = Money.of(application.approvedAmount());
        String tranche = ExecutionValues.input(execution, ProcessVariables.Inputs.TRANCHE);
        var programmeTerms = terms.of(application.programmeKey());
        Money due = switch (tranche) {
            case AWARD -> programmeTerms.map(t -> t.award(approved)).orElse(approved);
            case ACCEPTANCE -> programmeTerms.map(t -> atMostUnpaid(t.acceptance(approved), approved, application.id()))
                    .orElse(Money.ZERO);
            default -> throw new IllegalStateException("step '%s' names an unknown tranche '%s'"
                    .formatted(execution.getCurrentActivityId(), tranche));
        };
        execution.setVariable(ProcessVariables.TRANCHE_AMOUNT, due.toVariable());
        execution.setVariable(ProcessVariables.TRANCHE_DUE, !due.isZero() && !due.isNegative());
        execution.setVariable(ProcessVariables.PAYMENT_TRANCHE, tranche);
    }
}
