package org.ipflow.integration;

import java.util.Arrays;
import java.util.Optional;

/** The events a subscriber may ask for, by the names deliveries carry in {@code type}. */
public enum WebhookEvent {
    APPLICATION_SUBMITTED("application.submitted"),
    APPLICATION_RETURNED("application.returned"),
    APPLICATION_APPROVED("application.approved"),
    APPLICATION_REJECTED("application.rejected"),
    APPLICATION_PAID("application.paid"),
    CERTIFICATE_ISSUED("certificate.issued"),
    CERTIFICATE_REVOKED("certificate.revoked"),
    CERTIFICATE_EXPIRED("certificate.expired");

    private final String type;

    WebhookEvent(String type) {
        this.type = type;
    }

    public String type() {
        return type;
    }

    static Optional<WebhookEvent> ofType(String type) {
        return Arrays.stream(values()).filter(e -> e.type.equals(type)).findFirst();
    }
}
