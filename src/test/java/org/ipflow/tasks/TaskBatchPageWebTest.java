package org.ipflow.tasks;

import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.List;
import java.util.Map;
import org.ipflow.WebSliceTest;
import org.ipflow.application.Application;
import org.ipflow.application.ApplicationNotFound;
import org.ipflow.forms.FormDataBinder;
import org.ipflow.forms.FormRenderer;
import org.ipflow.forms.FormSchema;
import org.ipflow.forms.FormStateAnswer;
import org.ipflow.forms.FormStateAnswers;
import org.ipflow.forms.FormStates;
import org.ipflow.forms.RenderedForm;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.security.core.Authentication;
import org.springframework.test.web.servlet.MockMvc;

/**
 * The batch page's one form reads the process variables its tasks share, as each task's own page reads its
 * task's (templates, {@code valuesKey}, FEEL bounds such as {@code =recommendedAmount}); a variable the tasks
 * hold with different values is not shown as every task's.
 */
@WebSliceTest
class TaskBatchPageWebTest {

    @Autowired MockMvc mvc;
    @Autowired TaskBatch batch;
    @Autowired ProcessTasks tasks;
    @Autowired TaskCompletion completion;
    @Autowired FormRenderer renderer;
    @Autowired FormStates states;
    @Autowired FormStateAnswers answers;
    @Autowired FormDataBinder binder;

    @Test
    void theBatchFormReadsTheVariablesItsTasksShare() throws Exception {
        FormSchema schema = new FormSchema("grant-approval", List.of(), null);
        WorkItem first = item("t1");
        WorkItem second = item("t2");
        when(batch.checked(List.of("t1", "t2"))).thenReturn(List.of("t1", "t2"));
        when(tasks.get(any(Authentication.class), eq("t1"))).thenReturn(first);
        when(tasks.get(any(Authentication.class), eq("t2"))).thenReturn(second);
        when(completion.form(first)).thenReturn(schema);
        when(completion.variables(first)).thenReturn(Map.of("recommendedAmount", 50000, "region", "150100"));
        when(completion.variables(second)).thenReturn(Map.of("recommendedAmount", 50000, "region", "150200"));
        when(renderer.render(any(), any(), any(), any(), any(), any())).thenReturn(new RenderedForm("f", List.of(), List.of()));

        mvc.perform(post("/tasks/bulk/form").param("ids", "t1", "t2").with(user("approver1").authorities(() -> "approver"))
                .with(csrf())).andExpect(status().isOk());

        verify(renderer).render(eq(schema), eq(Map.of()), eq(Map.of()), any(), eq(Map.of()),
                eq(Map.of("recommendedAmount", 50000)));
        verify(states).evaluate(schema, Map.of(), Map.of("recommendedAmount", 50000));
    }

    @Test
    void theBatchFormFollowsWhatIsTypedWithTheVariablesItsTasksShareForTasksTheCallerMayOpen() throws Exception {
        FormSchema schema = new FormSchema("grant-approval", List.of(), null);
        WorkItem first = item("t1");
        WorkItem second = item("t2");
        when(batch.checked(List.of("t1", "t2"))).thenReturn(List.of("t1", "t2"));
        when(tasks.get(any(Authentication.class), eq("t1"))).thenReturn(first);
        when(tasks.get(any(Authentication.class), eq("t2"))).thenReturn(second);
        when(completion.form(first)).thenReturn(schema);
        when(completion.variables(first)).thenReturn(Map.of("recommendedAmount", 50000, "region", "150100"));
        when(completion.variables(second)).thenReturn(Map.of("recommendedAmount", 50000, "region", "150200"));
        when(binder.bind(eq(schema), any())).thenReturn(Map.of("decision", "approve"));
        when(answers.answer(eq(schema), eq(Map.of("decision", "approve")), eq(Map.of("recommendedAmount", 50000)), any()))
                .thenReturn(FormStateAnswer.NONE);

        mvc.perform(post("/tasks/bulk/form-state").param("ids", "t1", "t2").param("decision", "approve").with(APPROVER)
                .with(csrf())).andExpect(status().isOk()).andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_JSON));
        verify(answers).answer(eq(schema), eq(Map.of("decision", "approve")), eq(Map.of("recommendedAmount", 50000)), any());

        // without the session's CSRF token, and for a role without an inbox, refused
        mvc.perform(post("/tasks/bulk/form-state").param("ids", "t1", "t2").with(APPROVER)).andExpect(status().isForbidden());
        mvc.perform(post("/tasks/bulk/form-state").param("ids", "t1").with(user("e").authorities(() -> "enterprise")).with(csrf()))
                .andExpect(status().isForbidden());
        // a task the caller may not open is not found; tasks of two steps are not one form
        when(batch.checked(List.of("t1", "t3"))).thenReturn(List.of("t1", "t3"));
        when(tasks.get(any(Authentication.class), eq("t3"))).thenThrow(new ApplicationNotFound("t3"));
        mvc.perform(post("/tasks/bulk/form-state").param("ids", "t1", "t3").with(APPROVER).with(csrf()))
                .andExpect(status().isNotFound());
        when(batch.checked(List.of("t1", "t4"))).thenReturn(List.of("t1", "t4"));
        when(tasks.get(any(Authentication.class), eq("t4"))).thenReturn(new WorkItem("t4", "复核", "Task_Other", "p-t4", null,
                null, null, null, mock(Application.class), mock(Applicant.class)));
        mvc.perform(post("/tasks/bulk/form-state").param("ids", "t1", "t4").with(APPROVER).with(csrf()))
                .andExpect(status().isBadRequest());
    }

    @Test
    void withoutScriptTheRefreshButtonShowsTheBatchFormForWhatWasTypedAndCompletesNothing() throws Exception {
        FormSchema schema = new FormSchema("grant-approval", List.of(), null);
        WorkItem first = item("t1");
        when(batch.firstVisible(any(Authentication.class), eq(List.of("t1")))).thenReturn(first);
        when(batch.checked(List.of("t1"))).thenReturn(List.of("t1"));
        when(tasks.get(any(Authentication.class), eq("t1"))).thenReturn(first);
        when(completion.form(first)).thenReturn(schema);
        when(binder.bind(eq(schema), any())).thenReturn(Map.of("decision", "return"));
        when(renderer.render(any(), any(), any(), any(), any(), any())).thenReturn(new RenderedForm("f", List.of(), List.of()));

        mvc.perform(post("/tasks/bulk/complete").param("ids", "t1").param("decision", "return").param("_refresh", "true")
                .with(APPROVER).with(csrf())).andExpect(status().isOk());

        verify(renderer).render(eq(schema), eq(Map.of("decision", "return")), eq(Map.of()), any(), eq(Map.of()), any());
        verify(batch, never()).complete(any(), any(), any());
    }

    private static final org.springframework.test.web.servlet.request.RequestPostProcessor APPROVER =
            user("approver1").authorities(() -> "approver");

    private static WorkItem item(String id) {
        return new WorkItem(id, "审批决定", "Task_Approval", "p-" + id, null, null, null, null, mock(Application.class),
                mock(Applicant.class));
    }
}
