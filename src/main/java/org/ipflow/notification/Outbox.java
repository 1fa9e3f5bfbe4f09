package org.ipflow.notification;

import java.time.Clock;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * Writes e-mails and SMS to the outbox, always inside the caller's transaction (a rolled-back event sends
 * nothing), for the sender to deliver afterwards. A channel this installation does not have is skipped: the
 * caller's work goes on as if nothing was to be sent.
 */
@Service
@Transactional(propagation = Propagation.MANDATORY)
public class Outbox {

    private final OutboxStore store;
    private final Transports transports;
    private final NotificationSettings settings;
    private final Clock clock;

    Outbox(OutboxStore store, Transports transports, NotificationSettings settings, ObjectProvider<Clock> clock) {
        this.store = store;
        this.transports = transports;
        this.settings = settings;
        this.clock = clock.getIfAvailable(Clock::systemUTC);
    }

    @Transactional(propagation = Propagation.SUPPORTS)
    public boolean has(Channel channel) {
        return transports.has(channel);
    }

    /** The address of an IPFlow page as its users reach it ({@code ipflow.notifications.base-url}), for links. */
    @Transactional(propagation = Propagation.SUPPORTS)
    public String address(String path) {
        return settings.baseUrl() + path;
    }

    /**
     * Writes one message in the recipient's language; empty when the channel is not configured, the address is
     * blank, or a message of the same {@code dedupeKey} was written before.
     */
    public Optional<Long> enqueue(Channel channel, String recipient, String address, String kind, Locale language,
            String subject, String body, String dedupeKey) {
        if (!has(channel) || address == null || address.isBlank()) {
            return Optional.empty();
        }
        String lang = Locale.ENGLISH.getLanguage().equals(language.getLanguage()) ? "en" : "zh";
        return store.insert(new NewMessage(channel, recipient, address.strip(), kind, lang, subject, body, dedupeKey),
                clock.instant());
    }

    void withdraw(List<Long> ids) {
        store.delete(ids);
    }
}
