package org.ipflow.application.receipt;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import org.ipflow.IpflowTest;
import org.ipflow.application.ApiClient;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpMethod;

/** {@code POST /api/applications/{id}/evaluation}: once, after the end, by the enterprise's users only. */
@IpflowTest
class EvaluationIT {

    @Autowired
    TestRestTemplate rest;

    ApiClient api;

    @BeforeEach
    void client() {
        api = new ApiClient(rest);
    }

    private long rejected(String owner) {
        long id = api.submittedGrant(owner, "好差评项目", 100000, 40000);
        String preReview = api.taskFor("reviewer1", id, "Task_RegionalPreReview");
        assertThat(api.complete("reviewer1", preReview, Map.of("decision", "reject", "comment", "不属于资助范围"))
                .getStatusCode().value()).isEqualTo(200);
        return id;
    }

    private int evaluate(String user, long id, Object rating) {
        return api.call(user, HttpMethod.POST, "/api/applications/" + id + "/evaluation",
                rating == null ? Map.of("comment", "x") : Map.of("rating", rating, "comment", "审查及时，说明清楚"))
                .getStatusCode().value();
    }

    @Test
    void theEnterpriseEvaluatesOnceAfterTheEnd() {
        String owner = api.newEnterprise();
        long running = api.submittedGrant(owner, "仍在办理的项目", 100000, 40000);
        long ended = rejected(owner);

        assertThat(evaluate(owner, running, 5)).as("before the end").isEqualTo(409);
        assertThat(evaluate(owner, ended, 6)).as("out of range").isEqualTo(400);
        assertThat(evaluate(owner, ended, null)).as("no rating").isEqualTo(400);
        assertThat(evaluate("enterprise2", ended, 1)).as("another enterprise").isEqualTo(404);
        assertThat(evaluate("approver1", ended, 1)).as("staff").isEqualTo(404);
        assertThat(evaluate(owner, ended, 4)).isEqualTo(201);
        assertThat(evaluate(owner, ended, 1)).as("twice").isEqualTo(409);
    }
}
