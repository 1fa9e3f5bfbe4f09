package org.ipflow.recovery;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.io.IOException;
import java.util.Map;
import java.util.concurrent.ThreadLocalRandom;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.hamcrest.Matchers;
import org.ipflow.IpflowTest;
import org.ipflow.application.ApiClient;
import org.ipflow.notification.OutsideServers;
import org.ipflow.shared.CreditCode;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.context.ApplicationContext;
import org.springframework.http.HttpMethod;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;

/**
 * A forgotten password, through the real SMTP server and the SMS stub: the answer is the same whether or not an
 * account has the address; the link or code sets a password once, by the usual policy; requests are limited; no
 * administrator reads the link or code in the outbox.
 */
@IpflowTest
class PasswordResetIT {

    private static final Pattern LINK = Pattern.compile("/password-reset/new\\?token=([A-Za-z0-9_-]+)");
    private static final Pattern CODE = Pattern.compile("验证码：(\\d{6})");
    private static final String NEW = "Steppe-Falcon-Morning-83";

    @Autowired
    TestRestTemplate rest;

    @Autowired
    MockMvc mvc;

    @Autowired
    ApplicationContext context;

    @Autowired
    JdbcClient jdbc;

    private OutsideServers outside;
    private ApiClient api;

    @BeforeEach
    void servers() throws IOException {
        outside = new OutsideServers(context);
        api = new ApiClient(rest);
    }

    @AfterEach
    void stop() {
        outside.close();
    }

    @Test
    void aLinkByEmailSetsANewPasswordOnceAndAnUnknownAddressIsAnsweredAlike() throws Exception {
        int n = ThreadLocalRandom.current().nextInt(1_000_000);
        String user = register(n, "reset" + n + "@example.org", "0471-" + (5_000_000 + n));
        assertThat(ask(Map.of("email", "Reset" + n + "@example.org"))).isEqualTo(202);
        assertThat(ask(Map.of("email", "nobody" + n + "@example.org"))).isEqualTo(202);
        outside.drain();
        assertThat(outside.mailTo("nobody" + n + "@example.org")).isEmpty();
        String mail = OutsideServers.part(outside.mailTo("reset" + n + "@example.org").get(0), "text/plain");
        Matcher link = LINK.matcher(mail);
        assertThat(link.find()).as(mail).isTrue();
        String token = link.group(1);
        withheldFromAdministrators(user, token);

        var weak = reset(Map.of("token", token, "password", "short", "passwordRepeated", "short"));
        assertThat(weak.getStatusCode().value()).isEqualTo(400);
        assertThat(ApiClient.errors(weak)).containsKey("password");
        assertThat(reset(Map.of("token", token, "password", NEW, "passwordRepeated", NEW)).getStatusCode().value())
                .isEqualTo(200);
        assertThat(ApiClient.errors(reset(Map.of("token", token, "password", NEW, "passwordRepeated", NEW))))
                .as("a link works once").containsKey("token");
        api.knowPassword(user, NEW);
        assertThat(api.call(user, HttpMethod.GET, "/api/enterprise", null).getStatusCode().value()).isEqualTo(200);
    }

    @Test
    void aCodeBySmsSetsANewPasswordAndAWrongCodeDoesNot() throws Exception {
        int n = ThreadLocalRandom.current().nextInt(1_000_000);
        String phone = "0472-" + (5_000_000 + n);
        String user = register(n, "sms" + n + "@example.org", phone);
        assertThat(ask(Map.of("phone", phone))).isEqualTo(202);
        outside.drain();
        String sms = outside.texts().stream().filter(t -> t.contains(phone)).findFirst().orElseThrow();
        assertThat(sms).contains(user);
        Matcher code = CODE.matcher(sms);
        assertThat(code.find()).isTrue();
        String wrong = code.group(1).equals("000000") ? "000001" : "000000";
        withheldFromAdministrators(user, code.group(1));

        assertThat(ApiClient.errors(reset(Map.of("phone", phone, "code", wrong, "password", NEW,
                "passwordRepeated", NEW)))).containsKey("code");
        assertThat(reset(Map.of("phone", phone, "code", code.group(1), "password", NEW, "passwordRepeated", NEW))
                .getStatusCode().value()).isEqualTo(200);
        api.knowPassword(user, NEW);
        assertThat(api.call(user, HttpMethod.GET, "/api/enterprise", null).getStatusCode().value()).isEqualTo(200);
    }

    @Test
    void anAddressIsAskedForAtMostThreeTimesAnHourAndThePageNeedsItsCsrfToken() throws Exception {
        String address = "limited" + ThreadLocalRandom.current().nextInt(1_000_000) + "@example.org";
        for (int i = 0; i < 3; i++) {
            assertThat(ask(Map.of("email", address))).isEqualTo(202);
        }
        assertThat(ask(Map.of("email", address))).isEqualTo(429);
        assertThat(ask(Map.of("email", "not an address"))).isEqualTo(400);

        mvc.perform(get("/login")).andExpect(content().string(Matchers.containsString("/password-reset")));
        mvc.perform(post("/password-reset").param("email", "page@example.org")).andExpect(status().isForbidden());
        mvc.perform(post("/password-reset").param("email", "page@example.org").with(csrf()))
                .andExpect(status().isOk()).andExpect(content().string(Matchers.containsString("reset-sent")));
        mvc.perform(get("/password-reset/new").param("token", "forged"))
                .andExpect(status().isOk()).andExpect(content().string(Matchers.containsString("reset-invalid")));
    }

    /**
     * Neither the outbox's lists nor its page show an administrator the body of a message carrying a secret: sent,
     * nor once it is listed among the failed ones.
     */
    private void withheldFromAdministrators(String user, String secret) throws Exception {
        assertThat(bodiesListedFor(user, "SENT")).isNotEmpty().allSatisfy(body -> assertThat(body)
                .doesNotContain(secret).contains("不予显示"));
        jdbc.sql("update outbound_message set status = 'FAILED', last_error = 'refused' where recipient = ?")
                .param(user).update();
        assertThat(bodiesListedFor(user, "FAILED")).isNotEmpty().allSatisfy(body -> assertThat(body)
                .doesNotContain(secret).contains("不予显示"));
        mvc.perform(get("/admin/outbox").with(user("admin").authorities(() -> "admin")))
                .andExpect(status().isOk()).andExpect(content().string(Matchers.containsString(user)))
                .andExpect(content().string(Matchers.not(Matchers.containsString(secret))));
    }

    private java.util.List<String> bodiesListedFor(String user, String status) {
        return api.list("admin", "/api/admin/outbox?status=" + status).getBody().stream()
                .filter(m -> user.equals(m.get("recipient"))).map(m -> (String) m.get("body")).toList();
    }

    private int ask(Map<String, Object> body) {
        return api.call(null, HttpMethod.POST, "/api/password-reset", body).getStatusCode().value();
    }

    private org.springframework.http.ResponseEntity<Map<String, Object>> reset(Map<String, Object> body) {
        return api.call(null, HttpMethod.POST, "/api/password-reset/new", body);
    }

    private String register(int n, String email, String phone) {
        String first17 = "91150100MB" + String.format("%07d", n);
        String username = "reset-user-" + n;
        var created = api.call(null, HttpMethod.POST, "/api/enterprises", Map.of("username", username, "password",
                ApiClient.NEW_PASSWORD, "enterpriseName", "找回密码测试企业" + n, "creditCode",
                first17 + CreditCode.checkCharacter(first17), "region", "150100", "contactName", "赵磊",
                "contactPhone", phone, "email", email));
        assertThat(created.getStatusCode().value()).as("%s", created.getBody()).isEqualTo(201);
        return username;
    }
}
