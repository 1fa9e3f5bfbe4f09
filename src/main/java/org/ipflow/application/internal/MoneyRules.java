package org.ipflow.application.internal;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.ipflow.application.Application;
import org.ipflow.application.ValidationFailed;
import org.ipflow.shared.OfficeTime;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Component;

/**
 * The amount rules every programme shares, checked before a task completes so that a refusal is a form
 * error and nothing is recorded: an approved (or confirmed) amount at most the recommended one and within
 * what is left of the programme's yearly cap for the enterprise; a payment at most the approved amount
 * and dated no earlier than the approval.
 */
@Component
public class MoneyRules {

    /** The process variables the rules read, from the task's scope. */
    public static final List<String> LIMITS = List.of("recommendedAmount", "approvedAmount", "yearlyCap");

    private final YearlyCaps caps;
    private final ApplicationRepository applications;
    private final MessageSource messages;

    MoneyRules(YearlyCaps caps, ApplicationRepository applications, MessageSource messages) {
        this.caps = caps;
        this.applications = applications;
        this.messages = messages;
    }

    /**
     * Checks the amounts of a completion against the process's {@link #LIMITS}. The cap check locks the
     * enterprise until the caller's transaction ends, so the reservation step that follows the approval
     * in the same transaction finds the room this check saw.
     */
    public void check(Map<String, Object> clean, Map<String, Object> limits, Application application) {
        if ("approve".equals(clean.get("decision")) && clean.get("approvedAmount") instanceof BigDecimal amount) {
            requireAtMost(amount, limits.get("recommendedAmount"), "approvedAmount", "task.error.aboveRecommended");
            if (limits.get("yearlyCap") instanceof Number cap) {
                YearlyCaps.Room room = caps.check(application.id(), amount, new BigDecimal(cap.toString()), today(), false);
                if (!room.within()) {
                    throw new ValidationFailed(Map.of("approvedAmount", message("task.error.aboveYearlyCap",
                            String.valueOf(room.year()), room.left().stripTrailingZeros().toPlainString(),
                            room.committed().stripTrailingZeros().toPlainString())));
                }
            }
            applications.setApprovedAmount(application.id(), amount);
        }
        if (clean.get("paidAmount") instanceof BigDecimal paid) {
            requireAtMost(paid, limits.get("approvedAmount"), "paidAmount", "task.error.aboveApproved");
        }
        if (clean.get("paidOn") != null) {
            LocalDate paidOn = date(clean.get("paidOn"));
            applications.approvedOn(application.id()).filter(paidOn::isBefore).ifPresent(approvedOn -> {
                throw new ValidationFailed(Map.of("paidOn", message("task.error.paidBeforeApproval", approvedOn.toString())));
            });
        }
    }

    private void requireAtMost(BigDecimal amount, Object limitValue, String field, String code) {
        if (limitValue instanceof Number number) {
            BigDecimal limit = new BigDecimal(number.toString());
            if (amount.compareTo(limit) > 0) {
                throw new ValidationFailed(Map.of(field, message(code, limit.toPlainString())));
            }
        }
    }

    private LocalDate date(Object value) {
        try {
            return value instanceof LocalDate day ? day : LocalDate.parse(value.toString());
        } catch (DateTimeParseException e) {
            throw new ValidationFailed(Map.of("paidOn", message("task.error.paidOnDate")));
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
