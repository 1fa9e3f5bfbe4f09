package org.ipflow.tasks;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.Mockito.verifyNoInteractions;
import static org.mockito.Mockito.when;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import org.ipflow.WebSliceTest;
import org.ipflow.application.ApplicationNotFound;
import org.ipflow.application.StateConflict;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.core.Authentication;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

/** The office's task pages refuse before any work: no login, the wrong role, no CSRF token, not theirs. */
@WebSliceTest
class TaskControllerTest {

    private static final RequestPostProcessor REVIEWER = user("reviewer1").authorities(() -> "reviewer");

    @Autowired
    MockMvc mvc;
    @Autowired
    Inbox inbox;
    @Autowired
    ProcessTasks tasks;
    @Autowired
    TaskCompletion completion;

    @Test
    void anAnonymousVisitorIsSentToTheLoginPage() throws Exception {
        mvc.perform(get("/tasks")).andExpect(status().isFound()).andExpect(redirectedUrl("/login"));
        mvc.perform(get("/tasks/t1")).andExpect(redirectedUrl("/login"));
        verifyNoInteractions(inbox, tasks);
    }

    @Test
    void enterprisesAndAdministratorsHaveNoInbox() throws Exception {
        for (String role : new String[] {"enterprise", "admin"}) {
            mvc.perform(get("/tasks").with(user("someone").authorities(() -> role))).andExpect(status().isForbidden());
            mvc.perform(post("/tasks/t1/claim").with(user("someone").authorities(() -> role)).with(csrf()))
                    .andExpect(status().isForbidden());
            mvc.perform(post("/tasks/t1/form-state").with(user("someone").authorities(() -> role)).with(csrf()))
                    .andExpect(status().isForbidden());
        }
        verifyNoInteractions(inbox, tasks, completion);
    }

    @Test
    void workOnATaskWithoutTheSessionsCsrfTokenIsRefused() throws Exception {
        mvc.perform(post("/tasks/t1/claim").with(REVIEWER)).andExpect(status().isForbidden());
        mvc.perform(post("/tasks/t1/complete").with(REVIEWER).param("decision", "approve"))
                .andExpect(status().isForbidden());
        mvc.perform(post("/tasks/t1/form-state").with(REVIEWER).param("decision", "approve"))
                .andExpect(status().isForbidden());
        verifyNoInteractions(tasks, completion);
    }

    @Test
    void aTaskTheCallerMayNotWorkIs404() throws Exception {
        when(tasks.get(any(Authentication.class), eq("t1"))).thenThrow(new ApplicationNotFound("t1"));
        when(tasks.forPage(any(Authentication.class), eq("t1"))).thenThrow(new ApplicationNotFound("t1"));

        String page = mvc.perform(get("/tasks/t1").with(REVIEWER)).andExpect(status().isNotFound())
                .andReturn().getResponse().getContentAsString();
        mvc.perform(post("/tasks/t1/form-state").with(REVIEWER).with(csrf())).andExpect(status().isNotFound());

        assertThat(page).contains("没有找到，或您无权查看。");
    }

    @Test
    void aClaimSomeoneElseWonReturnsToTheTaskSayingWho() throws Exception {
        when(tasks.claim(any(Authentication.class), eq("t1"))).thenThrow(new StateConflict("该任务已由 reviewer2 认领"));

        mvc.perform(post("/tasks/t1/claim").with(REVIEWER).with(csrf()))
                .andExpect(redirectedUrl("/tasks/t1"))
                .andExpect(flash().attribute("flashError", "该任务已由 reviewer2 认领"));
    }
}
