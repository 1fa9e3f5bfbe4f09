package org.ipflow.tasks;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import jakarta.servlet.http.Cookie;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.ipflow.IpflowTest;
import org.ipflow.application.ApiClient;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpMethod;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.test.web.servlet.MockMvc;

/**
 * Step names come from the models in the reader's language: a grant application past its regional
 * pre-review, read by an English and by a Chinese session on the inbox, the task page, the
 * application's page (current step, timeline, diagram) and list, "done by me", the operations page, the
 * dashboard's step table and through the API.
 */
@IpflowTest
class BilingualStepNamesIT {

    @Autowired
    MockMvc mvc;

    @Autowired
    TestRestTemplate rest;

    ApiClient api;
    long id;
    String number;
    String formalReview;

    @BeforeEach
    void grantPastPreReview() {
        api = new ApiClient(rest);
        id = api.submittedGrant("enterprise1", "双语步骤名称", 200000, 100000);
        number = (String) api.application("enterprise1", id).get("number");
        String preReview = api.taskFor("reviewer1", id, "Task_RegionalPreReview");
        assertThat(api.complete("reviewer1", preReview, Map.of("decision", "approve", "comment", "材料齐全"))
                .getStatusCode().value()).isEqualTo(200);
        formalReview = api.taskFor("reviewer3", id, "Task_FormalReview");
        assertThat(formalReview).isNotNull();
    }

    @Test
    void anEnglishSessionSeesTheModelsEnglishStepNames() throws Exception {
        String inbox = page("/tasks?q=" + number, "en", "reviewer3", "reviewer");
        assertThat(row(inbox, number)).contains("Provincial formal review").doesNotContain("省局形式审查");
        assertThat(inbox).contains("<option value=\"Task_RegionalPreReview\">Regional pre-review</option>",
                "<option value=\"Task_ExpertScoring\">Expert scoring</option>");

        String task = page("/tasks/" + formalReview, "en", "reviewer3", "reviewer");
        assertThat(task).contains("<title>Provincial formal review</title>",
                "aria-current=\"page\">Provincial formal review</li>", "<span>Provincial formal review</span> · ");
        assertThat(timeline(task)).contains("Application submitted", "Regional pre-review")
                .doesNotContain("提交申报", "盟市初审");
        assertThat(task).contains(">Decision</legend>", ">Approve</label>", ">Return for correction</label>");

        String detail = page("/applications/" + id, "en", "enterprise1", "enterprise");
        assertThat(progress(detail)).contains("Provincial formal review").doesNotContain("省局形式审查");
        assertThat(timeline(detail)).contains("Application submitted", "Regional pre-review")
                .doesNotContain("提交申报", "盟市初审");

        String done = page("/tasks/done", "en", "reviewer1", "reviewer", "reviewer-150100");
        assertThat(row(done, number)).contains("Regional pre-review").doesNotContain("盟市初审");

        String list = page("/applications", "en", "enterprise1", "enterprise");
        assertThat(row(list, number)).contains("Provincial formal review").doesNotContain("省局形式审查");

        assertThat(page("/applications/" + id + "/diagram.bpmn", "en", "enterprise1", "enterprise"))
                .contains("name=\"Provincial formal review\"", "name=\"Returned for correction\"")
                .doesNotContain("name=\"省局形式审查\"");

        String operations = page("/admin/operations", "en", "admin", "admin");
        assertThat(section(operations, "<tr id=\"step-patent-transformation-grant-Task_FormalReview\">.*?</tr>"))
                .contains("Provincial formal review");
        assertThat(section(operations, "<tbody id=\"programme-patent-transformation-grant\">.*?</tr>"))
                .contains("Patent-transformation grant");
        assertThat(page("/dashboard/export/steps.csv", "en", "approver1", "approver"))
                .contains("Regional pre-review,Task_RegionalPreReview").doesNotContain("盟市初审");
    }

    @Test
    void anEnglishReviewerWhoForgetsTheReasonIsToldInEnglishNextToTheEnglishLabel() throws Exception {
        var response = mvc.perform(post("/tasks/" + formalReview + "/complete").param("decision", "reject")
                        .with(csrf()).with(user("reviewer3").authorities(new SimpleGrantedAuthority("reviewer")))
                        .cookie(new Cookie("ipflow-lang", "en")))
                .andReturn().getResponse();

        String html = response.getContentAsString(StandardCharsets.UTF_8);
        assertThat(response.getStatus()).isEqualTo(200);
        assertThat(html).containsPattern("for=\"field-comment\"[^>]*>Comment</label>")
                .contains("id=\"field-comment-error\">This field is required.</div>")
                .doesNotContain("意见", "此项为必填项");
        assertThat(api.taskFor("reviewer3", id, "Task_FormalReview")).isEqualTo(formalReview);
    }

    @Test
    void aChineseSessionSeesTheChineseNames() throws Exception {
        assertThat(row(page("/tasks?q=" + number, "zh", "reviewer3", "reviewer"), number))
                .contains("省局形式审查").doesNotContain("Provincial formal review");

        String task = page("/tasks/" + formalReview, null, "reviewer3", "reviewer");
        assertThat(task).contains("<title>省局形式审查</title>", "aria-current=\"page\">省局形式审查</li>");
        assertThat(timeline(task)).contains("提交申报", "盟市初审").doesNotContain("Regional pre-review");

        String detail = page("/applications/" + id, "zh", "enterprise1", "enterprise");
        assertThat(progress(detail)).contains("省局形式审查").doesNotContain("Provincial formal review");
        assertThat(timeline(detail)).contains("提交申报", "盟市初审").doesNotContain("Application submitted");

        assertThat(row(page("/tasks/done", null, "reviewer1", "reviewer", "reviewer-150100"), number))
                .contains("盟市初审");
        assertThat(page("/applications/" + id + "/diagram.bpmn", "zh", "enterprise1", "enterprise"))
                .contains("name=\"省局形式审查\"").doesNotContain("name=\"Provincial formal review\"");
        assertThat(section(page("/admin/operations", null, "admin", "admin"),
                "<tr id=\"step-patent-transformation-grant-Task_FormalReview\">.*?</tr>")).contains("省局形式审查");
        assertThat(page("/dashboard/export/steps.csv", "zh", "approver1", "approver"))
                .contains("盟市初审,Task_RegionalPreReview");
    }

    @Test
    void theApiNamesStepsInTheLanguageTheClientAsksFor() {
        var english = api.call("reviewer3", HttpMethod.GET, "/api/tasks/" + formalReview, null,
                Map.of("Accept-Language", "en"));
        assertThat(english.getBody()).containsEntry("name", "Provincial formal review");
        assertThat(api.call("reviewer3", HttpMethod.GET, "/api/tasks/" + formalReview, null).getBody())
                .containsEntry("name", "省局形式审查");

        var history = api.call("enterprise1", HttpMethod.GET, "/api/applications/" + id, null,
                Map.of("Accept-Language", "en")).getBody().get("history");
        assertThat(history.toString()).contains("stepName=Regional pre-review", "stepName=Application submitted");
    }

    private String page(String path, String language, String username, String... authorities) throws Exception {
        var request = get(path).with(user(username).authorities(
                Arrays.stream(authorities).map(SimpleGrantedAuthority::new).toList()));
        if (language != null) {
            request.cookie(new Cookie("ipflow-lang", language));
        }
        var response = mvc.perform(request).andReturn().getResponse();
        assertThat(response.getStatus()).as(path).isEqualTo(200);
        return response.getContentAsString(StandardCharsets.UTF_8);
    }

    /** The table row that names the application. */
    private static String row(String html, String applicationNumber) {
        return section(html, "<tr[^>]*>(?:(?!</tr>).)*" + Pattern.quote(applicationNumber) + "(?:(?!</tr>).)*</tr>");
    }

    private static String timeline(String html) {
        return section(html, "<ol class=\"timeline\">.*?</ol>");
    }

    /** The applicant's progress (办件进度): the programme's steps, named in the reader's language. */
    private static String progress(String html) {
        return section(html, "<section id=\"progress\".*?</section>");
    }

    private static String section(String html, String regex) {
        Matcher found = Pattern.compile(regex, Pattern.DOTALL).matcher(html);
        assertThat(found.find()).as("%s in the page", regex).isTrue();
        return found.group();
    }
}
