package org.ipflow.tasks;

import jakarta.servlet.http.HttpServletRequest;
import java.util.List;
import java.util.Map;
import org.ipflow.forms.FormDataBinder;
import org.ipflow.forms.FormSchema;
import org.springframework.http.MediaType;
import org.springframework.security.core.Authentication;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * {@code POST /tasks/{id}/form-state}: which of the task form's components are hidden for the values on
 * screen (the form's own fields, as the page posts them), so that the page shows and hides them as the user
 * types with the server's one implementation of FEEL. Allowed to whoever may open the task page (its
 * {@code /tasks/**} rule, then the task's visibility: 404 otherwise), with the session's CSRF token.
 */
@RestController
class TaskFormStateController {

    private final ProcessTasks tasks;
    private final TaskCompletion completion;
    private final FormDataBinder binder;
    private final TaskFormState states;

    TaskFormStateController(ProcessTasks tasks, TaskCompletion completion, FormDataBinder binder, TaskFormState states) {
        this.tasks = tasks;
        this.completion = completion;
        this.binder = binder;
        this.states = states;
    }

    @PostMapping(value = "/tasks/{id}/form-state", produces = MediaType.APPLICATION_JSON_VALUE)
    Map<String, List<String>> state(@PathVariable String id, HttpServletRequest request, Authentication user) {
        WorkItem item = tasks.get(user, id);
        FormSchema schema = completion.form(item);
        Map<String, Object> values = schema == null ? Map.of() : binder.bind(schema, request.getParameterMap());
        return Map.of("hidden", states.of(item, schema, values).hidden().stream().sorted().toList());
    }
}
