package org.ipflow.notification;

/**
 * A message to write to the outbox, its text already in the recipient's language.
 *
 * @param dedupeKey written once whatever the number of attempts to write it (a reminder per task and level);
 *     null for a message that has no such rule
 */
record NewMessage(Channel channel, String recipient, String address, String kind, String language, String subject,
        String body, String dedupeKey) {
}
