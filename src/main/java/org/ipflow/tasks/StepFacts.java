package org.ipflow.tasks;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZonedDateTime;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.ipflow.forms.FormSchema;
import org.ipflow.shared.ExactDecimals;
import org.ipflow.shared.Money;
import org.ipflow.shared.OfficeTime;
import org.ipflow.shared.ProcessVariables;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Component;

/**
 * What a task page shows of the process beside the application, current for the task's step and ready to
 * read: an approval the experts' mean score and the recommended amount it may not exceed, an objection
 * review the end of the public notice it falls in, a disbursement the approved amount, the tranche it pays (of a
 * programme paid in tranches) and the account to pay; amounts in yuan, moments in office time. A correction deadline is the enterprise's, over once it
 * resubmitted, and no task shows it; nor does a scoring step show an earlier round's mean.
 */
@Component
class StepFacts {

    static final String PAYEE_ACCOUNT = "payeeAccount";

    private final ProcessTasks processTasks;
    private final OfficeTime officeTime;
    private final ObjectProvider<PayeeAccounts> payees;
    private final MessageSource messages;

    StepFacts(ProcessTasks processTasks, OfficeTime officeTime, ObjectProvider<PayeeAccounts> payees,
            MessageSource messages) {
        this.messages = messages;
        this.processTasks = processTasks;
        this.officeTime = officeTime;
        this.payees = payees;
    }

    /** Fact names (message keys {@code fact.<name>}) with their text; an account not on file says so. */
    Map<String, String> of(Authentication user, WorkItem item, FormSchema form, boolean objectionReview) {
        List<String> names = new ArrayList<>();
        if (has(form, ProcessVariables.APPROVED_AMOUNT)) {
            names.addAll(List.of(ProcessVariables.MEAN_SCORE, ProcessVariables.RECOMMENDED_AMOUNT));
        }
        if (objectionReview) {
            names.add(ProcessVariables.NOTICE_UNTIL);
        }
        Map<String, String> facts = new LinkedHashMap<>();
        processTasks.values(user, item.id(), names).forEach((name, value) -> facts.put(name, text(name, value)));
        if (has(form, ProcessVariables.PAID_AMOUNT)) {
            BigDecimal approved = item.application().approvedAmount();
            if (approved != null) {
                facts.put(ProcessVariables.APPROVED_AMOUNT, Money.of(approved).format(LocaleContextHolder.getLocale()));
                facts.putAll(tranche(user, item, Money.of(approved)));
            }
            PayeeAccounts accounts = payees.getIfAvailable();
            facts.put(PAYEE_ACCOUNT, accounts == null ? "" : accounts.of(item.application().enterpriseId())
                    .map(PayeeAccounts.Account::text).orElse(""));
        }
        return facts;
    }

    /**
     * A programme paid in tranches: which one this step pays, as a share of the approved amount, and how much
     * that is at most, so that finance does not pay the whole approval at the award.
     */
    private Map<String, String> tranche(Authentication user, WorkItem item, Money approved) {
        Map<String, Object> values = processTasks.values(user, item.id(),
                List.of(ProcessVariables.PAYMENT_TRANCHE, ProcessVariables.TRANCHE_AMOUNT));
        if (!(values.get(ProcessVariables.PAYMENT_TRANCHE) instanceof String tranche)
                || values.get(ProcessVariables.TRANCHE_AMOUNT) == null || approved.isZero()) {
            return Map.of();
        }
        Money due = Money.fromVariable(values.get(ProcessVariables.TRANCHE_AMOUNT));
        long percent = due.yuan().movePointRight(2).divide(approved.yuan(), 0, java.math.RoundingMode.HALF_UP)
                .longValue();
        Map<String, String> facts = new LinkedHashMap<>();
        facts.put(ProcessVariables.PAYMENT_TRANCHE, messages.getMessage("fact.tranche." + tranche,
                new Object[] {percent}, tranche, LocaleContextHolder.getLocale()));
        facts.put(ProcessVariables.TRANCHE_AMOUNT, due.format(LocaleContextHolder.getLocale()));
        return facts;
    }

    private static boolean has(FormSchema form, String field) {
        return form != null && form.field(field).isPresent();
    }

    private String text(String name, Object value) {
        if (ProcessVariables.MEAN_SCORE.equals(name)) {
            return ExactDecimals.fromVariable(value).setScale(1, java.math.RoundingMode.HALF_UP).toPlainString();
        }
        if (value instanceof Number) {
            return Money.fromVariable(value).format(LocaleContextHolder.getLocale());
        }
        return value instanceof String text ? moment(text) : officeTime.minutes(value);
    }

    /** The process keeps moments as ISO text ({@code 2026-12-22T23:59:59+08:00}): shown in office time. */
    private String moment(String text) {
        try {
            return officeTime.minutes(OffsetDateTime.parse(text));
        } catch (DateTimeParseException notOffset) {
            try {
                return officeTime.minutes(ZonedDateTime.parse(text));
            } catch (DateTimeParseException notAMoment) {
                return text;
            }
        }
    }
}
