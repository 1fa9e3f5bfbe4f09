package org.ipflow.notification;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Sends the outbox's due messages, on every node: claims a batch in a short transaction of its own (rows other
 * nodes hold are skipped), then sends each outside any transaction and records the outcome. A failed send is
 * retried after a doubling wait until {@code ipflow.notifications.max-attempts}, then FAILED for an
 * administrator to look at and resend.
 * <p>
 * "Never twice" is at-most-once after the claim: SMTP and SMS APIs cannot tell whether a message whose node
 * died mid-send left or not, so a message still SENDING when its lease ends is not sent again but marked
 * FAILED with {@link #INTERRUPTED}; the administrator checks with the recipient before resending it.
 */
@Component
class OutboxSender {

    static final String INTERRUPTED = "interrupted while sending: the node stopped before the outcome was known; "
            + "check with the recipient before resending";

    private static final Logger LOG = LoggerFactory.getLogger(OutboxSender.class);

    private final OutboxStore store;
    private final Transports transports;
    private final NotificationSettings settings;
    private final TransactionTemplate transaction;
    private final Clock clock;

    OutboxSender(OutboxStore store, Transports transports, NotificationSettings settings,
            PlatformTransactionManager transactions, ObjectProvider<Clock> clock) {
        this.store = store;
        this.transports = transports;
        this.settings = settings;
        this.transaction = new TransactionTemplate(transactions);
        this.clock = clock.getIfAvailable(Clock::systemUTC);
    }

    @Scheduled(initialDelayString = "${ipflow.notifications.poll:PT10S}",
            fixedDelayString = "${ipflow.notifications.poll:PT10S}")
    void scheduled() {
        try {
            sendDue();
        } catch (RuntimeException e) {
            // The database may be briefly away; the next round tries again, and no message was lost.
            LOG.warn("outbox round failed: {}", e.toString());
        }
    }

    /** One round: gives up on interrupted sends, then sends one batch of due messages; returns how many were tried. */
    int sendDue() {
        Instant now = clock.instant();
        Integer interrupted = transaction.execute(status -> store.expireLeases(now, INTERRUPTED));
        if (interrupted != null && interrupted > 0) {
            LOG.warn("{} outbox message(s) were interrupted mid-send and are now FAILED", interrupted);
        }
        List<OutboundMessage> claimed = transaction.execute(status -> store.claim(now, settings.lease(), settings.batch()));
        claimed.forEach(this::deliver);
        return claimed.size();
    }

    private void deliver(OutboundMessage message) {
        Optional<Transport> transport = transports.of(message.channel());
        try {
            transport.orElseThrow(() -> new IllegalStateException(message.channel() + " is not configured")).send(message);
            store.sent(message.id(), clock.instant());
        } catch (Exception e) {
            Instant retry = message.attempts() >= settings.maxAttempts() ? null
                    : clock.instant().plus(settings.backOff(message.attempts()));
            store.failed(message.id(), describe(e), retry);
        }
    }

    private static String describe(Exception e) {
        Throwable cause = e;
        while (cause.getCause() != null && cause.getCause() != cause) {
            cause = cause.getCause();
        }
        return cause == e ? e.toString() : e + " (" + cause + ")";
    }
}
