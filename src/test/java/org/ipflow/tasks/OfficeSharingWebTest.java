package org.ipflow.tasks;

import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.Mockito.doThrow;
import static org.mockito.Mockito.verifyNoInteractions;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.Map;
import org.ipflow.WebSliceTest;
import org.ipflow.application.ApplicationNotFound;
import org.ipflow.application.StateConflict;
import org.ipflow.application.ValidationFailed;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.security.core.Authentication;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

/**
 * Transfer, bulk actions and absence refuse before any work: staff only (enterprises and administrators 403),
 * HTTP Basic or a login first, the page forms only with the session's CSRF token; a transfer's refusals in the
 * API's shapes.
 */
@WebSliceTest
class OfficeSharingWebTest {

    private static final RequestPostProcessor REVIEWER = user("reviewer1").authorities(() -> "reviewer");
    private static final String TRANSFER = "{\"user\":\"reviewer2\",\"note\":\"请接办\"}";

    @Autowired
    MockMvc mvc;
    @Autowired
    TaskTransfer transfer;
    @Autowired
    TaskBatch batch;
    @Autowired
    Absences absences;

    @Test
    void onlyStaffShareWork() throws Exception {
        for (String role : new String[] {"enterprise", "admin"}) {
            RequestPostProcessor caller = user("someone").authorities(() -> role);
            for (MockHttpServletRequestBuilder request : new MockHttpServletRequestBuilder[] {
                    json(post("/api/tasks/t1/transfer"), TRANSFER), json(post("/api/tasks/bulk/claim"), "{\"ids\":[\"t1\"]}"),
                    json(post("/api/tasks/bulk/complete"), "{\"ids\":[\"t1\"],\"data\":{}}"), get("/api/me/absence"),
                    json(put("/api/me/absence"), "{}"), get("/me/absence"), post("/me/absence").with(csrf()),
                    post("/tasks/bulk/claim").param("ids", "t1").with(csrf()), post("/tasks/t1/transfer").with(csrf())}) {
                mvc.perform(request.with(caller)).andExpect(status().isForbidden());
            }
        }
        mvc.perform(get("/api/me/absence")).andExpect(status().isUnauthorized());
        verifyNoInteractions(transfer, batch, absences);
    }

    @Test
    void pageFormsWithoutTheSessionsCsrfTokenAreRefused() throws Exception {
        mvc.perform(post("/tasks/t1/transfer").param("user", "reviewer2").with(REVIEWER)).andExpect(status().isForbidden());
        mvc.perform(post("/tasks/bulk/claim").param("ids", "t1").with(REVIEWER)).andExpect(status().isForbidden());
        mvc.perform(post("/me/absence").param("substitute", "reviewer2").with(REVIEWER)).andExpect(status().isForbidden());
        verifyNoInteractions(transfer, batch, absences);
    }

    @Test
    void aTransferIsRefusedInTheApisShapes() throws Exception {
        doThrow(new ValidationFailed(Map.of("user", "reviewer2 不在此任务的办理组"))).when(transfer)
                .transfer(any(Authentication.class), eq("t1"), eq("reviewer2"), eq("请接办"));
        doThrow(new StateConflict("该任务已由 reviewer3 认领")).when(transfer)
                .transfer(any(Authentication.class), eq("t2"), any(), any());
        doThrow(new ApplicationNotFound("t3")).when(transfer).transfer(any(Authentication.class), eq("t3"), any(), any());

        mvc.perform(json(post("/api/tasks/t1/transfer"), TRANSFER).with(REVIEWER)).andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors.user").value("reviewer2 不在此任务的办理组"));
        mvc.perform(json(post("/api/tasks/t2/transfer"), TRANSFER).with(REVIEWER)).andExpect(status().isConflict());
        mvc.perform(json(post("/api/tasks/t3/transfer"), TRANSFER).with(REVIEWER)).andExpect(status().isNotFound());
    }

    private static MockHttpServletRequestBuilder json(MockHttpServletRequestBuilder request, String body) {
        return request.contentType(MediaType.APPLICATION_JSON).content(body);
    }
}
