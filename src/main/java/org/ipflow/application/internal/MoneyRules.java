package org.ipflow.application.internal;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.ipflow.application.Application;
import org.ipflow.application.ValidationFailed;
import org.ipflow.shared.Money;
import org.ipflow.shared.OfficeTime;
import org.ipflow.shared.ProcessVariables;
import org.ipflow.shared.ProcessVariables.Values;
import org.ipflow.shared.ShownAmounts;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Component;

/**
 * The amount rules every programme shares, checked before a task completes so that a refusal is a form
 * error and nothing is recorded: an approved (or confirmed) amount at most the recommended one and within
 * what is left of the programme's yearly cap for the enterprise and of its call's budget; a payment at most the approved amount
 * (or the tranche due, for a programme paid in tranches) and dated no earlier than the approval; a recovery at most
 * what was paid.
 */
@Component
public class MoneyRules {

    /** The process variables the rules read, from the task's scope. */
    public static final List<String> LIMITS = List.of(ProcessVariables.RECOMMENDED_AMOUNT,
            ProcessVariables.APPROVED_AMOUNT, ProcessVariables.YEARLY_CAP, ProcessVariables.TRANCHE_AMOUNT);

    private final YearlyCaps caps;
    private final CallBudgets budgets;
    private final ApplicationRepository applications;
    private final MessageSource messages;
    private final ShownAmounts shown;
    private final Disbursements disbursements;

    MoneyRules(YearlyCaps caps, CallBudgets budgets, ApplicationRepository applications, MessageSource messages,
            ShownAmounts shown, Disbursements disbursements) {
        this.disbursements = disbursements;
        this.caps = caps;
        this.budgets = budgets;
        this.applications = applications;
        this.messages = messages;
        this.shown = shown;
    }

    /**
     * Checks the amounts of a completion against the process's {@link #LIMITS}. The cap check locks the
     * enterprise until the caller's transaction ends, so the reservation step that follows the approval
     * in the same transaction finds the room this check saw.
     */
    public void check(Map<String, Object> clean, Map<String, Object> limits, Application application) {
        if (Values.APPROVE.equals(clean.get(ProcessVariables.DECISION))
                && clean.get(ProcessVariables.APPROVED_AMOUNT) instanceof BigDecimal approved) {
            Money amount = Money.of(approved);
            requireAtMost(amount, limits.get(ProcessVariables.RECOMMENDED_AMOUNT), ProcessVariables.APPROVED_AMOUNT,
                    "task.error.aboveRecommended");
            if (limits.get(ProcessVariables.YEARLY_CAP) != null) {
                Money cap = Money.fromVariable(limits.get(ProcessVariables.YEARLY_CAP));
                YearlyCaps.Room room = caps.check(application.id(), amount, cap, today(), false);
                if (!room.within()) {
                    throw new ValidationFailed(Map.of(ProcessVariables.APPROVED_AMOUNT,
                            message("task.error.aboveYearlyCap", String.valueOf(room.year()),
                                    shown.money(room.left()), shown.money(room.committed()))));
                }
            }
            checkCallBudget(application, amount);
            applications.setApprovedAmount(application.id(), amount.yuan());
        }
        if (clean.get(ProcessVariables.PAID_AMOUNT) instanceof BigDecimal paid) {
            // A payment step of a programme paid in tranches pays the tranche due, not the whole approval.
            if (limits.get(ProcessVariables.TRANCHE_AMOUNT) != null) {
                requireAtMost(Money.of(paid), limits.get(ProcessVariables.TRANCHE_AMOUNT), ProcessVariables.PAID_AMOUNT,
                        "task.error.aboveTranche");
            } else {
                requireAtMost(Money.of(paid), limits.get(ProcessVariables.APPROVED_AMOUNT),
                        ProcessVariables.PAID_AMOUNT, "task.error.aboveApproved");
            }
        }
        if (Values.RECOVER.equals(clean.get(ProcessVariables.DECISION))) {
            checkRecovery(clean.get(ProcessVariables.RECOVERY_AMOUNT), application);
        }
        if (clean.get(ProcessVariables.PAID_ON) != null) {
            LocalDate paidOn = date(clean.get(ProcessVariables.PAID_ON));
            applications.approvedOn(application.id()).filter(paidOn::isBefore).ifPresent(approvedOn -> {
                throw new ValidationFailed(Map.of(ProcessVariables.PAID_ON,
                        message("task.error.paidBeforeApproval", approvedOn.toString())));
            });
        }
    }

    /** A recovery takes back more than nothing and at most what was paid, recoveries before it taken off. */
    private void checkRecovery(Object amount, Application application) {
        if (!(amount instanceof BigDecimal recovered) || recovered.signum() <= 0) {
            throw new ValidationFailed(Map.of(ProcessVariables.RECOVERY_AMOUNT, message("task.error.recoveryAmount")));
        }
        requireAtMost(Money.of(recovered), disbursements.paidInAll(application.id()), ProcessVariables.RECOVERY_AMOUNT,
                "task.error.aboveRecoverable");
    }

    /** After the cap (enterprise, then call: one order of locks for every approval, so none waits in a circle). */
    private void checkCallBudget(Application application, Money amount) {
        if (application.callId() == null) {
            return;
        }
        CallBudgets.Room room = budgets.check(application.callId(), amount, List.of(application.id()));
        if (!room.within()) {
            throw new ValidationFailed(Map.of(ProcessVariables.APPROVED_AMOUNT, message("task.error.aboveCallBudget",
                    shown.money(room.budget()), shown.money(room.committed()), shown.money(room.left()))));
        }
    }

    private void requireAtMost(Money amount, Object limitValue, String field, String code) {
        if (limitValue != null) {
            Money limit = Money.fromVariable(limitValue);
            if (amount.isGreaterThan(limit)) {
                throw new ValidationFailed(Map.of(field, message(code, shown.money(limit))));
            }
        }
    }

    private LocalDate date(Object value) {
        try {
            return value instanceof LocalDate day ? day : LocalDate.parse(value.toString());
        } catch (DateTimeParseException e) {
            throw new ValidationFailed(Map.of(ProcessVariables.PAID_ON, message("task.error.paidOnDate")));
        }
    }

    /** Today in the office's zone by the engine's clock, which the process's own dates follow. */
    private static LocalDate today() {
        return ClockUtil.getCurrentTime().toInstant().atZone(OfficeTime.ZONE).toLocalDate();
    }

    private String message(String code, Object... args) {
        return messages.getMessage(code, args, code, LocaleContextHolder.getLocale());
    }
}
