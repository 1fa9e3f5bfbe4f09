package org.ipflow.application;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import org.ipflow.IpflowTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpMethod;

/**
 * The enterprise ends its own applications (README, API): {@code DELETE /api/applications/{id}} deletes a draft,
 * {@code POST /api/applications/{id}/withdraw} withdraws a submitted one before a final decision, with a reason.
 * Another enterprise gets 404, staff 403.
 */
@IpflowTest
class DeleteAndWithdrawApiIT {

    @Autowired
    TestRestTemplate rest;

    ApiClient api;

    @BeforeEach
    void setUp() {
        api = new ApiClient(rest);
    }

    private long draft(String user) {
        var created = api.call(user, HttpMethod.POST, "/api/applications",
                Map.of("programme", "patent-transformation-grant", "data", Map.of("projectName", "待删除草稿")));
        assertThat(created.getStatusCode().value()).isEqualTo(201);
        return ((Number) created.getBody().get("id")).longValue();
    }

    private int status(String user, HttpMethod method, String path, Object body) {
        return api.call(user, method, path, body).getStatusCode().value();
    }

    @Test
    void aDraftIsDeletedByItsEnterpriseOnly() {
        long id = draft("enterprise1");
        api.upload("enterprise1", id, "business-licence", "licence.pdf", TestDocuments.pdf());

        assertThat(status("enterprise2", HttpMethod.DELETE, "/api/applications/" + id, null)).isEqualTo(404);
        assertThat(status("reviewer1", HttpMethod.DELETE, "/api/applications/" + id, null)).isEqualTo(403);
        assertThat(status("admin", HttpMethod.DELETE, "/api/applications/" + id, null)).isEqualTo(403);
        assertThat(status("enterprise1", HttpMethod.GET, "/api/applications/" + id, null)).isEqualTo(200);

        assertThat(status("enterprise1", HttpMethod.DELETE, "/api/applications/" + id, null)).isEqualTo(204);
        assertThat(status("enterprise1", HttpMethod.GET, "/api/applications/" + id, null)).isEqualTo(404);
        assertThat(status("enterprise1", HttpMethod.DELETE, "/api/applications/" + id, null)).isEqualTo(404);
    }

    @Test
    void aSubmittedApplicationIsNotDeleted() {
        long id = api.submittedGrant("enterprise1", "已提交不可删除", 100000, 30000);
        assertThat(status("enterprise1", HttpMethod.DELETE, "/api/applications/" + id, null)).isEqualTo(409);
        assertThat(api.application("enterprise1", id)).containsEntry("status", "SUBMITTED");
    }

    @Test
    void theEnterpriseWithdrawsWithAReasonAndTheOfficeStopsWorkingOnIt() {
        long id = api.submittedGrant("enterprise1", "企业撤回项目", 100000, 30000);
        String path = "/api/applications/" + id + "/withdraw";
        assertThat(api.taskFor("reviewer1", id, "Task_RegionalPreReview")).isNotNull();

        assertThat(status("enterprise2", HttpMethod.POST, path, Map.of("reason", "不是我的"))).isEqualTo(404);
        assertThat(status("reviewer1", HttpMethod.POST, path, Map.of("reason", "代企业撤回"))).isEqualTo(403);
        var noReason = api.call("enterprise1", HttpMethod.POST, path, Map.of("reason", "  "));
        assertThat(noReason.getStatusCode().value()).isEqualTo(400);
        assertThat(ApiClient.errors(noReason)).containsKey("reason");

        var withdrawn = api.call("enterprise1", HttpMethod.POST, path, Map.of("reason", "项目已由其他资金支持"));
        assertThat(withdrawn.getStatusCode().value()).isEqualTo(200);
        assertThat(withdrawn.getBody()).containsEntry("status", "WITHDRAWN");
        List<?> history = (List<?>) withdrawn.getBody().get("history");
        assertThat(history.get(history.size() - 1).toString()).contains("decision=withdrawal", "actor=enterprise1",
                "comment=项目已由其他资金支持");
        assertThat(withdrawn.getBody().get("currentSteps")).asList().isEmpty();
        assertThat(api.taskFor("reviewer1", id, "Task_RegionalPreReview")).as("the review task is gone").isNull();
        assertThat(status("enterprise1", HttpMethod.POST, path, Map.of("reason", "再撤一次"))).isEqualTo(409);

        String number = (String) withdrawn.getBody().get("number");
        assertThat(api.list("enterprise1", "/api/notifications").getBody().toString()).as("told once, in its own terms")
                .containsOnlyOnce(number + "：已按贵单位的申请撤回（理由：项目已由其他资金支持）")
                .doesNotContain(number + " 逾期未补正");
    }

    @Test
    void afterAFinalDecisionThereIsNothingToWithdraw() {
        long id = api.submittedGrant("enterprise2", "已驳回项目", 100000, 30000);
        String preReview = api.taskFor("reviewer2", id, "Task_RegionalPreReview");
        assertThat(api.complete("reviewer2", preReview, Map.of("decision", "reject", "comment", "不属于资助范围"))
                .getStatusCode().value()).isEqualTo(200);
        assertThat(status("enterprise2", HttpMethod.POST, "/api/applications/" + id + "/withdraw",
                Map.of("reason", "撤回"))).isEqualTo(409);
        assertThat(api.application("enterprise2", id)).containsEntry("status", "REJECTED");
    }
}
