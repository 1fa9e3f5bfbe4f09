package org.ipflow.integration;

import java.time.Instant;
import java.util.List;

/**
 * A subscription as stored.
 *
 * @param events the {@link WebhookEvent#type()} names it receives
 * @param secret the key of its signatures; never shown after the subscription was made
 */
record Webhook(long id, String url, List<String> events, String secret, boolean active, String createdBy,
        Instant createdAt) {

    boolean wants(WebhookEvent event) {
        return active && events.contains(event.type());
    }
}
