package org.ipflow.application;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import org.ipflow.application.internal.ApplicationAccess;
import org.ipflow.application.internal.Disbursements;
import org.ipflow.programme.ProgrammeCatalog;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * What the office paid an applicant before, in every programme, so that finance does not pay blind, and what one
 * application was paid so far, so that a reviewer deciding a recovery sees what there is to take back: read from
 * what each disbursement step recorded. Staff only; an enterprise sees its payments on its own applications.
 */
@Service
@Transactional(readOnly = true)
public class PaymentHistory {

    /** Enough for a reader to judge; an enterprise paid more often than this is rare. */
    static final int SHOWN = 50;

    private final ApplicationAccess access;
    private final Disbursements payments;
    private final ProgrammeCatalog programmes;

    PaymentHistory(ApplicationAccess access, Disbursements payments, ProgrammeCatalog programmes) {
        this.access = access;
        this.payments = payments;
        this.programmes = programmes;
    }

    /** One earlier payment; {@code programme} is named in the reader's language. */
    public record Payment(long applicationId, String programme, String number, BigDecimal amount, LocalDate paidOn,
            String reference) {
    }

    /** One payment of an application: a tranche by its purpose ({@code grant}, {@code grant-acceptance}) or a recovery. */
    public record OwnPayment(String purpose, BigDecimal amount, LocalDate paidOn, String reference) {
    }

    /** An application's payments in order and what they add up to, recoveries (negative) taken off. */
    public record PaidSoFar(List<OwnPayment> payments, BigDecimal total) {
    }

    /** What the application was paid so far: the most a recovery may take back. */
    public PaidSoFar paidSoFar(Authentication user, long applicationId) {
        if (!ApplicationAccess.isStaff(user.getAuthorities())) {
            throw new ApplicationNotFound(applicationId);
        }
        access.visible(user, applicationId);
        var rows = payments.paymentsOf(applicationId).stream()
                .map(p -> new OwnPayment(p.purpose(), p.amount(), p.paidOn(), p.paymentReference())).toList();
        return new PaidSoFar(rows, rows.stream().map(OwnPayment::amount).reduce(BigDecimal.ZERO, BigDecimal::add));
    }

    /** The payments to the enterprise of the application, newest first, that application's own left out. */
    public List<Payment> before(Authentication user, long applicationId, Locale locale) {
        if (!ApplicationAccess.isStaff(user.getAuthorities())) {
            throw new ApplicationNotFound(applicationId);
        }
        Application application = access.visible(user, applicationId);
        return payments.ofEnterprise(application.enterpriseId(), SHOWN + 1).stream()
                .filter(p -> p.applicationId() != applicationId).limit(SHOWN)
                .map(p -> new Payment(p.applicationId(), programmes.find(p.programmeKey())
                        .map(programme -> programme.name(locale)).orElse(p.programmeKey()), p.number(), p.amount(),
                        p.paidOn(), p.paymentReference()))
                .toList();
    }
}
