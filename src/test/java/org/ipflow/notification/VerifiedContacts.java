package org.ipflow.notification;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.ipflow.application.ApiClient;
import org.springframework.http.HttpMethod;
import org.springframework.jdbc.core.simple.JdbcClient;

/** Gives a user verified addresses the way a person does: enters them, reads the codes, sends them back. */
final class VerifiedContacts {

    private static final Pattern CODE = Pattern.compile("\\b(\\d{6})\\b");

    private VerifiedContacts() {
    }

    /** Enters the addresses (null leaves one as it is) and verifies each with its code. */
    static void verify(ApiClient api, JdbcClient jdbc, String user, String email, String mobile) {
        Map<String, Object> change = new HashMap<>();
        change.put("email", email);
        change.put("mobile", mobile);
        assertThat(api.call(user, HttpMethod.PUT, "/api/account/contact", change).getStatusCode().value())
                .isEqualTo(200);
        if (email != null) {
            send(api, user, "EMAIL", code(jdbc, user, email));
        }
        if (mobile != null) {
            send(api, user, "SMS", code(jdbc, user, mobile));
        }
    }

    static void send(ApiClient api, String user, String channel, String code) {
        var answer = api.call(user, HttpMethod.POST, "/api/account/contact/verify",
                Map.of("channel", channel, "code", code));
        assertThat(answer.getStatusCode().value()).as("%s", answer.getBody()).isEqualTo(200);
    }

    /** The code of the newest verification message to the user at that address, read from the outbox. */
    static String code(JdbcClient jdbc, String user, String address) {
        String body = jdbc.sql("select body from outbound_message where recipient = ? and address = ? and kind = ? "
                        + "order by id desc fetch first 1 rows only")
                .params(user, address, ContactVerification.KIND).query(String.class).single();
        Matcher matcher = CODE.matcher(body);
        assertThat(matcher.find()).as(body).isTrue();
        return matcher.group(1);
    }
}
