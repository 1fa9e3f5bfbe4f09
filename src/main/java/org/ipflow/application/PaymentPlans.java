package org.ipflow.application;

import java.math.BigDecimal;
import java.time.OffsetDateTime;
import java.util.List;
import org.ipflow.application.internal.ApplicationProcess;
import org.ipflow.application.internal.Disbursements.Disbursement;
import org.ipflow.shared.Money;
import org.springframework.stereotype.Component;

/**
 * What an application's page says of its money: every payment made (a grant paid in tranches has two, a
 * recovery is a negative one), and while the project runs or waits for acceptance, what is still to be paid
 * of the approved amount and when the results report, on whose acceptance it is paid, is due.
 */
@Component
class PaymentPlans {

    private final ApplicationProcess process;

    PaymentPlans(ApplicationProcess process) {
        this.process = process;
    }

    /**
     * {@code stillDue}: the approved amount less what was paid, null when nothing is; {@code reportDue}: the end of
     * the project period, null when there is none or it is over.
     */
    public record Plan(List<Disbursement> payments, Money stillDue, OffsetDateTime reportDue) {

        /** Whether the approved amount is paid in more than one payment, so the first was only its award tranche. */
        public boolean inTranches() {
            return stillDue != null || payments.stream().filter(p -> p.amount().signum() > 0).count() > 1;
        }
    }

    /** {@code payments}: the application's payments in the order made, as its detail view read them. */
    Plan of(Application application, List<Disbursement> payments) {
        if (payments.isEmpty() || application.approvedAmount() == null) {
            return new Plan(payments, null, null);
        }
        BigDecimal paid = payments.stream().map(Disbursement::amount).filter(a -> a.signum() > 0)
                .reduce(BigDecimal.ZERO, BigDecimal::add);
        Money rest = Money.of(application.approvedAmount().subtract(paid));
        boolean open = application.status() == ApplicationStatus.DISBURSED
                || application.status() == ApplicationStatus.ACCEPTED;
        Money stillDue = open && !rest.isZero() && !rest.isNegative() ? rest : null;
        return new Plan(payments, stillDue, stillDue == null ? null : process.projectEnds(application).orElse(null));
    }
}
