package org.ipflow.notification;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.ipflow.IpflowTest;
import org.ipflow.MovableClock;
import org.ipflow.application.ApiClient;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpMethod;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * A user's own addresses and choices: an address receives messages only once the code sent to it came back, a
 * choice keeps a kind of message off a channel, and decisions and correction requests come whatever the choices.
 */
@IpflowTest
class ContactIT {

    @Autowired
    TestRestTemplate rest;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    MovableClock clock;

    @Test
    void onlyVerifiedAddressesHearOfAnApplicationAndTheChoicesKeepAllButStatutoryMessagesOffAChannel() {
        ApiClient api = new ApiClient(rest);
        String user = api.newEnterprise();
        assertThat(api.call(user, HttpMethod.GET, "/api/account/contact", null).getBody())
                .containsEntry("email", "finance@example.org").containsEntry("emailVerified", false);
        String email = user + "@example.org";
        api.submittedGrant(user, "未验证前的申报", 100000, 40000);
        assertThat(jdbc.sql("select count(*) from outbound_message where recipient = ?").param(user)
                .query(Integer.class).single()).as("the registration's e-mail, not yet verified").isZero();

        var wrong = api.call(user, HttpMethod.PUT, "/api/account/contact", Map.of("email", "no-at-sign"));
        assertThat(ApiClient.errors(wrong)).containsKey("email");
        VerifiedContacts.verify(api, jdbc, user, email, "13900139000");
        assertThat(api.call(user, HttpMethod.GET, "/api/account/contact", null).getBody())
                .containsEntry("email", email).containsEntry("emailVerified", true)
                .containsEntry("mobile", "13900139000").containsEntry("mobileVerified", true);
        api.call(user, HttpMethod.PUT, "/api/account/contact", Map.of("choices", Map.of("STATUS", Map.of("SMS", false))));

        long id = api.submittedGrant(user, "验证后的申报", 100000, 40000);
        assertThat(sentTo(email)).containsExactly("outbox.submitted");
        assertThat(sentTo("13900139000")).as("status by SMS switched off").isEmpty();
        api.complete("reviewer1", api.taskFor("reviewer1", id, "Task_RegionalPreReview"),
                Map.of("decision", "return", "comment", "请补充合同", "correctionDays", 5));
        assertThat(sentTo("13900139000")).as("a request for correction must be told").containsExactly("outbox.returned");
    }

    @Test
    void aCodeServesOnlyItsOwnerForFifteenMinutesAndFiveTries() {
        ApiClient api = new ApiClient(rest);
        String user = api.newEnterprise();
        String email = user + "@example.org";
        clock.pin(Instant.now());
        try {
            api.call(user, HttpMethod.PUT, "/api/account/contact", Map.of("email", email));
            String code = VerifiedContacts.code(jdbc, user, email);
            assertThat(FailedMessages.STATUSES).flatMap(status -> api.list("admin", "/api/admin/outbox?status=" + status)
                    .getBody().stream().filter(m -> user.equals(m.get("recipient"))).map(m -> (String) m.get("body"))
                    .toList()).as("an administrator never reads a verification code").isNotEmpty()
                    .noneMatch(body -> body.contains(code));
            String other = api.newEnterprise();
            api.call(other, HttpMethod.PUT, "/api/account/contact", Map.of("email", email));
            assertThat(errors(api, other, code)).as("another user's code").containsKey("code");
            clock.advance(Duration.ofMinutes(16));
            assertThat(errors(api, user, code)).as("expired").containsKey("code");

            api.call(user, HttpMethod.PUT, "/api/account/contact", Map.of("email", email));
            String fresh = VerifiedContacts.code(jdbc, user, email);
            String wrong = fresh.equals("000000") ? "111111" : "000000";
            for (int i = 0; i < ContactVerification.ATTEMPTS; i++) {
                assertThat(errors(api, user, wrong)).containsKey("code");
            }
            assertThat(errors(api, user, fresh)).as("after five wrong tries").containsKey("code");
        } finally {
            clock.release();
        }
        assertThat(api.call("reviewer1", HttpMethod.GET, "/api/account/contact", null).getBody())
                .as("a staff account's e-mail, set by the office").containsEntry("emailVerified", true);
    }

    private static Map<String, Object> errors(ApiClient api, String user, String code) {
        return ApiClient.errors(api.call(user, HttpMethod.POST, "/api/account/contact/verify",
                Map.of("channel", "EMAIL", "code", code)));
    }

    private List<String> sentTo(String address) {
        return jdbc.sql("select kind from outbound_message where address = ? and kind <> ? order by id")
                .params(address, ContactVerification.KIND).query(String.class).list();
    }
}
