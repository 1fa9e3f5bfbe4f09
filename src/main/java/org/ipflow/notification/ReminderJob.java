package org.ipflow.notification;

import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/** Runs the reminders on every node ({@code ipflow.notifications.reminders}, hourly); the keys make each once. */
@Component
class ReminderJob {

    private final DueReminders reminders;

    ReminderJob(DueReminders reminders) {
        this.reminders = reminders;
    }

    @Scheduled(initialDelayString = "${ipflow.notifications.reminders:PT1H}",
            fixedDelayString = "${ipflow.notifications.reminders:PT1H}")
    void run() {
        reminders.run();
    }
}
