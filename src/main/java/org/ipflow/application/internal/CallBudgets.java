package org.ipflow.application.internal;

import java.math.BigDecimal;
import org.ipflow.programme.CallSpending;
import org.ipflow.shared.Money;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * Call budgets that hold when several approvals within a call are decided at the same moment, the way
 * {@link YearlyCaps} holds the yearly cap: the check locks the call's row ({@code select … for update})
 * until the caller's transaction, which records the approval, commits; a second approval waits and then
 * counts the first. An application holds of its call's budget what was paid on it, or while unpaid its
 * approved amount (approved or under public notice), see {@link #HELD}.
 */
@Repository
public class CallBudgets implements CallSpending {

    /**
     * What application {@code a} holds of a budget or cap. A project paid in tranches holds its whole approved
     * amount until its acceptance is paid or a recovery settles it: the award payment alone frees nothing.
     */
    static final String HELD = "case when a.status in ('APPROVED', 'PUBLIC_NOTICE') then a.approved_amount "
            + "when a.status in ('DISBURSED', 'ACCEPTED') and exists (select 1 from programme_project_terms t where "
            + "t.programme_key = a.programme_key) then greatest(a.approved_amount, (select coalesce(sum(d.amount), 0) "
            + "from disbursement d where d.application_id = a.id)) "
            + "else (select sum(d.amount) from disbursement d where d.application_id = a.id) end";

    private final JdbcClient jdbc;

    CallBudgets(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** The call's budget (null: none), what the other applications hold of it, what is left, whether the amount fits. */
    public record Room(Money budget, Money committed, Money left, boolean within) {
    }

    /** Checks the amounts against the call's budget, holding the call's lock until the caller's transaction ends. */
    @Transactional(propagation = Propagation.MANDATORY)
    public Room check(long callId, Money amount, java.util.Collection<Long> exceptApplications) {
        BigDecimal budget = jdbc.sql("select budget from programme_call where id = ? for update").param(callId)
                .query(BigDecimal.class).optional().orElse(null);
        Money committed = Money.of(committed(callId, exceptApplications));
        if (budget == null) {
            return new Room(null, committed, null, true);
        }
        Money left = Money.of(budget.subtract(committed.yuan()).max(BigDecimal.ZERO));
        return new Room(Money.of(budget), committed, left, !amount.isGreaterThan(left));
    }

    @Override
    @Transactional(readOnly = true)
    public Spending of(long callId) {
        BigDecimal paid = jdbc.sql("select coalesce(sum(d.amount), 0) from disbursement d join application a "
                + "on a.id = d.application_id where a.call_id = ?").param(callId).query(BigDecimal.class).single();
        long applications = jdbc.sql("select count(*) from application where call_id = ?").param(callId)
                .query(Long.class).single();
        return new Spending(committed(callId, java.util.List.of()).setScale(2), paid.setScale(2), applications);
    }

    private BigDecimal committed(long callId, java.util.Collection<Long> except) {
        String others = except.isEmpty() ? "" : " and a.id not in (" + "?,".repeat(except.size() - 1) + "?)";
        var query = jdbc.sql("select coalesce(sum(x.amount), 0) from (select " + HELD + " as amount from application a "
                + "where a.call_id = ?" + others + ") x").param(callId);
        for (Long id : except) {
            query = query.param(id);
        }
        BigDecimal committed = query.query(BigDecimal.class).single();
        return committed == null ? BigDecimal.ZERO : committed;
    }
}
