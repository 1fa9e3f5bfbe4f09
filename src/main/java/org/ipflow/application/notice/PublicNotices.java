package org.ipflow.application.notice;

import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.ipflow.application.Application;
import org.ipflow.application.ApplicationNotFound;
import org.ipflow.application.ApplicationStatus;
import org.ipflow.application.DecisionKind;
import org.ipflow.application.NewDecision;
import org.ipflow.application.ValidationFailed;
import org.ipflow.application.internal.ApplicationProcess;
import org.ipflow.application.internal.ApplicationRepository;
import org.ipflow.application.internal.DecisionRecords;
import org.ipflow.shared.ClientQuotas;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Public notice (公示): anyone may see the applications under notice and file an objection while the
 * notice runs. Filing is limited to {@link #MAX_PER_HOUR} an hour per client address ({@link ClientQuotas}:
 * counted in the database, so every node shares it, and atomically, so a burst gets no more).
 */
@Service
@Transactional
public class PublicNotices {

    static final int MAX_PER_HOUR = 5;

    private final ApplicationRepository applications;
    private final ObjectionRepository objections;
    private final ApplicationProcess process;
    private final DecisionRecords decisions;
    private final MessageSource messages;
    private final ClientQuotas quotas;
    private final TransactionTemplate transactions;

    PublicNotices(ApplicationRepository applications, ObjectionRepository objections, ApplicationProcess process,
            DecisionRecords decisions, MessageSource messages, ClientQuotas quotas,
            PlatformTransactionManager transactions) {
        this.applications = applications;
        this.objections = objections;
        this.process = process;
        this.decisions = decisions;
        this.messages = messages;
        this.quotas = quotas;
        this.transactions = new TransactionTemplate(transactions);
    }

    /** What the public may read of an application under notice: no documents, no contact data. */
    public record Notice(String number, String programme, String title, String region, java.math.BigDecimal amount,
            Instant noticeUntil) {
    }

    @Transactional(readOnly = true)
    public List<Notice> current() {
        Instant now = Instant.now();
        return applications.listByStatus(ApplicationStatus.PUBLIC_NOTICE, 500).stream()
                .filter(a -> a.noticeUntil() != null && a.noticeUntil().isAfter(now))
                .map(a -> new Notice(a.number(), a.programmeKey(), a.title(), a.region(), a.approvedAmount(),
                        a.noticeUntil()))
                .toList();
    }

    /**
     * Outside any transaction: the quota takes its slot in a transaction of its own (holding no connection
     * meanwhile), then the objection, its timeline entry and the process message commit together.
     */
    @Transactional(propagation = Propagation.NOT_SUPPORTED)
    public void object(String number, String name, String contact, String reason, String client) {
        Map<String, String> errors = new LinkedHashMap<>();
        check(errors, "name", name, 100);
        check(errors, "contact", contact, 200);
        check(errors, "reason", reason, 2000);
        if (!errors.isEmpty()) {
            throw new ValidationFailed(errors);
        }
        Application application = applications.findByNumber(number)
                .filter(a -> a.status() == ApplicationStatus.PUBLIC_NOTICE && a.noticeUntil() != null
                        && a.noticeUntil().isAfter(Instant.now()))
                .orElseThrow(() -> new ApplicationNotFound(number));
        if (quotas.take("objection", client, MAX_PER_HOUR, Duration.ofHours(1)).isPresent()) {
            throw new TooManyRequests(message("objection.error.tooMany"));
        }
        transactions.executeWithoutResult(status -> {
            long id = objections.insert(application.id(), name.strip(), contact.strip(), reason.strip(),
                    ClientQuotas.sha256(client));
            decisions.record(NewDecision.bySystem(application.id(), "Objection", "异议", DecisionKind.OBJECTION));
            process.objectionFiled(application, id);
        });
    }

    private void check(Map<String, String> errors, String field, String value, int max) {
        if (value == null || value.isBlank()) {
            errors.put(field, message("objection.error.required." + field));
        } else if (value.length() > max) {
            errors.put(field, message("objection.error.tooLong", max));
        }
    }

    private String message(String code, Object... args) {
        return messages.getMessage(code, args, code, LocaleContextHolder.getLocale());
    }

    /** Too many objections from one client within the hour. */
    public static class TooManyRequests extends RuntimeException {

        public TooManyRequests(String message) {
            super(message);
        }
    }
}
