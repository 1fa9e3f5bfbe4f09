package org.ipflow.operations;

import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.ArgumentMatchers.isNull;
import static org.mockito.Mockito.verifyNoInteractions;
import static org.mockito.Mockito.when;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import org.ipflow.WebSliceTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

/**
 * Operations (the page and IPFlow's admin API in place of Camunda's): administrators only, no page action
 * without the session's CSRF token, and each refusal of a job run in the reader's language and its shape.
 */
@WebSliceTest
class OperationsControllersTest {

    private static final RequestPostProcessor ADMIN = user("admin").authorities(() -> "admin");

    @Autowired
    MockMvc mvc;
    @Autowired
    Incidents incidents;
    @Autowired
    JobRuns runs;
    @Autowired
    ApplicationJobs jobs;

    @Test
    void onlyAdministratorsOperate() throws Exception {
        mvc.perform(get("/admin/operations")).andExpect(redirectedUrl("/login"));
        mvc.perform(get("/api/admin/applications/PTG-2026-000001/jobs")).andExpect(status().isUnauthorized());
        for (String role : new String[] {"enterprise", "reviewer", "finance", "approver"}) {
            RequestPostProcessor caller = user("someone").authorities(() -> role);
            mvc.perform(get("/admin/operations").with(caller)).andExpect(status().isForbidden());
            mvc.perform(post("/admin/operations/timers/j1/run").with(caller).with(csrf()).param("reason", "到期"))
                    .andExpect(status().isForbidden());
            mvc.perform(post("/api/admin/jobs/j1/run").with(caller).contentType(MediaType.APPLICATION_JSON)
                    .content("{\"reason\":\"到期\"}")).andExpect(status().isForbidden());
        }
        verifyNoInteractions(incidents, runs, jobs);
    }

    @Test
    void aPageActionWithoutTheSessionsCsrfTokenIsRefused() throws Exception {
        mvc.perform(post("/admin/operations/incidents/i1/retry").with(ADMIN)).andExpect(status().isForbidden());
        mvc.perform(post("/admin/operations/timers/j1/run").with(ADMIN).param("reason", "到期"))
                .andExpect(status().isForbidden());
        verifyNoInteractions(incidents, runs);
    }

    @Test
    void aRefusedRunReturnsToThePageSayingWhy() throws Exception {
        when(runs.run("j1", "admin", null)).thenThrow(new OperationRefused("operations.reason.required"));

        mvc.perform(post("/admin/operations/timers/j1/run").with(ADMIN).with(csrf()).param("confirmed", "true"))
                .andExpect(redirectedUrl("/admin/operations"))
                .andExpect(flash().attribute("flashError", "请写明为何现在执行：这一原因记入审计日志和申请的办理记录。"));
    }

    @Test
    void aRunNotConfirmedOnThePageIsRefusedBeforeAnythingRuns() throws Exception {
        mvc.perform(post("/admin/operations/timers/j1/run").with(ADMIN).with(csrf()).param("reason", "到期"))
                .andExpect(redirectedUrl("/admin/operations"))
                .andExpect(flash().attribute("flashError", "请勾选确认：提前执行会立即结束这一期限。"));
        verifyNoInteractions(runs);
    }

    @Test
    void anApiRunWithoutAReasonIs400AtTheReasonInTheCallersLanguage() throws Exception {
        when(runs.run(eq("j1"), eq("admin"), isNull())).thenThrow(new OperationRefused("operations.reason.required"));

        mvc.perform(post("/api/admin/jobs/j1/run").with(ADMIN).header("Accept-Language", "en"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors.reason").value(
                        "Say why it runs now: the reason goes to the audit log and to the application's timeline."));
    }

    @Test
    void aJobOrApplicationThatIsGoneIs404() throws Exception {
        when(runs.run(eq("j1"), eq("admin"), any())).thenThrow(new OperationRefused("operations.timer.gone"));
        when(jobs.of("PTG-2026-999999")).thenThrow(new ApplicationJobs.UnknownApplication("PTG-2026-999999"));

        mvc.perform(post("/api/admin/jobs/j1/run").with(ADMIN).contentType(MediaType.APPLICATION_JSON)
                .content("{\"reason\":\"到期\"}")).andExpect(status().isNotFound())
                .andExpect(jsonPath("$.detail").value("该定时器已不存在（可能已经执行）。"));
        mvc.perform(get("/api/admin/applications/PTG-2026-999999/jobs").with(ADMIN)).andExpect(status().isNotFound())
                .andExpect(jsonPath("$.type").value("urn:ipflow:problem:notFound"));
    }
}
