package org.ipflow.notification;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.Map;

/**
 * SMS through the provider's HTTP API ({@code ipflow.notifications.sms.*}): a JSON POST of sender, number and
 * text with a bearer key. The subject is left out: an SMS has the body alone.
 */
final class SmsTransport implements Transport {

    private static final Duration TIMEOUT = Duration.ofSeconds(10);

    private final NotificationSettings.Sms settings;
    private final ObjectMapper json;
    private final HttpClient http = HttpClient.newBuilder().connectTimeout(TIMEOUT).build();

    SmsTransport(NotificationSettings.Sms settings, ObjectMapper json) {
        this.settings = settings;
        this.json = json;
    }

    @Override
    public Channel channel() {
        return Channel.SMS;
    }

    @Override
    public void send(OutboundMessage message) throws Exception {
        String payload = json.writeValueAsString(Map.of("from", settings.sender(), "to", message.address(),
                "text", message.body()));
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(settings.url())).timeout(TIMEOUT)
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(payload));
        if (settings.key() != null && !settings.key().isBlank()) {
            request.header("Authorization", "Bearer " + settings.key());
        }
        HttpResponse<String> answer = http.send(request.build(), HttpResponse.BodyHandlers.ofString());
        if (answer.statusCode() / 100 != 2) {
            String text = answer.body() == null ? "" : answer.body();
            throw new IllegalStateException("SMS provider answered " + answer.statusCode() + ": "
                    + text.substring(0, Math.min(text.length(), 200)));
        }
    }
}
