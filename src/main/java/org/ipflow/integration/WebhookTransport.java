package org.ipflow.integration;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Clock;
import java.time.Duration;
import java.util.Optional;
import java.util.function.LongFunction;
import org.ipflow.notification.Channel;
import org.ipflow.notification.OutboundMessage;
import org.ipflow.notification.Transport;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.stereotype.Component;

/**
 * Delivers one webhook message for the outbox's sender: POSTs the stored body to the subscription's current URL,
 * signed at the moment of sending (a retry carries a fresh time), and counts any 2xx answer as delivered.
 * Redirects are not followed, so a subscriber cannot send the delivery to a host off the allow-list.
 */
@Component
class WebhookTransport implements Transport {

    /** The outbox's recipient of a delivery: this prefix and the subscription's id. */
    static final String RECIPIENT = "webhook:";
    private static final Duration TIMEOUT = Duration.ofSeconds(10);

    private final LongFunction<Optional<Webhook>> subscriptions;
    private final WebhookSettings settings;
    private final Clock clock;
    private final HttpClient http = HttpClient.newBuilder().connectTimeout(TIMEOUT)
            .followRedirects(HttpClient.Redirect.NEVER).build();

    @Autowired
    WebhookTransport(WebhookRepository repository, WebhookSettings settings, ObjectProvider<Clock> clock) {
        this(repository::find, settings, clock.getIfAvailable(Clock::systemUTC));
    }

    WebhookTransport(LongFunction<Optional<Webhook>> subscriptions, WebhookSettings settings, Clock clock) {
        this.subscriptions = subscriptions;
        this.settings = settings;
        this.clock = clock;
    }

    @Override
    public Channel channel() {
        return Channel.WEBHOOK;
    }

    @Override
    public void send(OutboundMessage message) throws Exception {
        long id = Long.parseLong(message.recipient().substring(RECIPIENT.length()));
        Webhook subscription = subscriptions.apply(id)
                .orElseThrow(() -> new IllegalStateException("webhook subscription " + id + " was deleted"));
        if (!subscription.active()) {
            throw new IllegalStateException("webhook subscription " + id + " is inactive");
        }
        URI url = URI.create(subscription.url());
        if (!settings.deliverable(url)) {
            throw new IllegalStateException(url.getHost() + " is no longer on ipflow.webhooks.allowed-hosts");
        }
        HttpRequest request = HttpRequest.newBuilder(url).timeout(TIMEOUT)
                .header("Content-Type", "application/json")
                .header(WebhookSignature.EVENT_ID, message.subject())
                .header(WebhookSignature.HEADER, WebhookSignature.header(subscription.secret(),
                        clock.instant().getEpochSecond(), message.body()))
                .POST(HttpRequest.BodyPublishers.ofString(message.body()))
                .build();
        HttpResponse<String> answer = http.send(request, HttpResponse.BodyHandlers.ofString());
        if (answer.statusCode() / 100 != 2) {
            String text = answer.body() == null ? "" : answer.body();
            throw new IllegalStateException("subscriber answered " + answer.statusCode() + ": "
                    + text.substring(0, Math.min(text.length(), 200)));
        }
    }
}
