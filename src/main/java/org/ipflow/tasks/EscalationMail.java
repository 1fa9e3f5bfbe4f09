package org.ipflow.tasks;

import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;
import org.ipflow.identity.GroupCoverage;
import org.ipflow.identity.Roles;
import org.ipflow.notification.Notifications;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Tells the approvers by e-mail of each task escalated (督办) as the escalation page lists it, once per task and
 * level (the number of working days overdue that escalates, {@code ipflow.escalation.overdue-working-days}),
 * whatever the number of nodes that run it: the outbox writes one message per key.
 */
@Component
class EscalationMail {

    static final String MESSAGE = "notification.escalation";

    private final Escalations escalations;
    private final GroupCoverage coverage;
    private final Notifications notifications;
    private final EscalationSettings settings;

    EscalationMail(Escalations escalations, GroupCoverage coverage, Notifications notifications,
            EscalationSettings settings) {
        this.escalations = escalations;
        this.coverage = coverage;
        this.notifications = notifications;
        this.settings = settings;
    }

    @Scheduled(initialDelayString = "${ipflow.notifications.reminders:PT1H}",
            fixedDelayString = "${ipflow.notifications.reminders:PT1H}")
    void run() {
        List<Escalations.Escalation> tasks = escalations.list(Locale.SIMPLIFIED_CHINESE);
        if (tasks.isEmpty()) {
            return;
        }
        Map<String, String> english = escalations.list(Locale.ENGLISH).stream()
                .collect(Collectors.toMap(Escalations.Escalation::taskId, Escalations.Escalation::step, (a, b) -> a));
        List<String> approvers = coverage.activeMembers(List.of(Roles.APPROVER)).values().stream()
                .flatMap(Collection::stream).distinct().sorted().toList();
        tasks.forEach(task -> notifications.emailStaffOnce(
                MESSAGE + ":" + task.taskId() + ":" + settings.overdueWorkingDays(), approvers, MESSAGE,
                task.applicationNumber(), task.step(), english.getOrDefault(task.taskId(), task.step()),
                String.valueOf(task.workingDaysOverdue())));
    }
}
