package org.ipflow.integration;

import io.swagger.v3.oas.annotations.media.Schema;
import java.util.List;

/**
 * What an administrator sends to make or change a subscription.
 *
 * @param events names of {@link WebhookEvent#type()}, at least one
 * @param active null for true
 */
record WebhookRequest(@Schema(example = "https://portal.example.gov.cn/ipflow-events") String url,
        @Schema(example = "[\"application.approved\", \"application.paid\"]") List<String> events, Boolean active) {

    boolean isActive() {
        return active == null || active;
    }
}
