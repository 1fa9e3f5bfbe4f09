package org.ipflow.tasks;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.nio.charset.StandardCharsets;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.ipflow.IpflowTest;
import org.ipflow.application.ApiClient;
import org.ipflow.application.TestDocuments;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

/**
 * Files attached to a decision on the task page: stored with it in the completion's transaction, listed beside
 * the timeline and downloaded by staff; a refused file leaves the task open; the enterprise never sees them.
 */
@IpflowTest
class DecisionFilesIT {

    private static final RequestPostProcessor REVIEWER1 = user("reviewer1").authorities(() -> "reviewer",
            () -> "reviewer-150100");
    private static final RequestPostProcessor REVIEWER3 = user("reviewer3").authorities(() -> "reviewer");

    @Autowired
    TestRestTemplate rest;
    @Autowired
    MockMvc mvc;

    @Test
    void aReviewersReportTravelsWithTheDecisionToStaffOnly() throws Exception {
        ApiClient api = new ApiClient(rest);
        String owner = api.newEnterprise();
        long id = api.submittedGrant(owner, "附件随决定", 200_000, 50_000);
        String preReview = api.taskFor("reviewer1", id, "Task_RegionalPreReview");
        byte[] pdf = TestDocuments.pdf();

        String refused = mvc.perform(multipart("/tasks/{id}/complete", preReview)
                        .file(new MockMultipartFile("decisionFiles", "报告.pdf", "application/pdf",
                                "<html>not a pdf</html>".getBytes(StandardCharsets.UTF_8)))
                        .param("decision", "approve").with(REVIEWER1).with(csrf()))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(refused).contains("decisionFiles-error", "报告.pdf");
        assertThat(api.taskFor("reviewer1", id, "Task_RegionalPreReview")).as("still open").isEqualTo(preReview);
        // without script, "refresh" shows the page again for what is typed and completes nothing
        assertThat(mvc.perform(post("/tasks/{id}/complete", preReview).param("comment", "尚在斟酌").param("_refresh", "true")
                        .with(REVIEWER1).with(csrf())).andExpect(status().isOk()).andReturn().getResponse()
                .getContentAsString()).contains("尚在斟酌");
        assertThat(api.taskFor("reviewer1", id, "Task_RegionalPreReview")).as("still open").isEqualTo(preReview);
        mvc.perform(post("/tasks/{id}/form-state", preReview).param("decision", "return").with(REVIEWER1).with(csrf()))
                .andExpect(status().isOk()).andExpect(content().json("{\"hidden\": []}"));

        mvc.perform(multipart("/tasks/{id}/complete", preReview)
                        .file(new MockMultipartFile("decisionFiles", "现场核查报告.pdf", "application/pdf", pdf))
                        .param("decision", "approve").with(REVIEWER1).with(csrf()))
                .andExpect(status().isFound());

        String next = mvc.perform(get("/tasks/{id}", api.taskFor("reviewer3", id, "Task_FormalReview")).with(REVIEWER3))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        Matcher link = Pattern.compile("/applications/" + id + "/decision-files/(\\d+)").matcher(next);
        assertThat(link.find()).as("the file listed beside the timeline").isTrue();
        assertThat(next).contains("id=\"decision-files\"", "现场核查报告.pdf", "reviewer1");
        mvc.perform(get(link.group()).with(REVIEWER3)).andExpect(status().isOk()).andExpect(content().bytes(pdf));

        var enterprise = user(owner).authorities(() -> "enterprise");
        mvc.perform(get(link.group()).with(enterprise)).andExpect(status().isNotFound());
        assertThat(mvc.perform(get("/applications/{id}", id).with(enterprise)).andExpect(status().isOk()).andReturn()
                .getResponse().getContentAsString()).doesNotContain("现场核查报告", "decision-files");
        assertThat(api.application(owner, id).toString()).doesNotContain("现场核查报告");
    }
}
