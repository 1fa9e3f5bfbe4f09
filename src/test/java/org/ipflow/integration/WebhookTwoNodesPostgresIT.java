package org.ipflow.integration;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.ipflow.PostgresTest;
import org.ipflow.PostgresTestDatabase;
import org.ipflow.notification.Channel;
import org.ipflow.notification.OutboxRounds;
import org.junit.jupiter.api.Test;
import org.springframework.jdbc.datasource.DriverManagerDataSource;

/**
 * Two nodes' outbox senders on one real PostgreSQL deliver webhooks to a receiver on loopback: every delivery
 * arrives exactly once, signed, and a second write of the same subscriber and event is refused by the outbox.
 */
@PostgresTest
class WebhookTwoNodesPostgresIT {

    @Test
    void twoNodesDeliverEveryEventToEverySubscriberExactlyOnce() throws Exception {
        var outbox = new OutboxRounds.TwoNodes(new DriverManagerDataSource(PostgresTestDatabase.newDatabase(),
                "postgres", ""));
        try (WebhookReceiver receiver = new WebhookReceiver(0)) {
            receiver.secret("s3cret");
            Map<Long, Webhook> subscriptions = List.of(1L, 2L).stream().collect(Collectors.toMap(Function.identity(),
                    id -> new Webhook(id, receiver.url(), List.of("application.paid"), "s3cret", true, "admin",
                            Instant.now())));
            List<String> events = IntStream.range(0, 20).mapToObj(n -> UUID.randomUUID().toString()).toList();
            for (String event : events) {
                String body = "{\"id\":\"" + event + "\",\"type\":\"application.paid\",\"data\":{}}";
                for (long subscription : subscriptions.keySet()) {
                    assertThat(write(outbox, subscription, event, body)).isPresent();
                    assertThat(write(outbox, subscription, event, body)).as("one row per subscriber and event").isEmpty();
                }
            }
            WebhookTransport transport = new WebhookTransport(id -> Optional.ofNullable(subscriptions.get(id)),
                    new WebhookSettings(List.of("127.0.0.1")), Clock.systemUTC());

            outbox.sendAll(transport, Clock.offset(Clock.systemUTC(), java.time.Duration.ofSeconds(1)));

            assertThat(receiver.received()).hasSize(40).allSatisfy(r -> assertThat(r.verified()).isTrue());
            assertThat(receiver.received().stream().collect(Collectors.groupingBy(
                    WebhookReceiver.Received::eventId, Collectors.counting())))
                    .hasSize(20).allSatisfy((event, count) -> assertThat(count).as(event).isEqualTo(2L));
        }
    }

    private static Optional<Long> write(OutboxRounds.TwoNodes outbox, long subscription, String event, String body) {
        return outbox.enqueue(Channel.WEBHOOK, WebhookTransport.RECIPIENT + subscription, "http://127.0.0.1/hook",
                "application.paid", event, body, "webhook:" + subscription + ":" + event);
    }
}
