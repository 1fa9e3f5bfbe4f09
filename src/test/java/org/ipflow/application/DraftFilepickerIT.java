package org.ipflow.application;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import org.ipflow.IpflowTest;
import org.ipflow.programme.ProgrammeCatalog;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.core.io.ClassPathResource;
import org.springframework.http.HttpMethod;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

/**
 * A start form's filepicker bound to the application's documents, as an administrator would open such a
 * programme ({@code src/test/resources/programmes/picker-form/}): the evidence is one PDF among the draft's
 * documents, required, and a documentPreview shows the one chosen. The page works without script (radio buttons
 * naming the documents); the API takes the ids; another application's document is refused wherever it is sent;
 * the office's task page shows the chosen document and its preview.
 */
@IpflowTest
class DraftFilepickerIT {

    private static final String KEY = "picker-form";

    @Autowired MockMvc mvc;
    @Autowired TestRestTemplate rest;
    @Autowired ObjectMapper json;
    @Autowired ProgrammeCatalog programmes;

    @Test
    void theEnterpriseChoosesItsOwnDocumentSavesItAndSubmitsAndTheReviewerSeesIt() throws Exception {
        open();
        ApiClient api = new ApiClient(rest);
        String enterprise = api.newEnterprise();
        String stranger = api.newEnterprise();
        long id = draft(api, enterprise);
        String evidence = upload(api, enterprise, id, "evidence.pdf");
        String image = upload(api, enterprise, id, "photo.png");
        String foreign = upload(api, stranger, draft(api, stranger), "other.pdf");

        String page = page(get("/applications/" + id + "/edit"), enterprise);
        assertThat(page).contains("name=\"evidence\" value=\"" + evidence + "\"", "evidence.pdf",
                "href=\"/applications/" + id + "/documents/" + evidence + "\"", "href=\"#upload-form\"")
                .as("accept .pdf: the image is not offered").doesNotContain("value=\"" + image + "\"");

        // a stranger's document id sent by the page is refused beside the field; what was typed stays
        String refused = page(post("/applications/" + id).param("company", "青城科技改").param("evidence", foreign)
                .with(csrf()), enterprise);
        assertThat(refused).contains("所选材料不是本申请的材料。", "value=\"青城科技改\"")
                .doesNotContain("value=\"" + foreign + "\"");
        var viaApi = api.call(enterprise, HttpMethod.PUT, "/api/applications/" + id,
                Map.of("data", Map.of("company", "青城科技", "evidence", List.of(foreign))));
        assertThat(viaApi.getStatusCode().value()).isEqualTo(400);
        assertThat(ApiClient.errors(viaApi)).containsKey("evidence");
        assertThat(api.call(enterprise, HttpMethod.POST, "/api/applications/" + id + "/submit", null).getBody())
                .as("required: nothing chosen yet").extractingByKey("errors").asString().contains("evidence");

        mvc.perform(post("/applications/" + id).param("company", "青城科技").param("evidence", evidence)
                .with(user(enterprise).authorities(() -> "enterprise")).with(csrf())).andExpect(status().is3xxRedirection());
        assertThat(page(get("/applications/" + id + "/edit"), enterprise))
                .containsPattern("value=\"" + evidence + "\"\\s+checked")
                .contains("src=\"/applications/" + id + "/documents/" + evidence + "/inline\"");
        assertThat(api.application(enterprise, id)).extractingByKey("data").asString().contains("evidence=[" + evidence + "]");

        var submitted = api.call(enterprise, HttpMethod.POST, "/api/applications/" + id + "/submit", null);
        assertThat(submitted.getStatusCode().value()).as("%s", submitted.getBody()).isEqualTo(200);
        String task = api.taskFor("reviewer1", id, "Task_RegionalRecommendation");
        String taskPage = page(get("/tasks/" + task), "reviewer1");
        // the application's form as the office reads it: the filepicker names the document, the preview links it
        assertThat(taskPage).containsPattern("证明材料</dt>\\s*<dd[^>]*>evidence.pdf</dd>")
                .containsPattern("所选证明材料</dt>\\s*<dd[^>]*><a[^>]*href=\"/applications/" + id + "/documents/" + evidence + "\"")
                .doesNotContain("other.pdf");
    }

    private long draft(ApiClient api, String enterprise) {
        var created = api.call(enterprise, HttpMethod.POST, "/api/applications",
                Map.of("programme", KEY, "data", Map.of("company", "青城科技")));
        assertThat(created.getStatusCode().value()).as("%s", created.getBody()).isEqualTo(201);
        return ((Number) created.getBody().get("id")).longValue();
    }

    private static String upload(ApiClient api, String enterprise, long id, String name) {
        byte[] content = name.endsWith(".png") ? TestDocuments.png() : ApiClient.PDF;
        var uploaded = api.upload(enterprise, id, "evidence", name, content);
        assertThat(uploaded.getStatusCode().value()).as("%s", uploaded.getBody()).isEqualTo(201);
        return uploaded.getBody().get("id").toString();
    }

    private String page(MockHttpServletRequestBuilder request, String username) throws Exception {
        // reviewer1 reviews the region of the test's enterprises (150100)
        List<org.springframework.security.core.GrantedAuthority> roles = username.startsWith("reviewer")
                ? List.of(() -> "reviewer", () -> "reviewer-150100") : List.of(() -> "enterprise");
        return mvc.perform(request.with(user(username).authorities(roles))).andReturn().getResponse()
                .getContentAsString(StandardCharsets.UTF_8);
    }

    /** Opens the programme once in the shared application, whichever test asks first. */
    private synchronized void open() throws Exception {
        if (programmes.find(KEY).isPresent()) {
            return;
        }
        var admin = user("admin").authorities(() -> "admin");
        String content = new ClassPathResource("programmes/picker-form/picker-form-start.form")
                .getContentAsString(StandardCharsets.UTF_8);
        mvc.perform(post("/admin/studio/api/form/picker-form-start/deploy").with(admin).with(csrf())
                        .contentType(MediaType.APPLICATION_JSON)
                        .content(json.writeValueAsString(Map.of("content", content, "version", 0))))
                .andExpect(status().isOk());
        mvc.perform(post("/admin/programmes").with(admin).with(csrf()).param("key", KEY)
                        .param("nameZh", "材料选择").param("nameEn", "Document choice").param("numberPrefix", "PCK")
                        .param("processKey", "pilot-enterprise-certification").param("startForm", "picker-form-start")
                        .param("titleField", "company").param("documents", "evidence | 证明材料 | Evidence | optional"))
                .andExpect(status().is3xxRedirection());
        mvc.perform(post("/admin/programmes/" + KEY + "/calls").with(admin).with(csrf()).param("nameZh", "常年受理")
                        .param("nameEn", "Standing call").param("opensAt", "2026-01-01T09:00").param("closesAt", "2099-12-31T17:00"))
                .andExpect(status().is3xxRedirection());
    }
}
