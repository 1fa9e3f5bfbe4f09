package org.ipflow.application.internal;

import java.util.Locale;
import java.util.Map;
import org.ipflow.application.Application;
import org.ipflow.application.ApplicationStatus;
import org.ipflow.application.DecisionKind;
import org.ipflow.application.EnterpriseNotified;
import org.ipflow.application.NewDecision;
import org.ipflow.application.StateConflict;
import org.ipflow.application.ValidationFailed;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Component;

/**
 * An enterprise withdraws its submitted application before a final decision
 * ({@link ApplicationStatus#withdrawable()}), giving a reason: the process ends, the timeline records who
 * withdrew it and why, the status becomes {@code WITHDRAWN} and the enterprise is told so. No
 * yearly cap needs freeing: a cap is reserved only at approval, after which withdrawal is refused.
 */
@Component
public class Withdrawal {

    static final int REASON_LENGTH = 1000;

    private final ApplicationRepository repository;
    private final ApplicationAccess access;
    private final ApplicationProcess process;
    private final DecisionRecords decisions;
    private final MessageSource messages;
    private final ApplicationEventPublisher events;

    Withdrawal(ApplicationRepository repository, ApplicationAccess access, ApplicationProcess process,
            DecisionRecords decisions, MessageSource messages, ApplicationEventPublisher events) {
        this.events = events;
        this.repository = repository;
        this.access = access;
        this.process = process;
        this.decisions = decisions;
        this.messages = messages;
    }

    public Application withdraw(String username, long id, String reason) {
        access.owned(username, id);
        String why = reason == null ? "" : reason.strip();
        if (why.isEmpty() || why.length() > REASON_LENGTH) {
            throw new ValidationFailed(Map.of("reason", message("application.error.withdrawReason", REASON_LENGTH)));
        }
        // Under the row lock, so that a decision being taken at this moment and the withdrawal take turns.
        repository.lock(id);
        Application application = repository.findById(id).orElseThrow();
        if (!application.status().withdrawable()) {
            throw new StateConflict(message("application.error.notWithdrawable"));
        }
        process.withdraw(application, why);
        decisions.record(NewDecision.of(id, "Withdraw", "撤回申报", username, DecisionKind.WITHDRAWAL)
                .withComment(why));
        repository.updateStatus(id, ApplicationStatus.WITHDRAWN);
        // In the enterprise's own terms: the generic message of the status speaks of a missed correction deadline.
        events.publishEvent(new EnterpriseNotified(id, application.enterpriseId(), application.number(),
                messages.getMessage("notification.withdrawnByEnterprise", new Object[] {why}, Locale.SIMPLIFIED_CHINESE),
                messages.getMessage("notification.withdrawnByEnterprise", new Object[] {why}, Locale.ENGLISH)));
        return repository.findById(id).orElseThrow();
    }

    private String message(String code, Object... args) {
        return messages.getMessage(code, args, code, LocaleContextHolder.getLocale());
    }
}
