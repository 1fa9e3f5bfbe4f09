package org.ipflow.application;

import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.Map;
import org.hamcrest.Matchers;
import org.ipflow.IpflowTest;
import org.ipflow.application.internal.Documents;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;

/**
 * The reviewer's preview: a document served inline, framable by IPFlow's own pages only, never sniffed, to the
 * owner and staff; to anyone else it does not exist.
 */
@IpflowTest
class DocumentPreviewIT {

    @Autowired
    MockMvc mvc;
    @Autowired
    Applications applications;
    @Autowired
    Documents documents;

    @Test
    void theDocumentIsServedInlineForOurOwnFramesOnlyAndNotToStrangers() throws Exception {
        long id = applications.createDraft("enterprise1", "patent-transformation-grant", Map.of("projectName", "预览")).id();
        Attachment a = documents.attach("enterprise1", id, "contract", "合同.pdf", ApiClient.PDF);

        mvc.perform(get("/applications/{id}/documents/{d}/inline", id, a.id())
                        .with(user("enterprise1").authorities(() -> "enterprise")))
                .andExpect(status().isOk())
                .andExpect(header().string("Content-Type", "application/pdf"))
                .andExpect(header().string("Content-Disposition", Matchers.startsWith("inline;")))
                .andExpect(header().string("X-Content-Type-Options", "nosniff"))
                .andExpect(header().stringValues("Content-Security-Policy", DocumentPreviewController.CSP))
                .andExpect(content().bytes(ApiClient.PDF));
        mvc.perform(get("/applications/{id}/documents/{d}/inline", id, a.id())
                .with(user("enterprise2").authorities(() -> "enterprise"))).andExpect(status().isNotFound());
        // A draft is the enterprise's alone: staff see an application once it is submitted.
        mvc.perform(get("/applications/{id}/documents/{d}/inline", id, a.id())
                .with(user("reviewer1").authorities(() -> "reviewer"))).andExpect(status().isNotFound());
    }

    @Test
    void everyOtherPageStillForbidsBeingFramed() throws Exception {
        mvc.perform(get("/applications").with(user("enterprise1").authorities(() -> "enterprise")))
                .andExpect(status().isOk())
                .andExpect(header().string("Content-Security-Policy", Matchers.containsString("frame-ancestors 'none'")));
    }
}
