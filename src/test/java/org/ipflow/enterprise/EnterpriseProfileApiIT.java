package org.ipflow.enterprise;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.ipflow.IpflowTest;
import org.ipflow.application.ApiClient;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpMethod;
import org.springframework.jdbc.core.simple.JdbcClient;

/** {@code GET|PUT /api/enterprise}, {@code POST|DELETE /api/enterprise/users}, and the profile a paying programme needs. */
@IpflowTest
@SuppressWarnings("unchecked")
class EnterpriseProfileApiIT {

    @Autowired
    TestRestTemplate rest;

    @Autowired
    JdbcClient jdbc;

    ApiClient api;

    @org.junit.jupiter.api.BeforeEach
    void client() {
        api = new ApiClient(rest);
    }

    @Test
    void showsTheCallersEnterpriseWithExactlyTheContractsFields() {
        var response = api.call("enterprise1", HttpMethod.GET, "/api/enterprise", null);

        assertThat(response.getStatusCode().value()).isEqualTo(200);
        assertThat(response.getBody()).containsOnlyKeys("name", "creditCode", "region", "legalRepresentative",
                "contactName", "contactPhone", "email", "address", "bankAccount", "users")
                .containsEntry("name", "呼和浩特青城科技有限公司").containsEntry("region", "150100")
                .containsEntry("bankAccount", Map.of("bankName", "中国工商银行呼和浩特新华支行",
                        "accountName", "呼和浩特青城科技有限公司", "accountNumber", "0602001109200012345"));
        assertThat((List<Object>) response.getBody().get("users")).contains("enterprise1");
    }

    @Test
    void savesTheProfileAndAuditsWhatChanged() {
        String user = api.newEnterpriseWithoutProfile();
        String name = api.enterpriseName(user);

        var response = api.call(user, HttpMethod.PUT, "/api/enterprise", ApiClient.profile(name));

        assertThat(response.getStatusCode().value()).isEqualTo(200);
        assertThat(response.getBody()).containsEntry("legalRepresentative", "赵建国")
                .containsEntry("address", "内蒙古自治区呼和浩特市新城区新华大街 9 号");
        String detail = jdbc.sql("select detail from admin_audit where actor = ? and action = ?")
                .params(user, EnterpriseProfiles.AUDIT_ACTION).query(String.class).single();
        assertThat(detail).contains("legalRepresentative:  → 赵建国", "bankAccount.accountNumber:  → ****0400")
                .doesNotContain("150100200300400");
    }

    @Nested
    class Refuses {

        @Test
        void anAccountInAnotherName() {
            String user = api.newEnterpriseWithoutProfile();
            Map<String, Object> body = new LinkedHashMap<>(ApiClient.profile(api.enterpriseName(user)));
            body.put("bankAccount", Map.of("bankName", "中国银行", "accountName", "张三", "accountNumber", "12345678"));

            var response = api.call(user, HttpMethod.PUT, "/api/enterprise", body);

            assertThat(response.getStatusCode().value()).isEqualTo(400);
            assertThat(ApiClient.errors(response)).containsOnlyKeys("bankAccount.accountName");
        }

        @Test
        void invalidAndMissingFields() {
            String user = api.newEnterpriseWithoutProfile();
            Map<String, Object> body = new LinkedHashMap<>(ApiClient.profile(api.enterpriseName(user)));
            body.put("contactPhone", "12");
            body.remove("address");
            body.put("bankAccount", Map.of("bankName", "中国银行", "accountName", "x", "accountNumber", "12-34"));

            var response = api.call(user, HttpMethod.PUT, "/api/enterprise", body);

            assertThat(response.getStatusCode().value()).isEqualTo(400);
            assertThat(ApiClient.errors(response)).containsOnlyKeys("contactPhone", "address",
                    "bankAccount.accountNumber");
        }

        @Test
        void callersWhoAreNoEnterprise() {
            for (String staff : List.of("reviewer1", "finance1", "approver1", "admin")) {
                assertThat(api.call(staff, HttpMethod.GET, "/api/enterprise", null).getStatusCode().value())
                        .as(staff).isEqualTo(403);
                assertThat(api.call(staff, HttpMethod.POST, "/api/enterprise/users", Map.of("username", "x1x"))
                        .getStatusCode().value()).as(staff).isEqualTo(403);
            }
            assertThat(rest.getForEntity("/api/enterprise", String.class).getStatusCode().value()).isEqualTo(401);
        }

        @Test
        void aFirstSubmissionToAPayingProgrammeWithoutAProfile() {
            String user = api.newEnterpriseWithoutProfile();
            long id = api.completeDraft(user, "未完善企业信息的项目", 100000, 40000);

            var refused = api.call(user, HttpMethod.POST, "/api/applications/" + id + "/submit", null);

            assertThat(refused.getStatusCode().value()).isEqualTo(400);
            assertThat(ApiClient.errors(refused)).containsOnlyKeys("profile");
            api.completeProfile(user, api.enterpriseName(user));
            assertThat(api.call(user, HttpMethod.POST, "/api/applications/" + id + "/submit", null)
                    .getStatusCode().value()).isEqualTo(200);
        }
    }

    @Nested
    class Users {

        @Test
        void aCreatedColleagueSeesTheEnterprisesApplicationsUntilRemoved() {
            String first = api.newEnterprise();
            long id = api.submittedGrant(first, "同事可见的项目", 100000, 40000);
            String colleague = first + "-c";

            var invited = api.call(first, HttpMethod.POST, "/api/enterprise/users",
                    Map.of("username", colleague, "password", ApiClient.NEW_PASSWORD));
            api.knowPassword(colleague, ApiClient.NEW_PASSWORD);

            assertThat(invited.getStatusCode().value()).as("%s", invited.getBody()).isEqualTo(201);
            assertThat((List<Object>) invited.getBody().get("users")).containsExactlyInAnyOrder(first, colleague);
            assertThat(api.call(colleague, HttpMethod.GET, "/api/applications/" + id, null).getStatusCode().value())
                    .isEqualTo(200);

            assertThat(api.call(colleague, HttpMethod.DELETE, "/api/enterprise/users/" + first, null)
                    .getStatusCode().value()).isEqualTo(204);
            assertThat(api.call(first, HttpMethod.GET, "/api/applications/" + id, null).getStatusCode().value())
                    .isEqualTo(404);
            assertThat(api.call(colleague, HttpMethod.DELETE, "/api/enterprise/users/" + colleague, null)
                    .getStatusCode().value()).as("the last user").isEqualTo(409);
        }

        @Test
        void anExistingUserWithoutAnEnterpriseJoins() {
            String first = api.newEnterprise();
            String second = api.newEnterprise();
            String secondEnterprise = api.enterpriseName(second);
            String colleague = second + "-c";
            assertThat(api.call(second, HttpMethod.POST, "/api/enterprise/users",
                    Map.of("username", colleague, "password", ApiClient.NEW_PASSWORD)).getStatusCode().value())
                    .isEqualTo(201);
            assertThat(api.call(second, HttpMethod.DELETE, "/api/enterprise/users/" + colleague, null)
                    .getStatusCode().value()).isEqualTo(204);

            var joined = api.call(first, HttpMethod.POST, "/api/enterprise/users", Map.of("username", colleague));

            assertThat(joined.getStatusCode().value()).isEqualTo(201);
            api.knowPassword(colleague, ApiClient.NEW_PASSWORD);
            assertThat(api.enterpriseName(colleague)).isNotEqualTo(secondEnterprise).isEqualTo(api.enterpriseName(first));
        }

        @Test
        void refusesStaffMembersOfOtherEnterprisesStrangersAndTakenNames() {
            String first = api.newEnterprise();
            for (String taken : List.of("reviewer1", "enterprise2", "nobody-of-this-name")) {
                var refused = api.call(first, HttpMethod.POST, "/api/enterprise/users", Map.of("username", taken));
                assertThat(refused.getStatusCode().value()).as(taken).isEqualTo(400);
                assertThat(ApiClient.errors(refused)).as(taken).containsOnlyKeys("username");
            }
            assertThat(api.call(first, HttpMethod.POST, "/api/enterprise/users",
                    Map.of("username", "enterprise2", "password", ApiClient.NEW_PASSWORD)).getStatusCode().value())
                    .isEqualTo(409);
            assertThat(api.call(first, HttpMethod.DELETE, "/api/enterprise/users/enterprise1", null)
                    .getStatusCode().value()).as("a user of another enterprise").isEqualTo(404);
        }
    }
}
