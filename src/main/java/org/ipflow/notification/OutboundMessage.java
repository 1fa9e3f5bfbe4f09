package org.ipflow.notification;

import java.time.Instant;

/**
 * One message of the outbox as stored: its text was rendered when it was written.
 *
 * @param recipient the user it is for, null when it goes to an enterprise's contact number
 * @param status PENDING, SENDING, SENT or FAILED
 */
public record OutboundMessage(long id, Channel channel, String recipient, String address, String kind,
        String language, String subject, String body, String status, int attempts, Instant nextAttemptAt,
        String lastError, Instant createdAt, Instant sentAt) {
}
