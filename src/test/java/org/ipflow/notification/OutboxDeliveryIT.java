package org.ipflow.notification;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import jakarta.mail.internet.MimeMessage;
import java.io.IOException;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.ipflow.IpflowTest;
import org.ipflow.application.ApiClient;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.context.ApplicationContext;
import org.springframework.http.HttpMethod;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.test.web.servlet.MockMvc;

/**
 * E-mail through a real SMTP server (GreenMail) and SMS through a stub of the provider's HTTP API, both on the
 * ports the tests' configuration gives: what an enterprise is told reaches it outside IPFlow, in its language;
 * an administrator lists and resends failed messages, nobody else may.
 */
@IpflowTest
class OutboxDeliveryIT {

    @Autowired
    TestRestTemplate rest;

    @Autowired
    MockMvc mvc;

    @Autowired
    OutboxStore store;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    ApplicationContext context;

    private OutsideServers outside;

    @BeforeEach
    void servers() throws IOException {
        outside = new OutsideServers(context);
    }

    @AfterEach
    void stop() {
        outside.close();
    }

    @Test
    void anEnterpriseHearsOfItsSubmissionAndOfAReturnByEmailAndSmsInItsLanguage() throws Exception {
        ApiClient api = new ApiClient(rest);
        String chinese = api.newEnterprise();
        String english = api.newEnterprise();
        VerifiedContacts.verify(api, jdbc, chinese, "finance@example.org", null);
        VerifiedContacts.verify(api, jdbc, english, "finance@example.org", "13800138000");
        mvc.perform(get("/notifications").param("lang", "en")
                .with(user(english).authorities(new SimpleGrantedAuthority("enterprise"))));
        long zh = api.submittedGrant(chinese, "外发通知项目", 100000, 40000);
        long en = api.submittedGrant(english, "外发通知项目", 100000, 40000);
        String task = api.taskFor("reviewer1", en, "Task_RegionalPreReview");
        api.complete("reviewer1", task, Map.of("decision", "return", "comment", "请补充许可合同", "correctionDays", 5));
        outside.drain();

        String zhNumber = number(api, chinese, zh);
        String enNumber = number(api, english, en);
        MimeMessage received = outside.mailTo("finance@example.org").stream().filter(m -> plain(m).contains(zhNumber))
                .findFirst().orElseThrow();
        assertThat(received.getSubject()).isEqualTo("申报已受理");
        String queryCode = jdbc.sql("select query_code from application where id = ?").param(zh).query(String.class)
                .single();
        assertThat(plain(received)).as("the e-mail is the receipt: number, query code, look-up and the PDF")
                .contains("申报 " + zhNumber + " 已受理", "查询码 " + queryCode, "/public/progress",
                        "/applications/" + zh + "/receipt.pdf");
        assertThat(OutsideServers.part(received, "text/html")).startsWith("<!DOCTYPE html><html lang=\"zh-CN\">");
        assertThat(outside.mailContaining(enNumber)).extracting(MimeMessage::getSubject)
                .contains("Application received", "Application returned for correction");
        assertThat(outside.mailContaining(enNumber)).anySatisfy(m -> assertThat(plain(m))
                .contains("What to correct: 请补充许可合同").containsPattern("by 20\\d\\d-\\d\\d-\\d\\d"));
        assertThat(outside.mailTo("reviewer1@example.org")).as("the regional group hears of the new task")
                .anySatisfy(m -> {
                    assertThat(plain(m)).contains(zhNumber);
                    assertThat(m.getSubject()).isIn("新任务待办", "A new task for your group");
                });
        assertThat(outside.texts()).anySatisfy(text -> assertThat(text).startsWith("Bearer test-key ")
                .contains("\"to\":\"13800138000\"", "Application " + enNumber + " was received", "query code "));
    }

    @Test
    void anAdministratorListsAndResendsAFailedMessageAndNobodyElseMay() {
        ApiClient api = new ApiClient(rest);
        long id = store.insert(new NewMessage(Channel.EMAIL, "admin", "ops@example.org", "test", "zh", "测试主题",
                "测试正文", null), Instant.now()).orElseThrow();
        jdbc.sql("update outbound_message set status = 'FAILED', attempts = 5, last_error = ? where id = ?")
                .params("550 mailbox unavailable", id).update();

        assertThat(api.list("admin", "/api/admin/outbox?status=FAILED").getBody())
                .anySatisfy(m -> assertThat(m).containsEntry("id", (int) id).containsEntry("lastError", "550 mailbox unavailable"));
        for (String other : List.of("reviewer1", "approver1", "enterprise1")) {
            assertThat(api.call(other, HttpMethod.GET, "/api/admin/outbox", null).getStatusCode().value()).isEqualTo(403);
            assertThat(api.call(other, HttpMethod.POST, "/api/admin/outbox/" + id + "/resend", null)
                    .getStatusCode().value()).isEqualTo(403);
        }
        assertThat(api.call(null, HttpMethod.GET, "/api/admin/outbox", null).getStatusCode().value()).isEqualTo(401);
        assertThat(api.call("admin", HttpMethod.POST, "/api/admin/outbox/" + id + "/resend", null).getBody())
                .containsEntry("status", "PENDING");
        assertThat(api.call("admin", HttpMethod.POST, "/api/admin/outbox/" + id + "/resend", null)
                .getStatusCode().value()).isEqualTo(409);
        outside.drain();
        assertThat(store.find(id).orElseThrow().status()).isEqualTo("SENT");
        assertThat(outside.mailTo("ops@example.org")).anySatisfy(m -> assertThat(m.getSubject()).isEqualTo("测试主题"));
    }

    @Test
    void theOperationsAreaListsFailedMessagesWithAResendButtonForAdministratorsOnly() throws Exception {
        long id = store.insert(new NewMessage(Channel.SMS, null, "0471-1234567", "test", "zh", "主题", "页面测试",
                null), Instant.now()).orElseThrow();
        jdbc.sql("update outbound_message set status = 'FAILED', attempts = 5, last_error = 'provider said 500' "
                + "where id = ?").param(id).update();
        mvc.perform(get("/admin/outbox").with(user("admin").authorities(new SimpleGrantedAuthority("admin"))))
                .andExpect(status().isOk())
                .andExpect(content().string(org.hamcrest.Matchers.containsString("provider said 500")));
        mvc.perform(get("/admin/outbox").with(user("approver1").authorities(new SimpleGrantedAuthority("approver"))))
                .andExpect(status().isForbidden());
        mvc.perform(post("/admin/outbox/" + id + "/resend").with(csrf())
                        .with(user("reviewer1").authorities(new SimpleGrantedAuthority("reviewer"))))
                .andExpect(status().isForbidden());
        mvc.perform(post("/admin/outbox/" + id + "/resend").with(csrf())
                        .with(user("admin").authorities(new SimpleGrantedAuthority("admin"))))
                .andExpect(status().is3xxRedirection());
        assertThat(store.find(id).orElseThrow().status()).isEqualTo("PENDING");
    }

    private static String number(ApiClient api, String user, long id) {
        return (String) api.application(user, id).get("number");
    }

    private static String plain(MimeMessage message) {
        return OutsideServers.part(message, "text/plain");
    }
}
