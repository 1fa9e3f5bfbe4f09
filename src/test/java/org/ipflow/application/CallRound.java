package org.ipflow.application;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.ipflow.programme.TestProgrammes;
import org.springframework.http.HttpMethod;

/**
 * A funding round of its own for a test: a grant-like programme with one open call of the given budget, so
 * that budgets, rankings and notices of other tests never meet it, and applications driven up to the
 * approver's decision with the experts' scores the test chooses.
 */
final class CallRound {

    final ApiClient api;
    final String programme;
    final long callId;
    /** The user of each application's enterprise, by application id. */
    final Map<Long, String> enterprises = new java.util.HashMap<>();

    CallRound(ApiClient api, TestProgrammes programmes, String budget) {
        this.api = api;
        this.programme = programmes.defineGrantLike(List.of());
        this.callId = programmes.openCall(programme,
                ClockUtil.getCurrentTime().toInstant().minus(Duration.ofDays(1)), null, budget);
        poolCovers(programme);
    }

    /** The demo experts also take the new programme's field, as an administrator tags the pool for it. */
    private void poolCovers(String field) {
        for (Map<String, Object> expert : api.list("admin", "/api/admin/experts").getBody()) {
            if (!ApiClient.DEMO_EXPERTS.contains(expert.get("username"))) {
                continue;
            }
            Map<String, Object> body = new java.util.HashMap<>(expert);
            List<Object> fields = new java.util.ArrayList<>((List<?>) expert.get("fields"));
            fields.add(field);
            body.put("fields", fields);
            var changed = api.call("admin", HttpMethod.PUT, "/api/admin/experts/" + expert.get("username"), body);
            assertThat(changed.getStatusCode().value()).as("%s", changed.getBody()).isEqualTo(200);
        }
    }

    /** A grant of a new enterprise submitted in the call, reviewed and scored: waits for the approver. */
    long atApproval(String project, int fee, int score) {
        String enterprise = api.newEnterprise();
        var created = api.call(enterprise, HttpMethod.POST, "/api/applications",
                Map.of("programme", programme, "data", ApiClient.grantData(project, fee, fee / 2)));
        assertThat(created.getStatusCode().value()).as("%s", created.getBody()).isEqualTo(201);
        long id = ((Number) created.getBody().get("id")).longValue();
        enterprises.put(id, enterprise);
        var submitted = api.call(enterprise, HttpMethod.POST, "/api/applications/" + id + "/submit", null);
        assertThat(submitted.getStatusCode().value()).as("%s", submitted.getBody()).isEqualTo(200);
        complete("reviewer1", id, "Task_RegionalPreReview", Map.of("decision", "approve"));
        complete("reviewer3", id, "Task_FormalReview", Map.of("decision", "approve"));
        for (String expert : api.acceptedExperts(id)) {
            complete(expert, id, "Task_ExpertScoring", Map.of("score", score));
        }
        return id;
    }

    void complete(String user, long id, String step, Map<String, Object> data) {
        String task = api.taskFor(user, id, step);
        assertThat(task).as("%s's task %s of application %d", user, step, id).isNotNull();
        var answer = api.complete(user, task, data);
        assertThat(answer.getStatusCode().value()).as("%s", answer.getBody()).isEqualTo(200);
    }
}
