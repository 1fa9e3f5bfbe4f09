package org.ipflow.notification;

import java.time.Clock;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.ipflow.shared.AdminActionPerformed;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The administrator's view of the outbox: messages by status, the bodies of those carrying a secret withheld, and a
 * FAILED one sent again, audited.
 */
@Service
@Transactional
class FailedMessages {

    static final Set<String> STATUSES = Set.of("PENDING", "SENDING", "SENT", "FAILED");
    /**
     * Messages that carry a secret: a contact's verification code, a password reset's link or code. Whoever reads
     * them can take over the address or the account, so no administrator sees their bodies.
     */
    static final Set<String> SECRET_KINDS = Set.of(ContactVerification.KIND, "reset.mail", "reset.sms");
    static final int LIMIT = 200;

    /** What a resend did: not found, not FAILED (nothing done), or queued again. */
    enum Resend { UNKNOWN, NOT_FAILED, QUEUED }

    private final OutboxStore store;
    private final ApplicationEventPublisher events;
    private final Clock clock;
    private final MessageSource messages;

    FailedMessages(OutboxStore store, ApplicationEventPublisher events, ObjectProvider<Clock> clock,
            MessageSource messages) {
        this.store = store;
        this.events = events;
        this.messages = messages;
        this.clock = clock.getIfAvailable(Clock::systemUTC);
    }

    @Transactional(readOnly = true)
    List<OutboundMessage> withStatus(String status) {
        String withheld = messages.getMessage("outbox.withheld", null, LocaleContextHolder.getLocale());
        return store.withStatus(status, LIMIT).stream().map(m -> SECRET_KINDS.contains(m.kind()) ? new OutboundMessage(
                m.id(), m.channel(), m.recipient(), m.address(), m.kind(), m.language(), m.subject(), withheld,
                m.status(), m.attempts(), m.nextAttemptAt(), m.lastError(), m.createdAt(), m.sentAt()) : m).toList();
    }

    /** Queues a FAILED message again with fresh attempts; the audit log names who and which. */
    Resend resend(String actor, long id) {
        Optional<OutboundMessage> message = store.find(id);
        if (message.isEmpty()) {
            return Resend.UNKNOWN;
        }
        if (!store.resend(id, clock.instant())) {
            return Resend.NOT_FAILED;
        }
        OutboundMessage m = message.get();
        events.publishEvent(new AdminActionPerformed(actor, "RESEND_MESSAGE", "message:" + id,
                m.channel() + " " + m.kind() + " to " + m.address() + "; last error: " + m.lastError()));
        return Resend.QUEUED;
    }
}
