package org.ipflow.tasks;

import jakarta.servlet.http.HttpServletRequest;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.ipflow.application.ValidationFailed;
import org.ipflow.forms.FormDataBinder;
import org.ipflow.forms.FormSchema;
import org.ipflow.forms.FormStateAnswer;
import org.ipflow.forms.FormStateAnswers;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.Authentication;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * {@code POST /tasks/{id}/form-state}: what the task form's FEEL and templates make of the values on screen
 * (the form's own fields, as the page posts them) and the task's process variables ({@link FormStateAnswer}),
 * so that the page follows them as the user types with the server's one implementation of FEEL. Allowed to whoever may open the task page (its
 * {@code /tasks/**} rule, then the task's visibility: 404 otherwise), with the session's CSRF token.
 * {@code POST /tasks/bulk/form-state} does the same for the batch page's one form of several tasks ({@code ids},
 * which the page posts with the form): the variables are those the tasks all hold alike, as on that page; every
 * task must be one the caller may open (404 otherwise) and of one step (400 otherwise, as is a batch without ids).
 */
@RestController
class TaskFormStateController {

    private final ProcessTasks tasks;
    private final TaskBatch batch;
    private final TaskCompletion completion;
    private final FormDataBinder binder;
    private final FormStateAnswers answers;

    TaskFormStateController(ProcessTasks tasks, TaskBatch batch, TaskCompletion completion, FormDataBinder binder,
            FormStateAnswers answers) {
        this.tasks = tasks;
        this.batch = batch;
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

    @PostMapping(value = "/tasks/bulk/form-state", produces = MediaType.APPLICATION_JSON_VALUE)
    ResponseEntity<FormStateAnswer> batchState(@RequestParam(required = false) List<String> ids, HttpServletRequest request,
            Authentication user, Locale locale) {
        List<WorkItem> items = new ArrayList<>();
        try {
            for (String id : batch.checked(ids)) {
                items.add(tasks.get(user, id));
            }
        } catch (ValidationFailed e) {
            return ResponseEntity.badRequest().build();
        }
        String step = items.get(0).taskDefinitionKey();
        FormSchema schema = completion.form(items.get(0));
        if (items.stream().anyMatch(i -> !i.taskDefinitionKey().equals(step))) {
            return ResponseEntity.badRequest().build();
        }
        return ResponseEntity.ok(schema == null ? FormStateAnswer.NONE : answers.answer(schema,
                binder.bind(schema, request.getParameterMap()), TaskBatchController.shared(completion, items), locale));
    }
}
