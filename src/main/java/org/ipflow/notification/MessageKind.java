package org.ipflow.notification;

import java.util.Set;

/**
 * The kinds of message a user chooses channels for. Without a choice of theirs, every kind goes by e-mail and
 * only the status of their applications by SMS as well (a text message costs the office and interrupts).
 */
public enum MessageKind {
    /** What happens to the user's applications. */
    STATUS,
    /** New tasks for the user or their groups, tasks transferred to them. */
    TASKS,
    /** Reminders before deadlines and about overdue work. */
    REMINDERS,
    /** The daily list of tasks due tomorrow and overdue. */
    DIGEST;

    /** Decisions and requests for correction: the law requires telling them, so no choice switches them off. */
    private static final Set<String> STATUTORY = Set.of("outbox.returned", "notification.status.RETURNED",
            "notification.status.APPROVED", "notification.status.REJECTED");

    /** Whether the user gets this kind on this channel when they have not chosen. */
    boolean wantedByDefault(Channel channel) {
        return channel == Channel.EMAIL || this == STATUS;
    }

    /** The kind of a staff message by its text's code. */
    static MessageKind ofStaffMessage(String code) {
        if (code.startsWith("notification.reminder") || code.startsWith("notification.escalation")
                || code.startsWith("reminder.")) {
            return REMINDERS;
        }
        return code.startsWith("digest.") ? DIGEST : TASKS;
    }

    static boolean statutory(String code) {
        return STATUTORY.contains(code);
    }
}
