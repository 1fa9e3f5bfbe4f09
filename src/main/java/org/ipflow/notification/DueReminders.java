package org.ipflow.notification;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.List;
import org.ipflow.shared.OfficeTime;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The reminders before deadlines, to the enterprise concerned (a notification, and its verified addresses that
 * want reminders): a correction's deadline 3 days and 1 day before, a call's close 3 days before to each
 * enterprise with a draft of its programme, a certificate's expiry 90 and 30 days before. Each is keyed (what,
 * which, which level) in {@link ReminderLog}, so a run finds only the ones not yet sent, on any node.
 */
@Service
@Transactional
class DueReminders {

    static final Duration CORRECTION_FIRST = Duration.ofDays(3);
    static final Duration CORRECTION_LAST = Duration.ofDays(1);
    static final Duration CALL_CLOSING = Duration.ofDays(3);
    static final int CERTIFICATE_FIRST = 90;
    static final int CERTIFICATE_LAST = 30;

    private static final DateTimeFormatter DAY = DateTimeFormatter.ISO_LOCAL_DATE;

    private final JdbcClient jdbc;
    private final ReminderLog log;
    private final Notifications notifications;
    private final Clock clock;

    DueReminders(JdbcClient jdbc, ReminderLog log, Notifications notifications, ObjectProvider<Clock> clock) {
        this.jdbc = jdbc;
        this.log = log;
        this.notifications = notifications;
        this.clock = clock.getIfAvailable(Clock::systemUTC);
    }

    /** Sends the reminders due now and not sent before; returns how many. */
    int run() {
        Instant now = clock.instant();
        return corrections(now) + closingCalls(now) + certificates(now);
    }

    /** A reminder found due: its key, the enterprise and application it is about, its words. */
    private record Due(String key, long enterpriseId, long applicationId, String code, List<String> args) {
    }

    private int corrections(Instant now) {
        return send(now, jdbc.sql("select id, enterprise_id, number, correction_deadline from application "
                        + "where status = 'RETURNED' and correction_deadline > ? and correction_deadline <= ?")
                .params(Timestamp.from(now), Timestamp.from(now.plus(CORRECTION_FIRST)))
                .query((rs, n) -> {
                    Instant deadline = rs.getTimestamp(4).toInstant();
                    int days = deadline.isAfter(now.plus(CORRECTION_LAST)) ? 3 : 1;
                    return new Due("correction:" + rs.getLong(1) + ":" + deadline.toEpochMilli() + ":" + days,
                            rs.getLong(2), rs.getLong(1), "reminder.correction",
                            List.of(rs.getString(3), day(deadline)));
                }).list());
    }

    private int closingCalls(Instant now) {
        return send(now, jdbc.sql("select a.id, a.enterprise_id, a.number, c.id, c.closes_at from application a "
                        + "join programme_call c on c.programme_key = a.programme_key where a.status = 'DRAFT' "
                        + "and c.opens_at <= ? and c.closes_at > ? and c.closes_at <= ?")
                .params(Timestamp.from(now), Timestamp.from(now), Timestamp.from(now.plus(CALL_CLOSING)))
                .query((rs, n) -> new Due("call:" + rs.getLong(4) + ":" + rs.getLong(1), rs.getLong(2), rs.getLong(1),
                        "reminder.call", List.of(rs.getString(3), day(rs.getTimestamp(5).toInstant()))))
                .list());
    }

    private int certificates(Instant now) {
        LocalDate today = now.atZone(OfficeTime.ZONE).toLocalDate();
        return send(now, jdbc.sql("select id, enterprise_id, application_id, number, valid_until from certificate "
                        + "where status = 'VALID' and valid_until >= ? and valid_until <= ?")
                .params(java.sql.Date.valueOf(today), java.sql.Date.valueOf(today.plusDays(CERTIFICATE_FIRST)))
                .query((rs, n) -> {
                    LocalDate until = rs.getDate(5).toLocalDate();
                    int days = until.isAfter(today.plusDays(CERTIFICATE_LAST)) ? CERTIFICATE_FIRST : CERTIFICATE_LAST;
                    return new Due("certificate:" + rs.getLong(1) + ":" + days, rs.getLong(2), rs.getLong(3),
                            "reminder.certificate", List.of(rs.getString(4), DAY.format(until)));
                }).list());
    }

    private int send(Instant now, List<Due> due) {
        int sent = 0;
        for (Due reminder : due) {
            if (log.firstTime(reminder.key(), now)) {
                notifications.remind(reminder.enterpriseId(), reminder.applicationId(), reminder.code(),
                        reminder.args().toArray(String[]::new));
                sent++;
            }
        }
        return sent;
    }

    private static String day(Instant instant) {
        return DAY.format(instant.atZone(OfficeTime.ZONE));
    }
}
