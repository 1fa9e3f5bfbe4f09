package org.ipflow.tasks;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

import jakarta.servlet.http.Cookie;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.RuntimeService;
import org.ipflow.IpflowTest;
import org.ipflow.application.ApiClient;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.autoconfigure.web.servlet.AutoConfigureMockMvc;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpMethod;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.test.web.servlet.MockMvc;

/**
 * Expert scoring as each party sees it: an expert who scored an application is neither offered nor given
 * its other scoring tasks of the round, and while scoring sees no other expert's score; the approver sees
 * every score with its expert and comment; the applicant sees the experts only as "专家1", "专家2", ….
 */
@IpflowTest
@AutoConfigureMockMvc
class ExpertScoringVisibilityIT {

    @Autowired
    MockMvc mvc;
    @Autowired
    TestRestTemplate rest;
    @Autowired
    RuntimeService runtime;
    @Autowired
    ManagementService management;

    GrantPath grant;

    @BeforeEach
    void reviewed() {
        grant = new GrantPath(new ApiClient(rest), runtime, management, "专家打分可见性").reviewed();
    }

    @Test
    void anExpertWhoScoredIsNeitherOfferedNorGivenTheRoundsOtherTasks() {
        assertThat(scoringTasks("reviewer4")).hasSize(3);
        List<String> held = scoringTasks("reviewer4");
        assertThat(claim("reviewer4", held.get(0))).isEqualTo(200);
        assertThat(claim("reviewer4", held.get(1))).as("claimed before scoring").isEqualTo(200);
        assertThat(grant.api.application(grant.enterprise, grant.id).get("currentSteps").toString())
                .as("the applicant sees the step, not the expert holding it").contains("Task_ExpertScoring")
                .doesNotContain("reviewer4");
        assertThat(grant.api.application("reviewer3", grant.id).get("currentSteps").toString())
                .as("the office does").contains("reviewer4");

        assertThat(grant.api.complete("reviewer4", held.get(0), Map.of("score", 70)).getStatusCode().value())
                .isEqualTo(200);
        assertThat(scoringTasks("reviewer4")).as("no other scoring task of the round offered").isEmpty();
        assertThat(claim("reviewer4", held.get(1))).as("nor given").isEqualTo(409);
        assertThat(grant.api.complete("reviewer4", held.get(1), Map.of("score", 99)).getStatusCode().value())
                .isEqualTo(409);
        assertThat(scoringTasks("reviewer5")).as("the task held before the score is back in the pool").hasSize(2);
    }

    @Test
    void theApproverSeesEveryScoreAndTheApplicantNoExpertsName() throws Exception {
        grant.scored("reviewer4", 70).scored("reviewer5", 80);
        String beforeScoring = page("reviewer6", "/tasks/" + grant.task("reviewer6", "Task_ExpertScoring"), null);
        assertThat(beforeScoring).as("the last expert sees no other score of the step")
                .doesNotContain("评审意见70", "评审意见80", "expert-scores", "reviewer4");
        grant.scored("reviewer6", 90);

        String approval = "/tasks/" + grant.task("approver1", "Task_ApproverDecision");
        assertThat(page("approver1", approval, null)).contains("id=\"expert-scores\"", "专家评分",
                "<td>reviewer4</td><td>70</td>", "<td>reviewer5</td><td>80</td>", "<td>reviewer6</td><td>90</td>",
                "评审意见80");
        assertThat(page("approver1", approval, "en")).contains("Experts&#39; scores", "<td>reviewer6</td><td>90</td>");

        String history = grant.api.application(grant.enterprise, grant.id).get("history").toString();
        assertThat(history).contains("actor=专家1", "actor=专家2", "actor=专家3")
                .doesNotContain("reviewer4", "reviewer5", "reviewer6");
        assertThat(grant.api.call(grant.enterprise, HttpMethod.GET, "/api/applications/" + grant.id, null,
                Map.of("Accept-Language", "en")).getBody().get("history").toString()).contains("actor=Expert 3");
        assertThat(grant.api.call("reviewer3", HttpMethod.GET, "/api/applications/" + grant.id, null).getBody()
                .get("history").toString()).as("the office knows its experts").contains("actor=reviewer4");
    }

    private List<String> scoringTasks(String user) {
        return grant.api.list(user, "/api/tasks?step=Task_ExpertScoring&size=200&q=" + grant.number).getBody().stream()
                .map(t -> (String) t.get("id")).toList();
    }

    private int claim(String user, String taskId) {
        return grant.api.call(user, HttpMethod.POST, "/api/tasks/" + taskId + "/claim", null).getStatusCode().value();
    }

    private String page(String username, String path, String language) throws Exception {
        var request = get(path).with(user(username).authorities(new SimpleGrantedAuthority(
                username.startsWith("approver") ? "approver" : "reviewer")));
        if (language != null) {
            request.cookie(new Cookie("ipflow-lang", language));
        }
        var response = mvc.perform(request).andReturn().getResponse();
        assertThat(response.getStatus()).as(path).isEqualTo(200);
        return new String(response.getContentAsByteArray(), StandardCharsets.UTF_8);
    }
}
