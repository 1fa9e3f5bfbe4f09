package org.ipflow.identity;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ThreadLocalRandom;
import org.camunda.bpm.engine.IdentityService;
import org.ipflow.IpflowTest;
import org.ipflow.shared.CreditCode;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.core.ParameterizedTypeReference;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.ResponseEntity;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Finding 7, accounts: common and weak passwords (12345678, password, aaaaaaaa) are refused with the reason in
 * the reader's language on every path that sets one (registration API and page, an administrator's create
 * and reset, a user's own change); user names are unique regardless of case; registration refuses the office's
 * reserved names with the same words as a taken one, so it tells nothing about which staff accounts exist.
 */
@IpflowTest
class AccountNamesAndPasswordsIT {

    static final List<String> WEAK = List.of("12345678", "password", "aaaaaaaa", "1234567890", "password123",
            "qwertyuiop", "Passw0rd!", "woaini1314", "abc123456789");
    private static final String STRONG = "Steppe-Wind-Lantern-9";
    private static final ParameterizedTypeReference<Map<String, Object>> JSON = new ParameterizedTypeReference<>() { };

    @Autowired
    TestRestTemplate rest;
    @Autowired
    IdentityService identity;
    @Autowired
    JdbcClient jdbc;

    @Test
    void theRegistrationApiRefusesWeakPasswordsSayingWhyInTheCallersLanguage() {
        long usersBefore = identity.createUserQuery().count();
        for (String weak : WEAK) {
            var answer = register(registration("weakpw-" + suffix(), weak), "zh-CN");
            assertThat(answer.getStatusCode().value()).as(weak).isEqualTo(400);
            assertThat(passwordError(answer)).as(weak).contains("密码太容易被猜到");
        }
        var english = register(registration("weakpw-" + suffix(), "password"), "en");
        assertThat(passwordError(english)).contains("This password is too easy to guess", "common password");
        String name = "ordos-cashmere-" + suffix();
        var own = register(registration(name, "Xx" + name + "!"), "zh-CN");
        assertThat(passwordError(own)).isEqualTo("密码不能包含您的用户名、姓名、电子邮箱或企业名称。");
        assertThat(identity.createUserQuery().count()).as("no account created").isEqualTo(usersBefore);
        assertThat(register(registration("strongpw-" + suffix(), STRONG), "zh-CN").getStatusCode().value())
                .isEqualTo(201);
    }

    @Test
    void theRegistrationPageRefusesAWeakPassword() {
        WebSession visitor = new WebSession(rest);
        visitor.get("/register");
        Map<String, List<String>> form = new LinkedHashMap<>();
        registration("weakpage-" + suffix(), "12345678").forEach((k, v) -> form.put(k, List.of(v)));
        String page = visitor.post("/register", form).getBody();
        assertThat(page).contains("密码太容易被猜到");
    }

    @Test
    void staffPasswordsAreCheckedOnCreateResetAndOwnChange() {
        WebSession admin = new WebSession(rest);
        assertThat(admin.login("admin", "demo")).isEqualTo("/home");
        String id = "weak-staff-" + suffix();
        for (String weak : List.of("1234567890", "password123", "aaaaaaaaaaaa")) {
            admin.get("/admin/users/new");
            String page = admin.post("/admin/users", newStaff(id, weak)).getBody();
            assertThat(page).as(weak).contains("密码太容易被猜到");
        }
        assertThat(identity.createUserQuery().userId(id).count()).isZero();

        admin.get("/admin/users/finance1");
        String reset = admin.post("/admin/users/finance1/password", Map.of("password", List.of("1234567890"),
                "passwordRepeated", List.of("1234567890"))).getBody();
        assertThat(reset).contains("密码太容易被猜到");
        assertThat(identity.checkPassword("finance1", "demo")).as("finance1's password unchanged").isTrue();

        WebSession own = new WebSession(rest);
        assertThat(own.login("approver1", "demo")).isEqualTo("/home");
        own.get("/account/password");
        String change = own.post("/account/password?lang=en", Map.of("currentPassword", List.of("demo"),
                "password", List.of("password123"), "passwordRepeated", List.of("password123"))).getBody();
        assertThat(change).contains("This password is too easy to guess");
        assertThat(identity.checkPassword("approver1", "demo")).as("approver1's password unchanged").isTrue();
    }

    @Test
    void userNamesDifferingOnlyInCaseAreRefusedOnRegistrationAndCreate() {
        for (String name : List.of("Admin", "ADMIN", "Reviewer1", "ENTERPRISE1", "Finance1")) {
            var answer = register(registration(name, STRONG), "zh-CN");
            assertThat(answer.getStatusCode().value()).as(name).isEqualTo(409);
            assertThat(error(answer, "username")).as(name).isEqualTo("该用户名不可用，请换一个。");
        }
        String taken = "Mixed.Case-" + suffix();
        assertThat(register(registration(taken, STRONG), "zh-CN").getStatusCode().value()).isEqualTo(201);
        assertThat(register(registration(taken.toLowerCase(), STRONG), "en").getStatusCode().value()).isEqualTo(409);

        WebSession admin = new WebSession(rest);
        admin.login("admin", "demo");
        for (String name : List.of("Reviewer1", "ADMIN", taken.toUpperCase())) {
            admin.get("/admin/users/new");
            assertThat(admin.post("/admin/users", newStaff(name, STRONG)).getBody()).as(name)
                    .contains("该用户名已被使用（用户名不区分大小写）");
            assertThat(identity.createUserQuery().userId(name).count()).as(name).isZero();
        }
        assertThat(new WebSession(rest).login("reviewer1", "demo")).as("login stays exact").isEqualTo("/home");
    }

    /** reviewer1 exists and reviewer7 does not: registration answers both alike, so it reveals neither. */
    @Test
    void reservedAndTakenStaffNamesGetTheSameAnswer() {
        Map<String, Object> existing = register(registration("reviewer1", STRONG), "zh-CN").getBody();
        for (String name : List.of("reviewer7", "admin2", "approver", "root", "system", "finance_9", "expert-12")) {
            assertThat(identity.createUserQuery().userId(name).count()).as(name).isZero();
            var answer = register(registration(name, STRONG), "zh-CN");
            assertThat(answer.getStatusCode().value()).as(name).isEqualTo(409);
            assertThat(answer.getBody()).as(name).isEqualTo(existing);
        }
        assertThat(register(registration("reviewer-of-patents-" + suffix(), STRONG), "zh-CN").getStatusCode().value())
                .as("names that only begin like a role are free").isEqualTo(201);
    }

    private ResponseEntity<Map<String, Object>> register(Map<String, String> body, String language) {
        HttpHeaders headers = new HttpHeaders();
        headers.set(HttpHeaders.ACCEPT_LANGUAGE, language);
        return rest.exchange("/api/enterprises", HttpMethod.POST, new HttpEntity<>(body, headers), JSON);
    }

    private static Map<String, String> registration(String username, String password) {
        String first17 = "91150100MA" + String.format("%07d", ThreadLocalRandom.current().nextInt(10_000_000));
        Map<String, String> body = new LinkedHashMap<>();
        body.put("username", username);
        body.put("password", password);
        body.put("enterpriseName", "阿拉善沙产业科技有限公司");
        body.put("creditCode", first17 + CreditCode.checkCharacter(first17));
        body.put("region", "152900");
        body.put("contactName", "巴特尔");
        body.put("contactPhone", "0483-8331234");
        body.put("email", "office@alashan.example");
        return body;
    }

    private static Map<String, List<String>> newStaff(String id, String password) {
        Map<String, List<String>> fields = new LinkedHashMap<>();
        fields.put("username", List.of(id));
        fields.put("lastName", List.of("测试"));
        fields.put("firstName", List.of("用户"));
        fields.put("email", List.of("staff@example.org"));
        fields.put("roles", List.of("finance"));
        fields.put("password", List.of(password));
        fields.put("passwordRepeated", List.of(password));
        return fields;
    }

    private static String passwordError(ResponseEntity<Map<String, Object>> answer) {
        return error(answer, "password");
    }

    @SuppressWarnings("unchecked")
    private static String error(ResponseEntity<Map<String, Object>> answer, String field) {
        return String.valueOf(((Map<String, Object>) answer.getBody().get("errors")).get(field));
    }

    /** Letters only, so that no digits of a name turn up inside a weak password such as 12345678. */
    private static String suffix() {
        StringBuilder letters = new StringBuilder();
        for (int i = 0; i < 8; i++) {
            letters.append((char) ('a' + ThreadLocalRandom.current().nextInt(26)));
        }
        return letters.toString();
    }
}
