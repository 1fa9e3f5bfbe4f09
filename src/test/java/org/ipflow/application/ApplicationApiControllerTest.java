package org.ipflow.application;

import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyLong;
import static org.mockito.ArgumentMatchers.anyMap;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.ArgumentMatchers.isNull;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.verifyNoInteractions;
import static org.mockito.Mockito.when;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.Map;
import org.ipflow.WebSliceTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.security.core.Authentication;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

/** The applications API's refusals, each in its documented shape, before and behind the role gate. */
@WebSliceTest
class ApplicationApiControllerTest {

    private static final RequestPostProcessor ENTERPRISE = user("enterprise1").authorities(() -> "enterprise");
    private static final RequestPostProcessor REVIEWER = user("reviewer1").authorities(() -> "reviewer");
    private static final String DRAFT = "{\"programme\":\"patent-transformation-grant\",\"data\":{}}";

    @Autowired
    MockMvc mvc;
    @Autowired
    Applications applications;
    @Autowired
    ApplicationDetails details;

    @Test
    void anAnonymousCallerIsAskedToAuthenticate() throws Exception {
        mvc.perform(get("/api/applications/7")).andExpect(status().isUnauthorized());
        mvc.perform(post("/api/applications").contentType(MediaType.APPLICATION_JSON).content(DRAFT))
                .andExpect(status().isUnauthorized());
        verifyNoInteractions(applications, details);
    }

    @Test
    void onlyAnEnterpriseCreatesADraft() throws Exception {
        mvc.perform(post("/api/applications").with(REVIEWER).contentType(MediaType.APPLICATION_JSON).content(DRAFT))
                .andExpect(status().isForbidden());
        verifyNoInteractions(applications);
    }

    @Test
    void invalidDataIs400WithTheFieldsErrors() throws Exception {
        when(applications.createDraft(eq("enterprise1"), eq("patent-transformation-grant"), anyMap(), isNull()))
                .thenThrow(new ValidationFailed(Map.of("data.amount", "金额必须大于 0")));

        mvc.perform(post("/api/applications").with(ENTERPRISE).contentType(MediaType.APPLICATION_JSON).content(DRAFT))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors['data.amount']").value("金额必须大于 0"));
    }

    @Test
    void aBodyThatIsNoJsonIs400() throws Exception {
        mvc.perform(put("/api/applications/7").with(ENTERPRISE).contentType(MediaType.APPLICATION_JSON).content("{\"data\":"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors.request").value("请求体不是符合要求的 JSON。"));
        verifyNoInteractions(applications);
    }

    @Test
    void anApplicationTheCallerMayNotSeeIs404() throws Exception {
        when(details.json(any(Authentication.class), eq(7L))).thenThrow(new ApplicationNotFound(7L));

        mvc.perform(get("/api/applications/7").with(ENTERPRISE))
                .andExpect(status().isNotFound())
                .andExpect(jsonPath("$.type").value("urn:ipflow:problem:notFound"));
    }

    @Test
    void submittingWhatIsNoLongerADraftIs409WithTheReason() throws Exception {
        when(applications.submit(eq("enterprise1"), anyLong(), isNull()))
                .thenThrow(new StateConflict("申报已提交"));

        mvc.perform(post("/api/applications/7/submit").with(ENTERPRISE))
                .andExpect(status().isConflict())
                .andExpect(jsonPath("$.detail").value("申报已提交"));
    }

    /** The API is stateless HTTP Basic: no cookie authenticates it, so a change needs no CSRF token. */
    @Test
    void theApiNeedsNoCsrfToken() throws Exception {
        mvc.perform(put("/api/applications/7").with(ENTERPRISE).contentType(MediaType.APPLICATION_JSON).content(DRAFT))
                .andExpect(status().isOk());

        verify(applications).updateDraft(eq("enterprise1"), eq(7L), anyMap());
    }
}
