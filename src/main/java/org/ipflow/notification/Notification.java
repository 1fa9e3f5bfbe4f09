package org.ipflow.notification;

import java.time.Instant;

/** One notification, its text already rendered in the reader's language. */
public record Notification(long id, Long applicationId, String text, Instant createdAt, boolean read) {
}
