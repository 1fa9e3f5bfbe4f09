package org.ipflow.tasks;

import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyMap;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.Mockito.doThrow;
import static org.mockito.Mockito.verifyNoInteractions;
import static org.mockito.Mockito.when;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
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
import org.springframework.test.web.servlet.request.RequestPostProcessor;

/** The inbox API's refusals: who may call it at all, and each refusal of a task in its documented shape. */
@WebSliceTest
class TaskApiControllerTest {

    private static final RequestPostProcessor REVIEWER = user("reviewer1").authorities(() -> "reviewer");
    private static final String APPROVE = "{\"data\":{\"decision\":\"approve\"}}";

    @Autowired
    MockMvc mvc;
    @Autowired
    Inbox inbox;
    @Autowired
    ProcessTasks tasks;
    @Autowired
    TaskCompletion completion;

    @Test
    void anAnonymousCallerIsAskedToAuthenticate() throws Exception {
        mvc.perform(get("/api/tasks")).andExpect(status().isUnauthorized());
        verifyNoInteractions(inbox, tasks, completion);
    }

    @Test
    void enterprisesAndAdministratorsHaveNoInbox() throws Exception {
        for (String role : new String[] {"enterprise", "admin"}) {
            mvc.perform(get("/api/tasks").with(user("someone").authorities(() -> role))).andExpect(status().isForbidden());
            mvc.perform(post("/api/tasks/t1/complete").with(user("someone").authorities(() -> role))
                    .contentType(MediaType.APPLICATION_JSON).content(APPROVE)).andExpect(status().isForbidden());
        }
        verifyNoInteractions(inbox, tasks, completion);
    }

    @Test
    void aTaskTheCallerMayNotWorkIs404() throws Exception {
        when(tasks.get(any(Authentication.class), eq("t1"))).thenThrow(new ApplicationNotFound("t1"));

        mvc.perform(get("/api/tasks/t1").with(REVIEWER)).andExpect(status().isNotFound())
                .andExpect(jsonPath("$.type").value("urn:ipflow:problem:notFound"));
    }

    @Test
    void aFormFilledInWronglyIs400WithTheFieldsErrors() throws Exception {
        doThrow(new ValidationFailed(Map.of("comment", "退回或驳回时必须填写意见"))).when(completion)
                .complete(any(Authentication.class), eq("t1"), anyMap());

        mvc.perform(post("/api/tasks/t1/complete").with(REVIEWER).contentType(MediaType.APPLICATION_JSON)
                        .content("{\"data\":{\"decision\":\"return\"}}"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors.comment").value("退回或驳回时必须填写意见"));
    }

    @Test
    void aTaskSomeoneElseHoldsIs409WithWhoHasIt() throws Exception {
        when(tasks.claim(any(Authentication.class), eq("t1"))).thenThrow(new StateConflict("该任务已由 reviewer2 认领"));

        mvc.perform(post("/api/tasks/t1/claim").with(REVIEWER)).andExpect(status().isConflict())
                .andExpect(jsonPath("$.detail").value("该任务已由 reviewer2 认领"));
    }

    @Test
    void aCompletionWithoutABodyIs400AndCompletesNothing() throws Exception {
        mvc.perform(post("/api/tasks/t1/complete").with(REVIEWER).contentType(MediaType.APPLICATION_JSON))
                .andExpect(status().isBadRequest()).andExpect(jsonPath("$.errors.request").value("请求体不是符合要求的 JSON。"));
        verifyNoInteractions(completion);
    }
}
