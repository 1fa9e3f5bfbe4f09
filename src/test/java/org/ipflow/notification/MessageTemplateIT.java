package org.ipflow.notification;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.ipflow.IpflowTest;
import org.ipflow.application.ApiClient;
import org.ipflow.identity.UserAccounts;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpMethod;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Templates as data: an administrator words an event anew in both languages and the next message of the event
 * says it, in each recipient's language; a placeholder the event does not have is refused and named; a reset
 * brings back the bundles' words.
 */
@IpflowTest
class MessageTemplateIT {

    private static final String EVENT = "outbox.submitted";

    @Autowired
    TestRestTemplate rest;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    UserAccounts accounts;
    @Autowired
    MessageTemplates templates;

    @AfterEach
    void backToTheDefaultWords() {
        templates.reset("admin", EVENT);
    }

    @Test
    void theNextMessageOfAnEditedEventUsesItsTemplateInTheRecipientsLanguage() {
        ApiClient api = new ApiClient(rest);
        var before = api.call("admin", HttpMethod.GET, "/api/admin/message-templates/" + EVENT, null).getBody();
        assertThat(ApiClient.object(before, "zh")).containsEntry("custom", false)
                .containsEntry("subject", "申报已受理");
        assertThat((String) ApiClient.object(before, "zh").get("body")).startsWith("申报 {number} 已受理")
                .contains("{queryCode}", "{progressUrl}", "{receiptUrl}");
        assertThat((String) ApiClient.object(before, "en").get("body")).contains("{number}").doesNotContain("{0}");
        assertThat(before.get("placeholders")).isEqualTo(List.of("number", "queryCode", "progressUrl", "receiptUrl"));

        var saved = api.call("admin", HttpMethod.PUT, "/api/admin/message-templates/" + EVENT, Map.of(
                "subjectZh", "已收到 {number}", "bodyZh", "您的申报 {number} 已收到，回执见系统。",
                "subjectEn", "Received: {number}", "bodyEn", "We received application {number}; its receipt is in IPFlow."));
        assertThat(saved.getStatusCode().value()).as("%s", saved.getBody()).isEqualTo(200);
        assertThat(ApiClient.object(saved.getBody(), "en")).containsEntry("custom", true);

        String chinese = api.newEnterprise();
        VerifiedContacts.verify(api, jdbc, chinese, chinese + "@example.org", null);
        String english = api.newEnterprise();
        VerifiedContacts.verify(api, jdbc, english, english + "@example.org", null);
        accounts.rememberLanguage(english, Locale.ENGLISH);
        String zhNumber = number(api, chinese, api.submittedGrant(chinese, "模板中文", 100000, 40000));
        String enNumber = number(api, english, api.submittedGrant(english, "Template English", 100000, 40000));

        assertThat(message(chinese)).containsExactly("已收到 " + zhNumber, "您的申报 " + zhNumber + " 已收到，回执见系统。");
        assertThat(message(english)).containsExactly("Received: " + enNumber,
                "We received application " + enNumber + "; its receipt is in IPFlow.");

        templates.reset("admin", EVENT);
        String after = api.newEnterprise();
        VerifiedContacts.verify(api, jdbc, after, after + "@example.org", null);
        api.submittedGrant(after, "恢复默认", 100000, 40000);
        assertThat(message(after).get(0)).as("the bundle's subject again").isEqualTo("申报已受理");
    }

    @Test
    void anUnknownPlaceholderIsRefusedAndNamedAndNothingIsStored() {
        ApiClient api = new ApiClient(rest);
        var refused = api.call("admin", HttpMethod.PUT, "/api/admin/message-templates/" + EVENT, Map.of(
                "subjectZh", "已收到", "bodyZh", "申报 {number} 金额 {amount}，{enterprise}",
                "subjectEn", "Received", "bodyEn", "Application {number}"));
        assertThat(refused.getStatusCode().value()).isEqualTo(400);
        assertThat(ApiClient.errors(refused)).containsOnlyKeys("bodyZh");
        assertThat((String) ApiClient.errors(refused).get("bodyZh")).contains("{amount}", "{enterprise}", "{number}");
        assertThat(jdbc.sql("select count(*) from message_template").query(Integer.class).single()).isZero();
        assertThat(api.call("admin", HttpMethod.GET, "/api/admin/message-templates/no.such.event", null)
                .getStatusCode().value()).isEqualTo(404);
        assertThat(api.list("admin", "/api/admin/message-templates").getBody())
                .extracting(t -> t.get("event")).contains(EVENT, "outbox.returned", "reminder.certificate");
    }

    private String number(ApiClient api, String user, long id) {
        return (String) api.application(user, id).get("number");
    }

    /** The subject and body (without the footer) of the newest submission e-mail to the user. */
    private List<String> message(String user) {
        return jdbc.sql("select subject, body from outbound_message where recipient = ? and kind = ? "
                        + "order by id desc fetch first 1 rows only")
                .params(user, EVENT)
                .query((rs, n) -> List.of(rs.getString(1), rs.getString(2).split("\n\n")[0])).single();
    }
}
