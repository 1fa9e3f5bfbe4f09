package org.ipflow.application;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.Map;
import org.ipflow.IpflowTest;
import org.ipflow.application.internal.Documents;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.test.web.servlet.MockMvc;

/** Documents come back as downloads, byte for byte, only to those who may see the application. */
@IpflowTest
class DocumentDownloadIT {

    @Autowired
    MockMvc mvc;

    @Autowired
    Applications applications;

    @Autowired
    org.springframework.jdbc.core.simple.JdbcClient jdbc;

    @Autowired
    Documents documents;

    @Test
    void theOwnerDownloadsTheDocumentAsAnAttachmentThatBrowsersWillNotSniff() throws Exception {
        long id = applications.createDraft("enterprise1", "patent-transformation-grant", Map.of("projectName", "下载")).id();
        Attachment a = documents.attach("enterprise1", id, "contract", "合同 <1>.pdf", ApiClient.PDF);

        mvc.perform(get("/applications/{id}/documents/{d}", id, a.id()).with(user("enterprise1").authorities(
                        () -> "enterprise")))
                .andExpect(status().isOk())
                .andExpect(header().string("Content-Type", "application/pdf"))
                .andExpect(header().string("X-Content-Type-Options", "nosniff"))
                .andExpect(header().string("Content-Disposition", org.hamcrest.Matchers.startsWith("attachment;")))
                .andExpect(content().bytes(ApiClient.PDF));
        assertThat(a.fileName()).isEqualTo("合同 _1_.pdf");
    }

    /** A hostile file name stays inside the header's encoded file name: no line break, no second header. */
    @Test
    void aHostileFileNameCannotBreakOutOfTheDownloadHeaders() throws Exception {
        long id = applications.createDraft("enterprise1", "patent-transformation-grant", Map.of("projectName", "下载头")).id();
        Attachment a = documents.attach("enterprise1", id, "contract", "x\";\r\nSet-Cookie: a=b;.html\".pdf", ApiClient.PDF);
        var response = mvc.perform(get("/applications/{id}/documents/{d}", id, a.id())
                        .with(user("enterprise1").authorities(() -> "enterprise")))
                .andExpect(status().isOk())
                .andExpect(header().string("X-Content-Type-Options", "nosniff"))
                .andExpect(header().string("Content-Type", "application/pdf"))
                .andExpect(header().doesNotExist(HttpHeaders.SET_COOKIE))
                .andReturn().getResponse();
        String header = response.getHeader(HttpHeaders.CONTENT_DISPOSITION);
        assertThat(header).startsWith("attachment;").doesNotContain("\r", "\n");
        var disposition = ContentDisposition.parse(header);
        assertThat(disposition.isAttachment()).isTrue();
        assertThat(disposition.getFilename()).isEqualTo(a.fileName()).doesNotContain("\r", "\n").endsWith(".pdf");
    }

    /**
     * Issue 14, finding 6: a reviewer who saves a download and opens it gets what its content is, not what
     * its name said: {@code .hta} with a PDF inside is served as {@code .pdf}, a right-to-left override gone.
     * Names stored before the rule (written here straight into the table) are served by it too.
     */
    @Test
    void theServedNameCarriesTheDetectedTypesExtensionAndNoBidiControl() throws Exception {
        long id = applications.createDraft("enterprise1", "patent-transformation-grant", Map.of("projectName", "改名")).id();
        Attachment hta = documents.attach("enterprise1", id, "contract", "contract.hta", ApiClient.PDF);
        Attachment rlo = documents.attach("enterprise1", id, "other", "invoice\u202Efdp.exe", ApiClient.PDF);
        jdbc.sql("update attachment set file_name = ? where id = ?").params("old\u202Egpj.bat", rlo.id()).update();

        assertThat(served(id, hta.id())).isEqualTo("contract.pdf");
        assertThat(served(id, rlo.id())).isEqualTo("oldgpj.pdf");
    }

    private String served(long id, long documentId) throws Exception {
        String header = mvc.perform(get("/applications/{id}/documents/{d}", id, documentId)
                        .with(user("enterprise1").authorities(() -> "enterprise")))
                .andExpect(status().isOk()).andReturn().getResponse().getHeader(HttpHeaders.CONTENT_DISPOSITION);
        return ContentDisposition.parse(header).getFilename();
    }

    @Test
    void anotherEnterpriseGets404() throws Exception {
        long id = applications.createDraft("enterprise1", "patent-transformation-grant", Map.of("projectName", "别人的")).id();
        Attachment a = documents.attach("enterprise1", id, "contract", "c.pdf", ApiClient.PDF);
        mvc.perform(get("/applications/{id}/documents/{d}", id, a.id()).with(user("enterprise2").authorities(
                () -> "enterprise"))).andExpect(status().isNotFound());
    }
}
