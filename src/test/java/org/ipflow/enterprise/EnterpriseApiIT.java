package org.ipflow.enterprise;

import static org.assertj.core.api.Assertions.assertThat;
import static org.ipflow.enterprise.NewRegistrations.PASSWORD;
import static org.ipflow.enterprise.NewRegistrations.body;
import static org.ipflow.enterprise.NewRegistrations.creditCode;
import static org.ipflow.enterprise.NewRegistrations.username;

import java.util.Map;
import org.ipflow.IpflowTest;
import org.ipflow.identity.Roles;
import org.ipflow.identity.UserAccounts;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.core.ParameterizedTypeReference;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;

@IpflowTest
class EnterpriseApiIT {

    private static final ParameterizedTypeReference<Map<String, Object>> JSON = new ParameterizedTypeReference<>() {
    };

    @Autowired
    TestRestTemplate rest;

    @Autowired
    UserAccounts accounts;

    @Autowired
    Enterprises enterprises;

    @Test
    void registersTheEnterpriseAndAUserWhoCanLogIn() {
        String username = username();
        String creditCode = creditCode();

        var response = post(body(username, creditCode), null);

        assertThat(response.getStatusCode()).isEqualTo(HttpStatus.CREATED);
        assertThat(response.getBody()).containsOnlyKeys("id", "username", "enterpriseName", "creditCode", "region")
                .containsEntry("username", username).containsEntry("creditCode", creditCode)
                .containsEntry("region", "150600").containsEntry("enterpriseName", "鄂尔多斯绒纺科技有限公司");
        long id = ((Number) response.getBody().get("id")).longValue();
        assertThat(accounts.exists(username)).isTrue();
        assertThat(accounts.groupsOf(username)).containsExactly(Roles.ENTERPRISE);
        assertThat(enterprises.ofUser(username)).hasValueSatisfying(e -> {
            assertThat(e.id()).isEqualTo(id);
            assertThat(e.creditCode()).isEqualTo(creditCode);
            assertThat(e.contactPhone()).isEqualTo("0477-8581234");
        });
        assertThat(enterprises.findById(id)).isPresent();
        // Authenticated but not an administrator: 403, where a wrong password gets 401.
        assertThat(rest.withBasicAuth(username, PASSWORD).getForEntity("/engine-rest/user/count", String.class)
                .getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
        assertThat(rest.withBasicAuth(username, "wrong-password").getForEntity("/engine-rest/user/count", String.class)
                .getStatusCode()).isEqualTo(HttpStatus.UNAUTHORIZED);
    }

    @Test
    void normalisesTheCreditCode() {
        String username = username();
        String creditCode = creditCode();

        var response = post(body(username, " " + creditCode.toLowerCase() + " "), null);

        assertThat(response.getStatusCode()).isEqualTo(HttpStatus.CREATED);
        assertThat(response.getBody()).containsEntry("creditCode", creditCode);
        assertThat(enterprises.ofUser(username).orElseThrow().creditCode()).isEqualTo(creditCode);
    }

    @Nested
    class RefusesInvalidInput {

        @Test
        void aWrongCheckCharacter() {
            String code = creditCode();
            char wrong = code.charAt(17) == '0' ? '1' : '0';
            assertFieldErrors(with("creditCode", code.substring(0, 17) + wrong), "creditCode");
        }

        @Test
        void anUnknownRegion() {
            assertFieldErrors(with("region", "110000"), "region");
        }

        @Test
        void aShortPassword() {
            assertFieldErrors(with("password", "short"), "password");
        }

        @Test
        void aPasswordTooLongForBcrypt() {
            assertFieldErrors(with("password", "密".repeat(25)), "password");
        }

        @Test
        void badUsernamePhoneAndEmail() {
            var body = with("username", "-leading-dash");
            body.put("contactPhone", "12345");
            body.put("email", "not-an-email");
            assertFieldErrors(body, "username", "contactPhone", "email");
        }

        @Test
        void missingFieldsWithOneChineseMessageEach() {
            var response = post(Map.of(), null);

            assertThat(response.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
            assertThat(errors(response)).containsOnlyKeys("username", "password", "enterpriseName", "creditCode",
                    "region", "contactName", "contactPhone", "email").allSatisfy((field, message) ->
                    assertThat(message).isEqualTo("请填写此项。"));
        }

        @Test
        void inTheLanguageTheCallerAccepts() {
            var response = post(with("creditCode", ""), "en-GB,en;q=0.8");

            assertThat(errors(response)).containsEntry("creditCode", "Please fill in this field.");
        }

        private Map<String, Object> with(String field, String value) {
            var body = body(username(), creditCode());
            body.put(field, value);
            return body;
        }

        private void assertFieldErrors(Map<String, Object> body, String... fields) {
            var response = post(body, null);

            assertThat(response.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
            assertThat(errors(response)).containsOnlyKeys(fields).doesNotContainValue(null);
            assertThat(accounts.exists((String) body.get("username"))).isFalse();
        }
    }

    @Nested
    class RefusesTakenNames {

        @Test
        void aTakenUsername() {
            var response = post(body("enterprise1", creditCode()), null);

            assertThat(response.getStatusCode()).isEqualTo(HttpStatus.CONFLICT);
            assertThat(errors(response)).containsOnly(Map.entry("username", "该用户名不可用，请换一个。"));
        }

        @Test
        void aTakenCreditCodeAndLeavesNoUserBehind() {
            String username = username();

            var response = post(body(username, DemoEnterprises.HOHHOT_CREDIT_CODE.toLowerCase()), "en");

            assertThat(response.getStatusCode()).isEqualTo(HttpStatus.CONFLICT);
            assertThat(errors(response)).containsOnly(
                    Map.entry("creditCode", "An enterprise with this credit code is already registered."));
            // The user was created before the enterprise's insert failed; the rollback took it away.
            assertThat(accounts.exists(username)).isFalse();
            assertThat(enterprises.ofUser(username)).isEmpty();
        }
    }

    private ResponseEntity<Map<String, Object>> post(Map<String, ?> body, String acceptLanguage) {
        var headers = new HttpHeaders();
        if (acceptLanguage != null) {
            headers.set(HttpHeaders.ACCEPT_LANGUAGE, acceptLanguage);
        }
        return rest.exchange("/api/enterprises", HttpMethod.POST, new HttpEntity<>(body, headers), JSON);
    }

    @SuppressWarnings("unchecked")
    private static Map<String, String> errors(ResponseEntity<Map<String, Object>> response) {
        // problem details and the field errors, nothing of what was sent (a password above all)
        assertThat(response.getBody()).containsOnlyKeys("type", "title", "status", "detail", "instance", "errors");
        return (Map<String, String>) response.getBody().get("errors");
    }
}
