package org.ipflow.application;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.Map;
import org.ipflow.IpflowTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpMethod;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

/**
 * Internal notes (README, API: {@code GET|POST /api/applications/{id}/notes}): staff of any region read and add
 * them; the enterprise never learns they exist, neither through the notes API nor on its own pages and answers.
 */
@IpflowTest
class InternalNotesApiIT {

    private static final RequestPostProcessor REVIEWER = user("reviewer1").authorities(() -> "reviewer",
            () -> "reviewer-150100");

    @Autowired
    TestRestTemplate rest;
    @Autowired
    MockMvc mvc;

    ApiClient api;
    String owner;
    long id;

    @BeforeEach
    void submitted() {
        api = new ApiClient(rest);
        owner = api.newEnterprise();
        id = api.submittedGrant(owner, "内部意见", 200_000, 50_000);
    }

    @Test
    void staffOfEveryRegionAddAndReadNotesNewestFirst() {
        var first = api.call("reviewer1", HttpMethod.POST, notes(), Map.of("text", "现场核查报告待补"));
        assertThat(first.getStatusCode().value()).as("%s", first.getBody()).isEqualTo(201);
        assertThat(first.getBody()).containsEntry("author", "reviewer1").containsEntry("text", "现场核查报告待补")
                .containsKeys("id", "createdAt");
        assertThat(api.call("reviewer2", HttpMethod.POST, notes(), Map.of("text", "  同意初审意见 ")).getStatusCode()
                .value()).isEqualTo(201);

        var read = api.list("finance1", notes());
        assertThat(read.getStatusCode().value()).isEqualTo(200);
        assertThat(read.getBody()).extracting(n -> n.get("text")).containsExactly("同意初审意见", "现场核查报告待补");
        assertThat(read.getBody()).extracting(n -> n.get("author")).containsExactly("reviewer2", "reviewer1");
    }

    @Test
    void anEmptyOrTooLongNoteIs400WithTheTextsError() {
        var empty = api.call("reviewer1", HttpMethod.POST, notes(), Map.of("text", "   "));
        assertThat(empty.getStatusCode().value()).isEqualTo(400);
        assertThat(ApiClient.errors(empty)).containsKey("text");
        var tooLong = api.call("reviewer1", HttpMethod.POST, notes(), Map.of("text", "长".repeat(2001)));
        assertThat(tooLong.getStatusCode().value()).isEqualTo(400);
        assertThat(ApiClient.errors(tooLong)).containsKey("text");
        assertThat(api.call("reviewer1", HttpMethod.POST, notes(), Map.of("text", "长".repeat(2000))).getStatusCode()
                .value()).isEqualTo(201);
    }

    @Test
    void theOwnerGets404AndFindsNoNoteInItsAnswersOrPages() throws Exception {
        api.call("reviewer1", HttpMethod.POST, notes(), Map.of("text", "仅内部可见的意见"));

        assertThat(api.call(owner, HttpMethod.GET, notes(), null).getStatusCode().value()).isEqualTo(404);
        assertThat(api.call(owner, HttpMethod.POST, notes(), Map.of("text", "企业写的")).getStatusCode().value())
                .isEqualTo(404);
        var detail = api.call(owner, HttpMethod.GET, "/api/applications/" + id, null);
        assertThat(detail.getStatusCode().value()).isEqualTo(200);
        assertThat(detail.getBody().toString()).doesNotContain("仅内部可见的意见");
        var enterprise = user(owner).authorities(() -> "enterprise");
        assertThat(page("/applications/" + id, enterprise)).doesNotContain("仅内部可见的意见", "id=\"notes\"");
        assertThat(page("/applications/export.csv", enterprise)).doesNotContain("仅内部可见的意见");
        assertThat(page("/applications/" + id, REVIEWER)).contains("仅内部可见的意见", "id=\"notes\"");
        assertThat(api.list("reviewer1", notes()).getBody()).extracting(n -> n.get("text")).containsExactly("仅内部可见的意见");
    }

    @Test
    void theFormOnTheStaffPagesAddsANoteAndReturnsToThePageItCameFrom() throws Exception {
        mvc.perform(post("/applications/{id}/notes", id).param("text", "从任务页添加").param("task", "abc-123")
                        .with(REVIEWER).with(csrf()))
                .andExpect(status().isFound()).andExpect(redirectedUrl("/tasks/abc-123"));
        mvc.perform(post("/applications/{id}/notes", id).param("text", "x").param("task", "//elsewhere.example")
                        .with(REVIEWER).with(csrf()))
                .andExpect(status().isFound()).andExpect(redirectedUrl("/applications/" + id));
        mvc.perform(post("/applications/{id}/notes", id).param("text", "企业写的").with(user(owner).authorities(
                () -> "enterprise")).with(csrf())).andExpect(status().isNotFound());
        assertThat(api.list("reviewer1", notes()).getBody()).extracting(n -> n.get("text")).containsExactly("x", "从任务页添加");
    }

    private String notes() {
        return "/api/applications/" + id + "/notes";
    }

    private String page(String path, RequestPostProcessor caller) throws Exception {
        return mvc.perform(get(path).with(caller)).andExpect(status().isOk()).andReturn().getResponse()
                .getContentAsString();
    }
}
