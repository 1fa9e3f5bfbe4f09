package org.ipflow.tasks;

import static org.mockito.ArgumentMatchers.eq;
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

import java.time.Instant;
import org.ipflow.WebSliceTest;
import org.ipflow.application.ApplicationNotFound;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

/** Escalation's refusals: only approvers and administrators list and remind; a reminder too soon or of a task gone. */
@WebSliceTest
class EscalationControllerTest {

    private static final RequestPostProcessor APPROVER = user("approver1").authorities(() -> "approver");

    @Autowired
    MockMvc mvc;
    @Autowired
    Escalations escalations;
    @Autowired
    Reminding reminding;

    @Test
    void enterprisesReviewersAndFinanceMayNeitherSeeNorRemind() throws Exception {
        for (String role : new String[] {"enterprise", "reviewer", "finance"}) {
            RequestPostProcessor caller = user("someone").authorities(() -> role);
            mvc.perform(get("/api/tasks/escalation").with(caller)).andExpect(status().isForbidden());
            mvc.perform(post("/api/tasks/t1/remind").with(caller)).andExpect(status().isForbidden());
            mvc.perform(get("/tasks/escalation").with(caller)).andExpect(status().isForbidden());
            mvc.perform(post("/tasks/escalation/t1/remind").with(caller).with(csrf())).andExpect(status().isForbidden());
        }
        mvc.perform(get("/api/tasks/escalation")).andExpect(status().isUnauthorized());
        verifyNoInteractions(escalations, reminding);
    }

    @Test
    void aReminderWithoutTheFormsTokenIsRefused() throws Exception {
        mvc.perform(post("/tasks/escalation/t1/remind").with(APPROVER)).andExpect(status().isForbidden());
        verifyNoInteractions(reminding);
    }

    @Test
    void aTaskNotEscalatedIs404AndASecondReminderWithinADayIs409() throws Exception {
        when(reminding.remind("approver1", "gone")).thenThrow(new ApplicationNotFound("gone"));
        when(reminding.remind(eq("approver1"), eq("t1"))).thenThrow(
                new Reminding.ReminderTooSoon(new Reminders.Reminder("admin", Instant.parse("2026-12-07T02:00:00Z"))));

        mvc.perform(post("/api/tasks/gone/remind").with(APPROVER)).andExpect(status().isNotFound());
        mvc.perform(post("/api/tasks/t1/remind").with(APPROVER)).andExpect(status().isConflict())
                .andExpect(jsonPath("$.detail").value(org.hamcrest.Matchers.containsString("reminded by admin")));
        mvc.perform(post("/tasks/escalation/t1/remind").with(APPROVER).with(csrf()))
                .andExpect(redirectedUrl("/tasks/escalation"))
                .andExpect(flash().attribute("flashError", org.hamcrest.Matchers.containsString("admin")));
    }
}
