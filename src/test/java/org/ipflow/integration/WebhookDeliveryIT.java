package org.ipflow.integration;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.ipflow.IpflowTest;
import org.ipflow.MovableClock;
import org.ipflow.application.ApiClient;
import org.ipflow.notification.OutboxRounds;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.context.ApplicationContext;
import org.springframework.http.HttpMethod;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * An administrator registers a receiver on loopback; an enterprise's submission reaches it through the outbox,
 * signed with the secret the administrator was shown once: refused with 500 at first, delivered on the retry
 * after the back-off, with the same event id and bytes; resent by the administrator, the same bytes again.
 */
@IpflowTest
class WebhookDeliveryIT {

    @Autowired
    TestRestTemplate rest;
    @Autowired
    ApplicationContext context;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    MovableClock clock;
    @Autowired
    ObjectMapper json;

    private final List<Long> subscriptions = new java.util.ArrayList<>();

    @AfterEach
    void cleanUp() {
        clock.release();
        // The context is shared: later tests' events must not be written for a receiver that is gone.
        subscriptions.forEach(id -> new ApiClient(rest).call("admin", HttpMethod.DELETE, "/api/admin/webhooks/" + id, null));
        jdbc.sql("delete from outbound_message where channel = 'WEBHOOK'").update();
    }

    @Test
    void aSubmissionIsDeliveredSignedAndRetriedAfterTheReceiverFailedOnceWithTheSameIdAndBytes() throws Exception {
        ApiClient api = new ApiClient(rest);
        try (WebhookReceiver receiver = new WebhookReceiver(1)) {
            var created = api.call("admin", HttpMethod.POST, "/api/admin/webhooks",
                    Map.of("url", receiver.url(), "events", List.of("application.submitted")));
            assertThat(created.getStatusCode().value()).isEqualTo(201);
            String secret = (String) created.getBody().get("secret");
            assertThat(secret).matches("[0-9a-f]{64}");
            long id = ((Number) created.getBody().get("id")).longValue();
            subscriptions.add(id);
            receiver.secret(secret);
            assertThat(api.list("admin", "/api/admin/webhooks").getBody())
                    .anySatisfy(w -> assertThat(w).containsEntry("url", receiver.url()).doesNotContainKey("secret"));

            // Earlier tests' e-mails and SMS have no server here; only this test's deliveries are sent.
            jdbc.sql("delete from outbound_message where status = 'PENDING'").update();
            clock.pin(Instant.now());
            String enterprise = api.newEnterprise();
            long application = api.submittedGrant(enterprise, "推送测试项目", 100000, 40000);
            String number = (String) api.application(enterprise, application).get("number");

            OutboxRounds.drain(context);
            assertThat(receiver.received()).singleElement().satisfies(r -> assertThat(r.answered()).isEqualTo(500));
            assertThat(status(id)).as("due again after the back-off").isEqualTo("PENDING");
            OutboxRounds.drain(context);
            assertThat(receiver.received()).as("not before the back-off").hasSize(1);

            clock.advance(Duration.ofMinutes(2));
            OutboxRounds.drain(context);
            assertThat(receiver.received()).hasSize(2);
            var first = receiver.received().get(0);
            var retry = receiver.received().get(1);
            assertThat(retry.verified()).as("signed with the secret shown at registration").isTrue();
            assertThat(retry.answered()).isEqualTo(204);
            assertThat(retry.eventId()).isEqualTo(first.eventId());
            assertThat(retry.body()).isEqualTo(first.body());
            assertThat(WebhookReceiver.verify("another secret", retry.signature(), retry.body(), clock.instant()
                    .getEpochSecond())).isFalse();
            assertThat(WebhookReceiver.verify(secret, retry.signature(), retry.body(), clock.instant()
                    .getEpochSecond() + 301)).as("outside the five-minute window").isFalse();
            @SuppressWarnings("unchecked")
            Map<String, Object> delivery = json.readValue(retry.body(), Map.class);
            assertThat(delivery).containsEntry("id", retry.eventId()).containsEntry("type", "application.submitted")
                    .containsKey("occurredAt");
            assertThat(ApiClient.object(delivery, "data")).containsEntry("number", number)
                    .containsEntry("applicationId", (int) application).containsEntry("status", "SUBMITTED");
            assertThat(status(id)).isEqualTo("SENT");

            long message = jdbc.sql("select id from outbound_message where recipient = ?").param("webhook:" + id)
                    .query(Long.class).single();
            jdbc.sql("update outbound_message set status = 'FAILED' where id = ?").param(message).update();
            assertThat(api.call("admin", HttpMethod.POST, "/api/admin/outbox/" + message + "/resend", null)
                    .getStatusCode().value()).isEqualTo(200);
            OutboxRounds.drain(context);
            assertThat(receiver.received()).hasSize(3);
            assertThat(receiver.received().get(2).body()).as("a resend sends the stored bytes").isEqualTo(first.body());
            assertThat(receiver.received().get(2).verified()).isTrue();
        }
    }

    @Test
    void aHostOffTheAllowListOrPlainHttpOutsideLoopbackIsRefusedWithAFieldError() {
        ApiClient api = new ApiClient(rest);
        var offList = api.call("admin", HttpMethod.POST, "/api/admin/webhooks",
                Map.of("url", "https://bank.example.com/hook", "events", List.of("application.paid")));
        assertThat(offList.getStatusCode().value()).isEqualTo(400);
        assertThat(offList.getHeaders().getContentType()).isEqualTo(MediaType.APPLICATION_PROBLEM_JSON);
        assertThat(ApiClient.errors(offList)).containsOnlyKeys("url");
        assertThat((String) ApiClient.errors(offList).get("url")).contains("allowed-hosts", "127.0.0.1");
        var unknownEvent = api.call("admin", HttpMethod.POST, "/api/admin/webhooks",
                Map.of("url", "http://127.0.0.1:9/hook", "events", List.of("application.lost")));
        assertThat(ApiClient.errors(unknownEvent)).containsOnlyKeys("events");
        assertThat(api.call("admin", HttpMethod.PUT, "/api/admin/webhooks/999999",
                Map.of("url", "http://127.0.0.1:9/hook", "events", List.of("application.paid"))).getStatusCode().value())
                .isEqualTo(404);
    }

    private String status(long subscription) {
        return jdbc.sql("select status from outbound_message where recipient = ?").param("webhook:" + subscription)
                .query(String.class).single();
    }
}
