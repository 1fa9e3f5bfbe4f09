package org.ipflow.tasks;

import jakarta.servlet.http.HttpServletRequest;
import java.util.Locale;
import java.util.Map;
import org.ipflow.forms.FormDataBinder;
import org.ipflow.forms.FormSchema;
import org.ipflow.forms.FormStateAnswer;
import org.ipflow.forms.FormStateAnswers;
import org.springframework.http.MediaType;
import org.springframework.security.core.Authentication;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * {@code POST /tasks/{id}/form-state}: what the task form's FEEL and templates make of the values on screen
 * (the form's own fields, as the page posts them) and the task's process variables ({@link FormStateAnswer}),
 * so that the page follows them as the user types with the server's one implementation of FEEL. Allowed to whoever may open the task page (its
 * {@code /tasks/**} rule, then the task's visibility: 404 otherwise), with the session's CSRF token.
 */
@RestController
class TaskFormStateController {

    private final ProcessTasks tasks;
    private final TaskCompletion completion;
    private final FormDataBinder binder;
    private final FormStateAnswers answers;

    TaskFormStateController(ProcessTasks tasks, TaskCompletion completion, FormDataBinder binder, FormStateAnswers answers) {
        this.tasks = tasks;
        this.completion = completion;
        this.binder = binder;
        this.answers = answers;
    }

    @PostMapping(value = "/tasks/{id}/form-state", produces = MediaType.APPLICATION_JSON_VALUE)
    FormStateAnswer state(@PathVariable String id, HttpServletRequest request, Authentication user, Locale locale) {
        WorkItem item = tasks.get(user, id);
        FormSchema schema = completion.form(item);
        return schema == null ? FormStateAnswer.NONE : answers.answer(schema, binder.bind(schema, request.getParameterMap()), completion.variables(item), locale);
    }
}
