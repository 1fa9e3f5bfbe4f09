package org.ipflow.tasks;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;
import org.ipflow.notification.Notifications;
import org.ipflow.shared.OfficeTime;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * The daily digest: each member of staff who holds tasks due tomorrow or overdue gets one message a day from
 * {@link #FROM} office time on, however many nodes run it (the outbox's key per user and day). Tasks offered to
 * a group are left out: the group's inbox and the escalation cover them, and a digest per member would repeat
 * the same list to everyone.
 */
@Component
class DailyDigest {

    static final String MESSAGE = "digest.tasks";
    static final LocalTime FROM = LocalTime.of(7, 0);

    /** One holder's tasks: how many fall due tomorrow, how many are overdue. */
    record Holder(String username, int dueTomorrow, int overdue) {
    }

    private final JdbcClient jdbc;
    private final Notifications notifications;
    private final Clock clock;

    DailyDigest(JdbcClient jdbc, Notifications notifications, ObjectProvider<Clock> clock) {
        this.jdbc = jdbc;
        this.notifications = notifications;
        this.clock = clock.getIfAvailable(Clock::systemUTC);
    }

    @Scheduled(initialDelayString = "${ipflow.notifications.reminders:PT1H}",
            fixedDelayString = "${ipflow.notifications.reminders:PT1H}")
    void run() {
        Instant now = clock.instant();
        if (now.atZone(OfficeTime.ZONE).toLocalTime().isBefore(FROM)) {
            return;
        }
        LocalDate today = now.atZone(OfficeTime.ZONE).toLocalDate();
        holders(now, today).forEach(holder -> notifications.emailStaffOnce(MESSAGE + ":" + today,
                List.of(holder.username()), MESSAGE, String.valueOf(holder.dueTomorrow()),
                String.valueOf(holder.overdue())));
    }

    private List<Holder> holders(Instant now, LocalDate today) {
        Timestamp tomorrow = Timestamp.from(today.plusDays(1).atStartOfDay(OfficeTime.ZONE).toInstant());
        Timestamp after = Timestamp.from(today.plusDays(2).atStartOfDay(OfficeTime.ZONE).toInstant());
        return jdbc.sql("select ASSIGNEE_, sum(case when DUE_DATE_ >= ? then 1 else 0 end), "
                        + "sum(case when DUE_DATE_ < ? then 1 else 0 end) from ACT_RU_TASK where ASSIGNEE_ is not null "
                        + "and SUSPENSION_STATE_ = 1 and (DUE_DATE_ < ? or (DUE_DATE_ >= ? and DUE_DATE_ < ?)) "
                        + "group by ASSIGNEE_ order by ASSIGNEE_")
                .params(tomorrow, Timestamp.from(now), Timestamp.from(now), tomorrow, after)
                .query((rs, n) -> new Holder(rs.getString(1), rs.getInt(2), rs.getInt(3))).list();
    }
}
