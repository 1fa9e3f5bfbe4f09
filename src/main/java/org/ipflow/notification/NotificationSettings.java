package org.ipflow.notification;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * {@code ipflow.notifications.*}: how the outbox's sender retries and how long it holds a claimed message;
 * the SMS provider ({@code sms.url}, unset: no SMS is written to the outbox); the address of IPFlow as its
 * users reach it, for links in messages; the sender address of e-mails (the SMTP server is {@code spring.mail.*}).
 *
 * @param maxAttempts sends tried before a message is FAILED
 * @param firstRetry the wait after the first failure; each further failure doubles it
 * @param lease how long a node holds a claimed message; longer than any one send may take
 * @param batch messages claimed at once by one node
 */
@ConfigurationProperties("ipflow.notifications")
record NotificationSettings(@DefaultValue("5") int maxAttempts, @DefaultValue("PT1M") Duration firstRetry,
        @DefaultValue("PT5M") Duration lease, @DefaultValue("20") int batch,
        @DefaultValue("http://localhost:8080") String baseUrl, @DefaultValue("ipflow@localhost") String mailFrom,
        @DefaultValue Sms sms) {

    NotificationSettings {
        if (maxAttempts < 1 || batch < 1) {
            throw new IllegalArgumentException("ipflow.notifications.max-attempts and .batch must be at least 1");
        }
    }

    /**
     * The SMS provider's HTTP API: a JSON POST {@code {"from": sender, "to": number, "text": text}} to {@code url}
     * with {@code Authorization: Bearer key}; any 2xx answer is a send.
     */
    record Sms(String url, String key, @DefaultValue("IPFlow") String sender) {

        boolean configured() {
            return url != null && !url.isBlank();
        }
    }

    /** The wait before attempt {@code attempts + 1}, after {@code attempts} failures: doubling, at most a day. */
    Duration backOff(int attempts) {
        Duration wait = firstRetry.multipliedBy(1L << Math.min(Math.max(attempts - 1, 0), 20));
        return wait.compareTo(Duration.ofDays(1)) > 0 ? Duration.ofDays(1) : wait;
    }
}
