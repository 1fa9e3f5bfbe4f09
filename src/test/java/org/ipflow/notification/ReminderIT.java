package org.ipflow.notification;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Map;
import org.ipflow.IpflowTest;
import org.ipflow.MovableClock;
import org.ipflow.application.ApiClient;
import org.ipflow.shared.OfficeTime;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Reminders before deadlines go out once each, however often the job runs: a correction's 3 days and 1 day
 * before, a certificate's 90 days before, to the enterprise's verified address.
 */
@IpflowTest
class ReminderIT {

    @Autowired
    TestRestTemplate rest;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    MovableClock clock;

    @Autowired
    DueReminders reminders;

    @Test
    void eachReminderBeforeADeadlineGoesOutOnceWhateverTheNumberOfRuns() {
        ApiClient api = new ApiClient(rest);
        String user = api.newEnterprise();
        String email = user + "@example.org";
        VerifiedContacts.verify(api, jdbc, user, email, null);
        long id = api.submittedGrant(user, "提醒测试项目", 100000, 40000);
        api.complete("reviewer1", api.taskFor("reviewer1", id, "Task_RegionalPreReview"),
                Map.of("decision", "return", "comment", "请补充合同", "correctionDays", 5));
        Instant deadline = jdbc.sql("select correction_deadline from application where id = ?").param(id)
                .query(Timestamp.class).single().toInstant();
        try {
            clock.pin(deadline.minus(Duration.ofDays(4)));
            reminders.run();
            assertThat(sent(email, "reminder.correction")).as("not yet due").isZero();
            clock.pin(deadline.minus(Duration.ofDays(2)));
            reminders.run();
            reminders.run();
            assertThat(sent(email, "reminder.correction")).isEqualTo(1);
            clock.pin(deadline.minus(Duration.ofHours(12)));
            reminders.run();
            reminders.run();
            assertThat(sent(email, "reminder.correction")).as("3 days and 1 day before").isEqualTo(2);

            LocalDate today = deadline.atZone(OfficeTime.ZONE).toLocalDate();
            jdbc.sql("insert into certificate (number, verification_code, application_id, enterprise_id, level, "
                            + "valid_from, valid_until, status, created_at) select 'RM-' || id, 'RM' || id, id, "
                            + "enterprise_id, 'PILOT', ?, ?, 'VALID', ? from application where id = ?")
                    .params(java.sql.Date.valueOf(today.minusYears(3)), java.sql.Date.valueOf(today.plusDays(60)),
                            Timestamp.from(deadline), id).update();
            reminders.run();
            reminders.run();
            assertThat(sent(email, "reminder.certificate")).as("90 days before its expiry").isEqualTo(1);
        } finally {
            clock.release();
        }
    }

    private int sent(String address, String kind) {
        return jdbc.sql("select count(*) from outbound_message where address = ? and kind = ?").params(address, kind)
                .query(Integer.class).single();
    }
}
