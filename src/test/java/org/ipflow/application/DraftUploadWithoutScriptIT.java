package org.ipflow.application;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import org.ipflow.IpflowTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.request.MockMultipartHttpServletRequestBuilder;

/**
 * Without script, the upload button sends the whole draft form (it belongs to it, with its own address
 * and encoding), as posted here: what was typed and not saved is saved before the document is stored,
 * and kept when the document or the text is refused.
 */
@IpflowTest
class DraftUploadWithoutScriptIT {

    @Autowired MockMvc mvc;
    @Autowired TestRestTemplate rest;
    ApiClient api;
    String enterprise;
    long draft;

    @BeforeEach
    void draft() {
        api = new ApiClient(rest);
        enterprise = api.newEnterprise();
        draft = api.completeDraft(enterprise, "无脚本上传", 100000, 40000);
    }

    @Test
    void theTypedTextIsSavedAndThenTheDocumentStored() throws Exception {
        MvcResult answer = upload("other", "其他材料.pdf", ApiClient.PDF, "projectSummary", "上传前刚输入、尚未保存的内容");

        assertThat(answer.getResponse().getRedirectedUrl()).isEqualTo("/applications/" + draft + "/edit#documents");
        assertThat(data()).containsEntry("projectSummary", "上传前刚输入、尚未保存的内容");
        assertThat((List<?>) api.application(enterprise, draft).get("attachments")).hasSize(6);
    }

    @Test
    void aRefusedDocumentKeepsTheTextSavedAndTheKindChosen() throws Exception {
        MvcResult answer = upload("contract", "contract.pdf", "<html>not a pdf</html>".getBytes(StandardCharsets.UTF_8),
                "projectSummary", "文件被拒也不丢的内容");

        assertThat(answer.getResponse().getRedirectedUrl()).isEqualTo("/applications/" + draft + "/edit#upload-form");
        assertThat((Map<String, Object>) answer.getFlashMap()).containsEntry("documentKind", "contract").containsKey("documentError");
        assertThat(data()).containsEntry("projectSummary", "文件被拒也不丢的内容");
    }

    @Test
    void textTheDraftRefusesIsShownAgainAsTypedBesideTheUploadsAnswer() throws Exception {
        String tooLong = "名".repeat(201);
        MvcResult answer = upload("other", "附件.pdf", ApiClient.PDF, "projectName", tooLong);

        String page = answer.getResponse().getContentAsString(StandardCharsets.UTF_8);
        assertThat(answer.getResponse().getStatus()).isEqualTo(200);
        assertThat(page).contains("value=\"" + tooLong + "\"", "所填内容未能保存", "已上传")
                .containsPattern("id=\"field-projectName-error\"[^>]*>[^<]+<");
        assertThat(data()).containsEntry("projectName", "无脚本上传");
    }

    private MvcResult upload(String kind, String fileName, byte[] content, String field, String typed) throws Exception {
        MockMultipartHttpServletRequestBuilder post = multipart("/applications/" + draft + "/documents");
        post.file(new MockMultipartFile("file", fileName, "application/pdf", content));
        return mvc.perform(post.param("_shownForm", "patent-transformation-grant-start").param(field, typed)
                        .param("kind", kind).with(user(enterprise).authorities(() -> "enterprise")).with(csrf()))
                .andReturn();
    }

    @SuppressWarnings("unchecked")
    private Map<String, Object> data() {
        return (Map<String, Object>) api.application(enterprise, draft).get("data");
    }
}
