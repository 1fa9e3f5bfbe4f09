package org.ipflow.tasks;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

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
 * Expert review as each party sees it: an expert sees only the tasks and applications drawn for them (once they
 * declared no conflict, and no longer once declined), and while scoring no other expert's score; the approver sees every score with its
 * expert and comment; the applicant sees the experts only as "专家1", "专家2", … and never a declaration.
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
    void declarationsOpen() {
        grant = new GrantPath(new ApiClient(rest), runtime, management, "专家打分可见性").declarationsOpen();
    }

    @Test
    void anExpertSeesOnlyTheTasksAndApplicationsDrawnForThemAndOnlyUntilTheyDecline() throws Exception {
        List<String> drawn = ApiClient.DEMO_EXPERTS.stream()
                .filter(e -> grant.api.taskFor(e, grant.id, "Task_ExpertDeclaration") != null).toList();
        String other = ApiClient.DEMO_EXPERTS.stream().filter(e -> !drawn.contains(e)).findFirst().orElseThrow();
        String declaration = grant.task(drawn.get(0), "Task_ExpertDeclaration");
        assertThat(grant.api.list(drawn.get(0), "/api/tasks?size=200").getBody()).extracting(t -> t.get("assignee"))
                .as("an expert's inbox holds their own tasks alone").containsOnly(drawn.get(0));
        assertThat(status(other, "/api/tasks/" + declaration)).as("another expert's task").isEqualTo(404);
        assertThat(status(other, "/api/applications/" + grant.id)).as("an application not drawn for them").isEqualTo(404);
        assertThat(status(drawn.get(0), "/api/applications/" + grant.id)).as("not before declaring").isEqualTo(404);
        String documents = "/applications/" + grant.id + "/diagram.bpmn";
        assertThat(pageStatus(drawn.get(1), documents)).as("nor its pages").isEqualTo(404);
        assertThat(page(drawn.get(1), "/tasks/" + grant.task(drawn.get(1), "Task_ExpertDeclaration"), null))
                .as("the declaration names the applicant, not the application's data").contains("id=\"declare-first\"")
                .doesNotContain("id=\"documents\"");
        grant.complete(drawn.get(1), "Task_ExpertDeclaration", Map.of("decision", "accept"));
        assertThat(status(drawn.get(1), "/api/applications/" + grant.id)).as("open once accepted").isEqualTo(200);
        assertThat(pageStatus(drawn.get(1), documents)).isEqualTo(200);
        assertThat(grant.api.application(grant.enterprise, grant.id).get("currentSteps").toString())
                .as("the applicant sees the step, not the experts").contains("Task_ExpertDeclaration")
                .doesNotContain(drawn.get(0));

        assertThat(grant.api.complete(drawn.get(0), declaration, Map.of("decision", "decline")).getStatusCode().value())
                .as("a decline needs its reason").isEqualTo(400);
        assertThat(grant.api.complete(drawn.get(0), declaration, Map.of("decision", "decline", "comment", "曾任该企业顾问"))
                .getStatusCode().value()).isEqualTo(200);

        assertThat(status(drawn.get(0), "/api/applications/" + grant.id)).as("closed to who declined").isEqualTo(404);
        assertThat(ApiClient.DEMO_EXPERTS.stream().filter(e -> grant.api.taskFor(e, grant.id, "Task_ExpertDeclaration")
                != null)).as("a replacement drawn at once, beside the one left to declare").hasSize(2)
                .contains(drawn.get(2)).doesNotContain(drawn.get(0), drawn.get(1));
        assertThat(grant.api.application(grant.enterprise, grant.id).get("history").toString())
                .as("the applicant never reads a declaration").doesNotContain("曾任该企业顾问", drawn.get(0));
    }

    @Test
    void theApproverSeesEveryScoreAndTheApplicantNoExpertsName() throws Exception {
        grant.reviewedByExperts();
        String first = grant.expert(0);
        String second = grant.expert(1);
        String last = grant.expert(2);
        grant.scored(first, 70).scored(second, 80);
        assertThat(grant.api.application(first, grant.id).get("history").toString())
                .as("an expert who scored reads no other score while one is still to come").contains("评审意见70")
                .doesNotContain("评审意见80");
        String scoring = grant.task(last, "Task_ExpertScoring");
        String beforeScoring = page(last, "/tasks/" + scoring, null);
        assertThat(beforeScoring).as("the last expert sees no other score of the step")
                .doesNotContain("评审意见70", "评审意见80", "expert-scores", first);
        assertThat(beforeScoring).as("the rubric, each criterion with its guidance").contains("id=\"rubric\"",
                "技术成熟度", "样机、中试或量产", "name=\"scores.budgetReasonableness\"", "name=\"comments.team\"");
        String refused = new String(mvc.perform(post("/tasks/" + scoring + "/complete").with(csrf())
                        .with(user(last).authorities(new SimpleGrantedAuthority("expert")))
                        .param("scores.technicalMaturity", "100").param("comments.team", "团队稳定"))
                .andReturn().getResponse().getContentAsByteArray(), StandardCharsets.UTF_8);
        assertThat(refused).as("the page again, with what was typed").contains("请为“预算合理性”打分。",
                ">团队稳定</textarea>").containsPattern("name=\"scores.technicalMaturity\"[^>]*value=\"100\"");
        String typedOnPage = new String(mvc.perform(post("/tasks/" + scoring + "/complete").with(csrf())
                        .with(user(last).authorities(new SimpleGrantedAuthority("expert")))
                        .param("score", "90").param("comment", "总体可行"))
                .andReturn().getResponse().getContentAsByteArray(), StandardCharsets.UTF_8);
        assertThat(typedOnPage).as("a typed total is named on the page, what was typed kept")
                .contains("id=\"rubric-error\"", "不接受直接填写的总分", "请为“技术成熟度”打分。", ">总体可行</textarea>");
        var typed = grant.api.complete(last, scoring, Map.of("score", 90, "comment", "评审意见90"));
        assertThat(typed.getStatusCode().value()).isEqualTo(400);
        assertThat(ApiClient.errors(typed)).as("the total is computed, never typed").containsKey("score")
                .containsKey("scores.technicalMaturity");
        Map<String, Object> rubric = new java.util.HashMap<>(Map.of("technicalMaturity", 100, "marketProspects", 80,
                "ipQuality", 95, "team", 85));
        var missing = grant.api.complete(last, scoring, Map.of("scores", rubric, "comment", "评审意见90"));
        assertThat(ApiClient.errors(missing)).as("every criterion is scored").containsKey("scores.budgetReasonableness");
        rubric.put("budgetReasonableness", 120);
        assertThat(ApiClient.errors(grant.api.complete(last, scoring, Map.of("scores", rubric))))
                .as("within its maximum").containsKey("scores.budgetReasonableness");
        rubric.put("budgetReasonableness", 80);
        // 25% 100 + 20% 80 + 25% 95 + 15% 85 + 15% 80 = 89.5: the total is computed, a typed one is not taken.
        grant.complete(last, "Task_ExpertScoring", Map.of("scores", rubric, "score", 10, "comment", "评审意见90",
                "comments", Map.of("technicalMaturity", "样机已量产")));

        String approval = "/tasks/" + grant.task("approver1", "Task_ApproverDecision");
        assertThat(page("approver1", approval, null)).contains("id=\"expert-scores\"", "专家评分",
                "<td>" + first + "</td><td>70</td>", "<td>" + second + "</td><td>80</td>",
                "<td>" + last + "</td><td>90</td>", "评审意见80", "技术成熟度</span>:\n    <strong>100</strong>",
                "样机已量产");
        String instance = runtime.createProcessInstanceQuery().processInstanceBusinessKey(grant.number).singleResult()
                .getId();
        assertThat(runtime.getVariable(instance, "meanScore")).as("the mean of 70, 80 and the rubric's 90")
                .isEqualTo(80.0);
        assertThat(page("approver1", approval, "en")).contains("Experts&#39; scores", "<td>" + last + "</td><td>90</td>");

        assertThat(grant.api.application(first, grant.id).get("history").toString()).as("once all have scored")
                .contains("评审意见80", "评审意见90");
        String history = grant.api.application(grant.enterprise, grant.id).get("history").toString();
        assertThat(history).contains("actor=专家1", "actor=专家2", "actor=专家3").doesNotContain(first, second, last);
        assertThat(grant.api.call(grant.enterprise, HttpMethod.GET, "/api/applications/" + grant.id, null,
                Map.of("Accept-Language", "en")).getBody().get("history").toString()).contains("actor=Expert 3");
        assertThat(grant.api.call("reviewer3", HttpMethod.GET, "/api/applications/" + grant.id, null).getBody()
                .get("history").toString()).as("the office knows its experts").contains("actor=" + first);
    }

    private int status(String user, String path) {
        return grant.api.call(user, HttpMethod.GET, path, null).getStatusCode().value();
    }

    private int pageStatus(String expert, String path) throws Exception {
        return mvc.perform(get(path).with(user(expert).authorities(new SimpleGrantedAuthority("expert")))).andReturn()
                .getResponse().getStatus();
    }

    private String page(String username, String path, String language) throws Exception {
        var request = get(path).with(user(username).authorities(new SimpleGrantedAuthority(
                username.startsWith("approver") ? "approver" : username.startsWith("expert") ? "expert" : "reviewer")));
        if (language != null) {
            request.cookie(new Cookie("ipflow-lang", language));
        }
        var response = mvc.perform(request).andReturn().getResponse();
        assertThat(response.getStatus()).as(path).isEqualTo(200);
        return new String(response.getContentAsByteArray(), StandardCharsets.UTF_8);
    }
}
