package org.ipflow.tasks;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.RuntimeService;
import org.ipflow.IpflowTest;
import org.ipflow.application.ApiClient;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;

/**
 * {@code GET /api/tasks/{id}} gives an API client what the task's form starts from and is bounded by
 * ({@code input}), so that it can fill the form as the page does: the approval its recommended amount and
 * the yearly cap, the disbursement its approved amount; a scoring task nothing of other experts' scores.
 */
@IpflowTest
class TaskInputIT {

    @Autowired
    TestRestTemplate rest;
    @Autowired
    RuntimeService runtime;
    @Autowired
    ManagementService management;

    @Test
    void eachStepGivesTheValuesItsFormStartsFromAndIsBoundedBy() {
        GrantPath grant = new GrantPath(new ApiClient(rest), runtime, management, "任务输入");
        assertThat(inputOf(grant.get("reviewer1", grant.task("reviewer1", "Task_RegionalPreReview"))))
                .as("a review starts from nothing").isEmpty();
        grant.reviewed();

        assertThat(inputOf(grant.get(grant.expert(0), grant.task(grant.expert(0), "Task_ExpertScoring")))).isEmpty();
        grant.scored(grant.expert(0), 80).scored(grant.expert(1), 90);
        assertThat(inputOf(grant.get(grant.expert(2), grant.task(grant.expert(2), "Task_ExpertScoring"))))
                .as("nothing of the other experts' scores").isEmpty();
        grant.scored(grant.expert(2), 100);

        Map<String, Object> approval = grant.get("approver1", grant.task("approver1", "Task_ApproverDecision"));
        assertThat(inputOf(approval)).containsKeys("recommendedAmount").doesNotContainKeys("decision", "comment",
                "scoreSum", "scorers", "meanScore");
        assertThat(((Number) inputOf(approval).get("recommendedAmount")).doubleValue()).isPositive();
        assertThat(approval).as("no field of the approval starts from a variable yet").containsEntry("prefilled", List.of());
        // the approval form bounds the amount by FEEL, "=recommendedAmount", evaluated on the server
        long recommended = ((Number) inputOf(approval).get("recommendedAmount")).longValue();
        var tooMuch = grant.api.complete("approver1", (String) approval.get("id"),
                Map.of("decision", "approve", "approvedAmount", recommended + 1));
        assertThat(tooMuch.getStatusCode().value()).isEqualTo(400);
        assertThat((String) ApiClient.errors(tooMuch).get("approvedAmount")).contains(String.valueOf(recommended));

        grant.approved(60000).noticeEnded();
        assertThat(inputOf(grant.get("finance1", grant.task("finance1", "Task_Disbursement"))))
                .containsEntry("approvedAmount", 60000).doesNotContainKey("recommendedAmount");
        assertThat(grant.api.list("finance1", "/api/tasks?q=" + grant.number).getBody())
                .allSatisfy(listed -> assertThat(listed).doesNotContainKeys("input", "form"));
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> inputOf(Map<String, Object> task) {
        assertThat(task).containsKey("input");
        return (Map<String, Object>) task.get("input");
    }
}
