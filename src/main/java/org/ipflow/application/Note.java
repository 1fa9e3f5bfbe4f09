package org.ipflow.application;

import java.time.Instant;

/** A staff member's internal note (内部意见) on an application; never shown to the enterprise. */
public record Note(long id, long applicationId, String author, String text, Instant createdAt) {
}
