package org.ipflow.application.internal;

import java.math.BigDecimal;
import java.sql.Date;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * The {@code disbursement} table: at most one payment per application and purpose, enforced by its
 * unique key, so a payment is recorded once however often the step that records it runs.
 */
@Repository
public class Disbursements {

    private final JdbcClient jdbc;

    Disbursements(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** Records the payment unless one is recorded for its application and purpose; returns the recorded one. */
    public Disbursement recordOnce(Disbursement payment) {
        Optional<Disbursement> existing = find(payment.applicationId(), payment.purpose());
        if (existing.isPresent()) {
            return existing.get();
        }
        // Two transactions racing past the check both insert; the unique key fails the later one, which
        // rolls back as a whole (catching the error would not help: PostgreSQL aborts the transaction).
        jdbc.sql("insert into disbursement (application_id, purpose, amount, payment_reference, paid_on, "
                        + "recorded_by, recorded_at) values (?,?,?,?,?,?,?)")
                .params(payment.applicationId(), payment.purpose(), payment.amount(), payment.paymentReference(),
                        Date.valueOf(payment.paidOn()), payment.recordedBy(), Timestamp.from(Instant.now()))
                .update();
        return payment;
    }

    public Optional<Disbursement> find(long applicationId, String purpose) {
        return jdbc.sql("select application_id, purpose, amount, payment_reference, paid_on, recorded_by "
                        + "from disbursement where application_id = ? and purpose = ?")
                .params(applicationId, purpose)
                .query(this::row).optional();
    }

    /** Every payment of an application (tranches, recoveries as negative amounts), in the order they were made. */
    public List<Disbursement> paymentsOf(long applicationId) {
        return jdbc.sql("select application_id, purpose, amount, payment_reference, paid_on, recorded_by "
                        + "from disbursement where application_id = ? order by recorded_at, id")
                .param(applicationId).query(this::row).list();
    }

    /** What was paid on an application in all, recoveries (negative payments) taken off. */
    public BigDecimal paidInAll(long applicationId) {
        return jdbc.sql("select coalesce(sum(amount), 0) from disbursement where application_id = ?")
                .param(applicationId).query(BigDecimal.class).single();
    }

    /** An enterprise's payments, newest first, with the number and programme of the application each paid. */
    public List<PaidApplication> ofEnterprise(long enterpriseId, int limit) {
        return jdbc.sql("select a.id, a.programme_key, a.number, d.amount, d.paid_on, d.payment_reference "
                        + "from disbursement d join application a on a.id = d.application_id where a.enterprise_id = ? "
                        + "order by d.paid_on desc, d.id desc limit ?")
                .params(enterpriseId, limit).query((rs, row) -> new PaidApplication(rs.getLong("id"),
                        rs.getString("programme_key"), rs.getString("number"), rs.getBigDecimal("amount"),
                        rs.getDate("paid_on").toLocalDate(), rs.getString("payment_reference")))
                .list();
    }

    /** One payment as the history of an enterprise's payments shows it. */
    public record PaidApplication(long applicationId, String programmeKey, String number, BigDecimal amount,
            LocalDate paidOn, String paymentReference) {
    }

    private Disbursement row(java.sql.ResultSet rs, int row) throws java.sql.SQLException {
        return new Disbursement(rs.getLong("application_id"), rs.getString("purpose"), rs.getBigDecimal("amount"),
                rs.getString("payment_reference"), rs.getDate("paid_on").toLocalDate(), rs.getString("recorded_by"));
    }

    /** One payment to an application for a purpose such as {@code grant}. */
    public record Disbursement(long applicationId, String purpose, BigDecimal amount, String paymentReference,
            LocalDate paidOn, String recordedBy) {

        /** Same money, reference and date; who recorded it does not make it another payment. */
        public boolean samePaymentAs(Disbursement other) {
            return applicationId == other.applicationId && purpose.equals(other.purpose)
                    && amount.compareTo(other.amount) == 0 && paymentReference.equals(other.paymentReference)
                    && paidOn.equals(other.paidOn);
        }
    }
}
