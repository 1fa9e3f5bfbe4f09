package org.ipflow.application;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.anyLong;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.Mockito.verifyNoInteractions;
import static org.mockito.Mockito.when;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import org.ipflow.WebSliceTest;
import org.ipflow.application.internal.Documents;
import org.ipflow.programme.ProgrammeCatalog;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

/** The enterprise's editing pages refuse before any work: no login, the wrong role, no CSRF token, not theirs. */
@WebSliceTest
class DraftControllerTest {

    private static final RequestPostProcessor ENTERPRISE = user("enterprise1").authorities(() -> "enterprise");
    private static final RequestPostProcessor REVIEWER = user("reviewer1").authorities(() -> "reviewer");

    @Autowired
    MockMvc mvc;
    @Autowired
    Applications applications;
    @Autowired
    Documents documents;
    @Autowired
    ProgrammeCatalog programmes;

    @Test
    void anAnonymousVisitorIsSentToTheLoginPage() throws Exception {
        mvc.perform(get("/applications/7/edit")).andExpect(status().isFound()).andExpect(redirectedUrl("/login"));
        mvc.perform(get("/applications/new/patent-transformation-grant")).andExpect(redirectedUrl("/login"));
        verifyNoInteractions(applications, programmes);
    }

    @Test
    void staffCannotStartADraft() throws Exception {
        mvc.perform(get("/applications/new/patent-transformation-grant").with(REVIEWER)).andExpect(status().isForbidden());
        mvc.perform(post("/applications/new/patent-transformation-grant").with(REVIEWER).with(csrf()))
                .andExpect(status().isForbidden());
        verifyNoInteractions(applications, programmes);
    }

    @Test
    void aChangeWithoutTheSessionsCsrfTokenIsRefused() throws Exception {
        mvc.perform(post("/applications/7").with(ENTERPRISE).param("title", "项目")).andExpect(status().isForbidden());
        mvc.perform(post("/applications/7/submit").with(ENTERPRISE)).andExpect(status().isForbidden());
        mvc.perform(post("/applications/7/documents/3/delete").with(ENTERPRISE)).andExpect(status().isForbidden());
        verifyNoInteractions(applications, documents);
    }

    @Test
    void aDraftThatIsNotTheCallersIs404() throws Exception {
        when(applications.editable("enterprise1", 7L)).thenThrow(new ApplicationNotFound(7L));

        String page = mvc.perform(get("/applications/7/edit").with(ENTERPRISE)).andExpect(status().isNotFound())
                .andReturn().getResponse().getContentAsString();

        assertThat(page).contains("没有找到，或您无权查看。");
    }

    @Test
    void anApplicationNoLongerADraftIs409WithTheReason() throws Exception {
        when(applications.editable(eq("enterprise1"), anyLong())).thenThrow(new StateConflict("申报已提交，不能再修改。"));

        String page = mvc.perform(post("/applications/7").with(ENTERPRISE).with(csrf()).param("title", "项目"))
                .andExpect(status().isConflict()).andReturn().getResponse().getContentAsString();

        assertThat(page).contains("申报已提交，不能再修改。");
    }
}
