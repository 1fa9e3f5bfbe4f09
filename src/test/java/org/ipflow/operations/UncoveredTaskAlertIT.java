package org.ipflow.operations;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ThreadLocalRandom;
import org.ipflow.IpflowTest;
import org.ipflow.application.ApiClient;
import org.ipflow.notification.Notification;
import org.ipflow.notification.Notifications;
import org.ipflow.shared.CreditCode;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpMethod;

/** An application from a region without reviewers waits at a step nobody can take: the administrators are told. */
@IpflowTest
class UncoveredTaskAlertIT {

    @Autowired
    TestRestTemplate rest;
    @Autowired
    Notifications notifications;

    @Test
    void everyAdministratorIsToldOnceOfAnApplicationFromARegionWithoutReviewersAndNobodyOfOneThatIsCovered() {
        ApiClient api = new ApiClient(rest);
        String chifeng = enterpriseIn150400(api);
        long id = api.submittedGrant(chifeng, "赤峰无人初审项目", 100000, 40000);
        String number = (String) api.application(chifeng, id).get("number");
        long covered = api.submittedGrant("enterprise1", "呼和浩特有人初审项目", 100000, 40000);
        String coveredNumber = (String) api.application("enterprise1", covered).get("number");
        try {
            assertThat(notifications.recent("admin", Locale.SIMPLIFIED_CHINESE))
                    .filteredOn(n -> n.text().contains(number)).singleElement().satisfies(n -> {
                        assertThat(n.applicationId()).isEqualTo(id);
                        assertThat(n.text()).contains("盟市初审", "reviewer-150400", "无人可办");
                    });
            assertThat(notifications.recent("admin", Locale.ENGLISH)).map(Notification::text)
                    .filteredOn(text -> text.contains(number)).singleElement().asString()
                    .contains("Nobody can take the step", "reviewer-150400");
            assertThat(api.list("admin", "/api/notifications").getBody().toString()).contains(number)
                    .doesNotContain(coveredNumber);
            assertThat(notifications.recent("reviewer1", Locale.SIMPLIFIED_CHINESE)).map(Notification::text)
                    .noneMatch(text -> text.contains(number));
        } finally {
            // Withdrawn, so that the step nobody can take does not stay on other tests' operations page.
            api.call(chifeng, HttpMethod.POST, "/api/applications/" + id + "/withdraw", null);
            api.call("enterprise1", HttpMethod.POST, "/api/applications/" + covered + "/withdraw", null);
        }
    }

    private static String enterpriseIn150400(ApiClient api) {
        String first17 = "91150400MA" + String.format("%07d", ThreadLocalRandom.current().nextInt(10_000_000));
        String username = "chifeng-" + ThreadLocalRandom.current().nextInt(1_000_000);
        var created = api.call(null, HttpMethod.POST, "/api/enterprises", Map.of("username", username, "password",
                ApiClient.NEW_PASSWORD, "enterpriseName", "赤峰无人初审测试企业" + username, "creditCode",
                first17 + CreditCode.checkCharacter(first17), "region", "150400", "contactName", "王芳",
                "contactPhone", "0476-8800000", "email", "office@example.org"));
        assertThat(created.getStatusCode().value()).as("%s", created.getBody()).isEqualTo(201);
        api.knowPassword(username, ApiClient.NEW_PASSWORD);
        api.completeProfile(username, "赤峰无人初审测试企业" + username);
        return username;
    }
}
