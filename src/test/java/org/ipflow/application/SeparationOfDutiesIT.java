package org.ipflow.application;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import org.ipflow.IpflowTest;
import org.ipflow.identity.WebSession;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpMethod;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Issue 14, finding 9: one reviewer did the pre-review, the formal review and a score of the same
 * application. Now a second review step of one application is neither offered to the person who took
 * the first, nor can they claim or complete it (409 naming the step they did); nothing is recorded.
 */
@IpflowTest
class SeparationOfDutiesIT {

    @Autowired
    TestRestTemplate rest;
    @Autowired
    JdbcClient jdbc;

    ApiClient api;

    @BeforeEach
    void setUp() {
        api = new ApiClient(rest);
    }

    @Test
    void thePreReviewerMayNotAlsoReviewFormallyNorScore() {
        long id = api.submittedGrant("enterprise1", "职责分离项目", 100000, 40000);
        assertThat(api.complete("reviewer1", api.taskFor("reviewer1", id, "Task_RegionalPreReview"),
                Map.of("decision", "approve", "comment", "材料齐全")).getStatusCode().value()).isEqualTo(200);
        String formal = api.taskFor("reviewer3", id, "Task_FormalReview");
        assertThat(formal).as("offered to another reviewer").isNotNull();

        assertThat(api.taskFor("reviewer1", id, "Task_FormalReview")).as("not offered to the pre-reviewer").isNull();
        // Opened by its address, the task page says so at once, and offers neither the claim nor the form.
        var page = new WebSession(rest);
        page.login("reviewer1", "demo");
        String html = page.get("/tasks/" + formal).getBody();
        assertThat(html).contains("id=\"duty-conflict\"", "您已办理本申请的“盟市初审”步骤，不能再办理“省局形式审查”")
                .doesNotContain("/tasks/" + formal + "/claim", "/tasks/" + formal + "/complete");
        var claim = api.call("reviewer1", HttpMethod.POST, "/api/tasks/" + formal + "/claim", null);
        assertThat(claim.getStatusCode().value()).isEqualTo(409);
        assertThat(claim.getBody()).containsEntry("detail",
                "您已办理本申请的“盟市初审”步骤，不能再办理“省局形式审查”：同一申请的不同审查步骤须由不同人员办理。");
        var complete = api.call("reviewer1", HttpMethod.POST, "/api/tasks/" + formal + "/complete",
                Map.of("data", Map.of("decision", "approve")), Map.of("Accept-Language", "en"));
        assertThat(complete.getStatusCode().value()).isEqualTo(409);
        assertThat(complete.getBody()).containsEntry("detail", "You already did the step \"Regional pre-review\" of this "
                + "application, so you may not do \"Provincial formal review\": different review steps of one "
                + "application are done by different people.");
        assertThat(jdbc.sql("select count(*) from act_ru_task where id_ = ? and assignee_ is null").param(formal)
                .query(Long.class).single()).as("still unclaimed").isOne();
        assertThat(decisions(id, "Task_FormalReview")).isZero();

        assertThat(api.complete("reviewer3", formal, Map.of("decision", "approve")).getStatusCode().value())
                .isEqualTo(200);
        assertThat(api.taskFor("reviewer4", id, "Task_ExpertDeclaration")).as("experts come from the pool").isNull();
        List<String> experts = api.acceptedExperts(id);
        String scoring = api.taskFor(experts.get(0), id, "Task_ExpertScoring");
        for (String earlier : List.of("reviewer1", "reviewer3")) {
            assertThat(api.complete(earlier, scoring, ApiClient.rubricScore(99)).getStatusCode().value()).as(earlier)
                    .isEqualTo(404);
        }
        assertThat(decisions(id, "Task_ExpertScoring")).isZero();
        for (String expert : experts) {
            assertThat(api.complete(expert, api.taskFor(expert, id, "Task_ExpertScoring"), ApiClient.rubricScore(90))
                    .getStatusCode().value()).as(expert).isEqualTo(200);
        }
        assertThat(decisions(id, "Task_ExpertScoring")).isEqualTo(3);
    }

    @Test
    void theSameStepAgainAfterACorrectionStaysWithItsReviewer() {
        long id = api.submittedGrant("enterprise1", "职责分离补正项目", 100000, 40000);
        assertThat(api.complete("reviewer1", api.taskFor("reviewer1", id, "Task_RegionalPreReview"),
                Map.of("decision", "return", "comment", "请补充合同", "correctionDays", 5)).getStatusCode().value())
                .isEqualTo(200);
        assertThat(api.call("enterprise1", HttpMethod.POST, "/api/applications/" + id + "/submit", null)
                .getStatusCode().value()).isEqualTo(200);
        assertThat(api.complete("reviewer1", api.taskFor("reviewer1", id, "Task_RegionalPreReview"),
                Map.of("decision", "approve")).getStatusCode().value()).isEqualTo(200);
        assertThat(decisions(id, "Task_RegionalPreReview")).isEqualTo(2);
    }

    private long decisions(long id, String step) {
        return jdbc.sql("select count(*) from decision_record where application_id = ? and step_key = ?")
                .params(id, step).query(Long.class).single();
    }
}
