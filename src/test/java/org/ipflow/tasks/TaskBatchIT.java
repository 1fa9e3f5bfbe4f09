package org.ipflow.tasks;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import org.ipflow.IpflowTest;
import org.ipflow.application.ApiClient;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpMethod;

/**
 * Bulk claim and bulk completion through the API: each task answered on its own ({@code {id: {status, errors}}}),
 * the ones that may be done done, each decision validated and recorded individually, a task of another step refused.
 */
@IpflowTest
class TaskBatchIT {

    private static final String STEP = "Task_Verification";

    @Autowired
    TestRestTemplate rest;

    @Test
    void eachTaskOfABatchIsAnsweredAndRecordedOnItsOwn() {
        ApiClient api = new ApiClient(rest);
        String enterprise = api.newEnterprise();
        long first = api.submittedPledge(enterprise, "批量一", 100000, 60);
        long second = api.submittedPledge(enterprise, "批量二", 100000, 60);
        long grant = api.submittedGrant(enterprise, "批量资助", 200000, 100000);
        String t1 = api.taskFor("reviewer5", first, STEP);
        String t2 = api.taskFor("reviewer5", second, STEP);
        String pre = api.taskFor("reviewer1", grant, "Task_RegionalPreReview");
        assertThat(api.call("reviewer6", HttpMethod.POST, "/api/tasks/" + t2 + "/claim", null).getStatusCode().value())
                .isEqualTo(200);

        Map<String, Object> claimed = api.call("reviewer5", HttpMethod.POST, "/api/tasks/bulk/claim",
                Map.of("ids", List.of(t1, t2, pre, "no-such-task"))).getBody();
        assertThat(status(claimed, t1)).isEqualTo(200);
        assertThat(status(claimed, t2)).as("held by reviewer6").isEqualTo(409);
        assertThat(status(claimed, pre)).as("not reviewer5's region").isEqualTo(404);
        assertThat(status(claimed, "no-such-task")).isEqualTo(404);

        Map<String, Object> invalid = api.call("reviewer5", HttpMethod.POST, "/api/tasks/bulk/complete",
                Map.of("ids", List.of(t1, t2), "data", Map.of("decision", "return"))).getBody();
        assertThat(status(invalid, t1)).isEqualTo(400);
        assertThat(ApiClient.object(ApiClient.object(invalid, t1), "errors")).containsKey("comment");

        Map<String, Object> decided = api.call("reviewer5", HttpMethod.POST, "/api/tasks/bulk/complete",
                Map.of("ids", List.of(t1, t2), "data", Map.of("decision", "approve", "comment", "材料属实"))).getBody();
        assertThat(status(decided, t1)).isEqualTo(200);
        assertThat(status(decided, t2)).isEqualTo(409);
        assertThat(history(api, first)).anySatisfy(entry -> assertThat(entry).containsEntry("actor", "reviewer5")
                .containsEntry("decision", "approve").containsEntry("comment", "材料属实"));
        assertThat(history(api, second)).noneSatisfy(entry -> assertThat(entry).containsEntry("decision", "approve"));

        String third = api.taskFor("reviewer1", api.submittedPledge(enterprise, "批量三", 100000, 60), STEP);
        Map<String, Object> mixed = api.call("reviewer1", HttpMethod.POST, "/api/tasks/bulk/complete",
                Map.of("ids", List.of(pre, third), "data", Map.of("decision", "approve", "comment", "同意"))).getBody();
        assertThat(status(mixed, pre)).isEqualTo(200);
        assertThat(status(mixed, third)).as("another step than the first task's").isEqualTo(400);

        assertThat(api.call("reviewer5", HttpMethod.POST, "/api/tasks/bulk/claim", Map.of("ids", List.of()))
                .getStatusCode().value()).isEqualTo(400);
    }

    private static int status(Map<String, Object> answer, String id) {
        return ((Number) ApiClient.object(answer, id).get("status")).intValue();
    }

    @SuppressWarnings("unchecked")
    private static List<Map<String, Object>> history(ApiClient api, long id) {
        return (List<Map<String, Object>>) api.application("reviewer3", id).get("history");
    }
}
