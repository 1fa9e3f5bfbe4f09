package org.ipflow.integration;

import java.net.URI;
import java.net.URISyntaxException;
import java.security.SecureRandom;
import java.time.Clock;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.ipflow.shared.AdminActionPerformed;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The administrator's subscriptions: checked against the allow-list, each change audited. The secret is
 * generated here, 256 random bits, and returned once with the new subscription.
 */
@Service
@Transactional
class Webhooks {

    static final int MAX_URL = 200;
    private static final SecureRandom RANDOM = new SecureRandom();

    private final WebhookRepository repository;
    private final WebhookSettings settings;
    private final MessageSource messages;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    Webhooks(WebhookRepository repository, WebhookSettings settings, MessageSource messages,
            ApplicationEventPublisher events, ObjectProvider<Clock> clock) {
        this.repository = repository;
        this.settings = settings;
        this.messages = messages;
        this.events = events;
        this.clock = clock.getIfAvailable(Clock::systemUTC);
    }

    @Transactional(readOnly = true)
    List<Webhook> all() {
        return repository.all();
    }

    /** What is wrong with the request, by field, in {@code locale}; empty when it may be saved. */
    Map<String, String> errors(WebhookRequest request, Locale locale) {
        Map<String, String> errors = new LinkedHashMap<>();
        urlError(request.url()).ifPresent(code -> errors.put("url",
                messages.getMessage(code, new Object[] {String.join(", ", settings.allowedHosts())}, locale)));
        List<String> wanted = request.events() == null ? List.of() : request.events();
        if (wanted.isEmpty() || wanted.stream().anyMatch(e -> WebhookEvent.ofType(e).isEmpty())) {
            errors.put("events", messages.getMessage("webhook.error.events", null, locale));
        }
        return errors;
    }

    private Optional<String> urlError(String url) {
        if (url == null || url.isBlank() || url.strip().length() > MAX_URL) {
            return Optional.of("webhook.error.url");
        }
        try {
            URI uri = new URI(url.strip());
            if (uri.getHost() == null || uri.getUserInfo() != null || !uri.isAbsolute()) {
                return Optional.of("webhook.error.url");
            }
            if (!settings.allows(uri.getHost())) {
                return Optional.of("webhook.error.host");
            }
            return settings.deliverable(uri) ? Optional.empty() : Optional.of("webhook.error.https");
        } catch (URISyntaxException e) {
            return Optional.of("webhook.error.url");
        }
    }

    /** Saves a checked request; the answer carries the secret. */
    Webhook create(String actor, WebhookRequest request) {
        byte[] random = new byte[32];
        RANDOM.nextBytes(random);
        String secret = HexFormat.of().formatHex(random);
        long id = repository.insert(request.url().strip(), distinct(request), secret, request.isActive(), actor,
                clock.instant());
        audit(actor, "WEBHOOK_CREATE", id, request);
        return repository.find(id).orElseThrow();
    }

    Optional<Webhook> update(String actor, long id, WebhookRequest request) {
        if (!repository.update(id, request.url().strip(), distinct(request), request.isActive())) {
            return Optional.empty();
        }
        audit(actor, "WEBHOOK_UPDATE", id, request);
        return repository.find(id);
    }

    boolean delete(String actor, long id) {
        Optional<Webhook> webhook = repository.find(id);
        if (webhook.isEmpty() || !repository.delete(id)) {
            return false;
        }
        events.publishEvent(new AdminActionPerformed(actor, "WEBHOOK_DELETE", "webhook:" + id, webhook.get().url()));
        return true;
    }

    private void audit(String actor, String action, long id, WebhookRequest request) {
        events.publishEvent(new AdminActionPerformed(actor, action, "webhook:" + id, request.url().strip() + " "
                + distinct(request) + (request.isActive() ? "" : " (inactive)")));
    }

    private static List<String> distinct(WebhookRequest request) {
        return request.events().stream().distinct().toList();
    }
}
