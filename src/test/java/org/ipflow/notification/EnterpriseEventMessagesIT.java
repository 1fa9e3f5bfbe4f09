package org.ipflow.notification;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.ipflow.IpflowTest;
import org.ipflow.application.ApiClient;
import org.ipflow.application.ApplicationStatus;
import org.ipflow.application.ApplicationStatusChanged;
import org.ipflow.identity.UserAccounts;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.MessageSource;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Every status an application can reach is told to the enterprise's verified address, each in its own words and
 * in the reader's language. The processes' tests prove that each status is reached; this one that each is told
 * (the submission as its receipt, a return with what and by when in {@code OutboxDeliveryIT}).
 */
@IpflowTest
class EnterpriseEventMessagesIT {

    private static final List<ApplicationStatus> TOLD = List.of(ApplicationStatus.IN_REVIEW,
            ApplicationStatus.APPROVED, ApplicationStatus.PUBLIC_NOTICE, ApplicationStatus.DISBURSED,
            ApplicationStatus.CERTIFIED, ApplicationStatus.REJECTED, ApplicationStatus.WITHDRAWN,
            ApplicationStatus.ACCEPTED, ApplicationStatus.RECOVERED);

    @Autowired
    TestRestTemplate rest;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    UserAccounts accounts;
    @Autowired
    ApplicationEventPublisher events;
    @Autowired
    TransactionTemplate transactions;
    @Autowired
    MessageSource messages;

    @Test
    void eachStatusReachesTheEnterprisesVerifiedAddressInItsOwnWordsAndTheReadersLanguage() {
        ApiClient api = new ApiClient(rest);
        String chinese = api.newEnterprise();
        VerifiedContacts.verify(api, jdbc, chinese, chinese + "@example.org", null);
        String english = api.newEnterprise();
        VerifiedContacts.verify(api, jdbc, english, english + "@example.org", null);
        accounts.rememberLanguage(english, Locale.ENGLISH);

        for (String user : List.of(chinese, english)) {
            long id = api.submittedGrant(user, "每个状态都告知", 100000, 40000);
            Map<String, Object> row = jdbc.sql("select enterprise_id, number, programme_key from application where id = ?")
                    .param(id).query().singleRow();
            transactions.executeWithoutResult(status -> TOLD.forEach(told -> events.publishEvent(
                    new ApplicationStatusChanged(id, ((Number) row.get("enterprise_id")).longValue(),
                            (String) row.get("number"), (String) row.get("programme_key"), told))));
        }

        assertThat(sent(chinese)).as("the receipt, then each status, in Chinese").containsExactlyElementsOf(
                expected(Locale.SIMPLIFIED_CHINESE));
        assertThat(sent(english)).as("the same in English").containsExactlyElementsOf(expected(Locale.ENGLISH));
    }

    @Test
    void everyEventAnAdministratorMayWordHasASubjectOfItsOwnInBothLanguages() {
        for (Locale locale : List.of(Locale.SIMPLIFIED_CHINESE, Locale.ENGLISH)) {
            assertThat(TemplateEvents.codes()).as("events without a subject of their own in " + locale)
                    .filteredOn(event -> messages.getMessage("outbox.subject." + event, null, null, locale) == null)
                    .isEmpty();
        }
    }

    /** Kind and subject of each e-mail to the user, oldest first, the verification code's left out. */
    private List<String> sent(String user) {
        return jdbc.sql("select kind, subject from outbound_message where recipient = ? and channel = 'EMAIL' "
                        + "and kind <> ? order by id")
                .params(user, ContactVerification.KIND).query((rs, n) -> rs.getString(1) + " " + rs.getString(2))
                .list();
    }

    private List<String> expected(Locale locale) {
        List<String> kinds = new ArrayList<>(List.of("outbox.submitted"));
        TOLD.forEach(status -> kinds.add("notification.status." + status));
        return kinds.stream().map(kind -> {
            String subject = messages.getMessage("outbox.subject." + kind, null, null, locale);
            assertThat(subject).as("a subject of its own for " + kind).isNotBlank();
            return kind + " " + subject;
        }).toList();
    }
}
