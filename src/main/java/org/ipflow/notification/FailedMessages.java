package org.ipflow.notification;

import java.time.Clock;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.ipflow.shared.AdminActionPerformed;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** The administrator's view of the outbox: messages by status, and a FAILED one sent again, audited. */
@Service
@Transactional
class FailedMessages {

    static final Set<String> STATUSES = Set.of("PENDING", "SENDING", "SENT", "FAILED");
    static final int LIMIT = 200;

    /** What a resend did: not found, not FAILED (nothing done), or queued again. */
    enum Resend { UNKNOWN, NOT_FAILED, QUEUED }

    private final OutboxStore store;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    FailedMessages(OutboxStore store, ApplicationEventPublisher events, ObjectProvider<Clock> clock) {
        this.store = store;
        this.events = events;
        this.clock = clock.getIfAvailable(Clock::systemUTC);
    }

    @Transactional(readOnly = true)
    List<OutboundMessage> withStatus(String status) {
        return store.withStatus(status, LIMIT);
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
