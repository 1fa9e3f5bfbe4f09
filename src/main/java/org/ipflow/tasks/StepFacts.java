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
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Component;

/**
 * What a task page shows of the process beside the application, current for the task's step and ready to
 * read: an approval the experts' mean score and the recommended amount it may not exceed, an objection
 * review the end of the public notice it falls in, a disbursement the approved amount and the account to
 * pay; amounts in yuan, moments in office time. A correction deadline is the enterprise's, over once it
 * resubmitted, and no task shows it; nor does a scoring step show an earlier round's mean.
 */
@Component
class StepFacts {

    static final String PAYEE_ACCOUNT = "payeeAccount";

    private final ProcessTasks processTasks;
    private final OfficeTime officeTime;
    private final ObjectProvider<PayeeAccounts> payees;

    StepFacts(ProcessTasks processTasks, OfficeTime officeTime, ObjectProvider<PayeeAccounts> payees) {
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
            }
            PayeeAccounts accounts = payees.getIfAvailable();
            facts.put(PAYEE_ACCOUNT, accounts == null ? "" : accounts.of(item.application().enterpriseId())
                    .map(PayeeAccounts.Account::text).orElse(""));
        }
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
