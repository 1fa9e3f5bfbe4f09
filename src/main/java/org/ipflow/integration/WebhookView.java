package org.ipflow.integration;

import com.fasterxml.jackson.annotation.JsonInclude;
import io.swagger.v3.oas.annotations.media.Schema;
import java.time.Instant;
import java.util.List;

/**
 * A subscription as the API shows it.
 *
 * @param secret only in the answer that made the subscription: it is never shown again
 */
record WebhookView(long id, String url, List<String> events, boolean active, String createdBy, Instant createdAt,
        @JsonInclude(JsonInclude.Include.NON_NULL)
        @Schema(description = "The signing secret; only in the answer to POST") String secret) {

    static WebhookView of(Webhook webhook) {
        return new WebhookView(webhook.id(), webhook.url(), webhook.events(), webhook.active(), webhook.createdBy(),
                webhook.createdAt(), null);
    }

    static WebhookView withSecret(Webhook webhook) {
        return new WebhookView(webhook.id(), webhook.url(), webhook.events(), webhook.active(), webhook.createdBy(),
                webhook.createdAt(), webhook.secret());
    }
}
