package org.ipflow.tasks;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.ipflow.application.ApplicationNotFound;
import org.ipflow.application.StateConflict;
import org.ipflow.identity.GroupCoverage;
import org.ipflow.notification.Notifications;
import org.ipflow.shared.AdminActionPerformed;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Sends a reminder (催办) about an escalated task: a notification to whoever holds it, or to every active member
 * of its candidate groups while nobody does; recorded and audited in one transaction. One reminder a day per
 * task at most, so that a holder is not flooded by several approvers.
 */
@Service
@Transactional
class Reminding {

    static final String MESSAGE = "notification.reminder";
    static final Duration AT_MOST_ONCE_IN = Duration.ofDays(1);

    /** What a reminder did: the task, who sent it when, and who was told. */
    record Sent(String taskId, String remindedBy, Instant remindedAt, List<String> notified) {
    }

    private final Escalations escalations;
    private final Reminders reminders;
    private final GroupCoverage coverage;
    private final Notifications notifications;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    Reminding(Escalations escalations, Reminders reminders, GroupCoverage coverage, Notifications notifications,
            ApplicationEventPublisher events, ObjectProvider<Clock> clock) {
        this.escalations = escalations;
        this.reminders = reminders;
        this.coverage = coverage;
        this.notifications = notifications;
        this.events = events;
        this.clock = clock.getIfAvailable(Clock::systemUTC);
    }

    /**
     * @throws ApplicationNotFound when no escalated task has this id (not overdue enough, done, or unknown)
     * @throws StateConflict when the task was reminded about less than a day ago
     */
    Sent remind(String actor, String taskId) {
        Escalations.Escalation task = escalations.find(taskId, Locale.SIMPLIFIED_CHINESE)
                .orElseThrow(() -> new ApplicationNotFound(taskId));
        Instant now = clock.instant();
        Reminders.Reminder last = task.lastReminder();
        if (last != null && last.at().isAfter(now.minus(AT_MOST_ONCE_IN))) {
            throw new ReminderTooSoon(last);
        }
        List<String> recipients = recipients(task);
        String stepEn = escalations.find(taskId, Locale.ENGLISH).map(Escalations.Escalation::step).orElse(task.step());
        // One e-mail per task and day (the reminder's own limit), also if two approvers' reminders race.
        String once = MESSAGE + ":" + taskId + ":" + now.atZone(ZoneOffset.UTC).toLocalDate();
        notifications.toStaffOnce(once, recipients, task.applicationId(), MESSAGE, task.applicationNumber(),
                task.step(), stepEn, actor, String.valueOf(task.workingDaysOverdue()));
        reminders.record(taskId, task.applicationId(), actor, now);
        events.publishEvent(new AdminActionPerformed(actor, "REMIND_TASK", "task:" + taskId,
                task.applicationNumber() + " " + task.taskDefinitionKey() + ", " + task.workingDaysOverdue()
                        + " working days overdue, notified: " + String.join(", ", recipients)));
        return new Sent(taskId, actor, now, recipients);
    }

    private List<String> recipients(Escalations.Escalation task) {
        if (task.assignee() != null) {
            return List.of(task.assignee());
        }
        Map<String, List<String>> members = coverage.activeMembers(task.groups());
        return members.values().stream().flatMap(Collection::stream).distinct().sorted().toList();
    }

    /** A second reminder within a day: refused with the first one's sender and time (409). */
    static class ReminderTooSoon extends StateConflict {

        private final transient Reminders.Reminder last;

        ReminderTooSoon(Reminders.Reminder last) {
            super("reminded by " + last.by() + " at " + last.at() + "; at most one reminder a day");
            this.last = last;
        }

        Reminders.Reminder last() {
            return last;
        }
    }
}
