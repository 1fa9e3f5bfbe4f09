package org.ipflow.tasks;

import jakarta.servlet.http.HttpServletRequest;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import org.ipflow.application.ApplicationNotFound;
import org.ipflow.application.StateConflict;
import org.ipflow.application.ValidationFailed;
import org.ipflow.forms.FormDataBinder;
import org.ipflow.forms.FormRenderer;
import org.ipflow.forms.FormSchema;
import org.ipflow.forms.FormStates;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.springframework.web.util.UriComponentsBuilder;

/**
 * The inbox's bulk actions: claim the selected tasks; decide the selected tasks of one step with one form
 * ({@code /tasks/bulk/form} shows it, {@code /tasks/bulk/complete} sends it), through {@link TaskBatch}. The one
 * form reads the process variables the tasks share (templates, {@code valuesKey}, FEEL), as each task's own page
 * reads its task's; each task's completion is validated with its own variables ({@link TaskCompletion}).
 */
@Controller
class TaskBatchController {

    private final TaskBatch batch;
    private final ProcessTasks tasks;
    private final TaskCompletion completion;
    private final FormDataBinder binder;
    private final FormRenderer renderer;
    private final TaskPages pages;
    private final FormStates states;

    TaskBatchController(TaskBatch batch, ProcessTasks tasks, TaskCompletion completion, FormDataBinder binder,
            FormRenderer renderer, TaskPages pages, FormStates states) {
        this.batch = batch;
        this.tasks = tasks;
        this.completion = completion;
        this.binder = binder;
        this.renderer = renderer;
        this.pages = pages;
        this.states = states;
    }

    /** Back to the inbox as it was filtered, so that the claimed tasks can be decided together next. */
    @PostMapping("/tasks/bulk/claim")
    String claim(@RequestParam(required = false) List<String> ids, @RequestParam(required = false) String step,
            @RequestParam(required = false) String q, Authentication user, RedirectAttributes redirect) {
        try {
            report(batch.claim(user, batch.checked(ids)), "batch.claimed", redirect);
        } catch (ValidationFailed e) {
            redirect.addFlashAttribute("flashError", String.join(" ", e.errors().values()));
        }
        return "redirect:" + UriComponentsBuilder.fromPath("/tasks").queryParamIfPresent("step", Optional.ofNullable(step))
                .queryParamIfPresent("q", Optional.ofNullable(q)).encode().toUriString();
    }

    @PostMapping("/tasks/bulk/form")
    String form(@RequestParam(required = false) List<String> ids, Authentication user, Model model,
            RedirectAttributes redirect) {
        return page(ids, user, Map.of(), Map.of(), model, redirect);
    }

    @PostMapping("/tasks/bulk/complete")
    String complete(@RequestParam(required = false) List<String> ids, HttpServletRequest request, Authentication user,
            Model model, RedirectAttributes redirect) {
        WorkItem first = ids == null ? null : batch.firstVisible(user, ids);
        FormSchema schema = first == null ? null : completion.form(first);
        Map<String, Object> data = schema == null ? Map.of() : binder.bind(schema, request.getParameterMap());
        if (request.getParameter(TaskController.REFRESH) != null) {
            // without script: the same page for what was typed, nothing completed (js/form-state.js does it at once)
            return page(ids, user, data, Map.of(), model, redirect);
        }
        try {
            Map<String, TaskBatch.Outcome> outcomes = batch.complete(user, batch.checked(ids), data);
            var invalid = outcomes.values().stream().filter(o -> o.status() == 400).findFirst();
            if (invalid.isPresent() && outcomes.values().stream().noneMatch(TaskBatch.Outcome::done)) {
                // The same data for every task: the form was filled in wrongly, so show it again with its errors.
                return page(ids, user, data, invalid.get().errors(), model, redirect);
            }
            report(outcomes, "batch.completed", redirect);
        } catch (ValidationFailed e) {
            redirect.addFlashAttribute("flashError", String.join(" ", e.errors().values()));
        }
        return "redirect:/tasks";
    }

    private String page(List<String> ids, Authentication user, Map<String, ?> data, Map<String, String> errors,
            Model model, RedirectAttributes redirect) {
        List<WorkItem> items = new ArrayList<>();
        try {
            for (String id : batch.checked(ids)) {
                items.add(tasks.get(user, id));
            }
        } catch (ValidationFailed | ApplicationNotFound | StateConflict e) {
            redirect.addFlashAttribute("flashError", pages.message("batch.error.notFound"));
            return "redirect:/tasks";
        }
        WorkItem first = items.get(0);
        FormSchema schema = completion.form(first);
        if (schema == null || items.stream().anyMatch(i -> !i.taskDefinitionKey().equals(first.taskDefinitionKey()))) {
            redirect.addFlashAttribute("flashError", pages.message("batch.error.otherStep", first.name()));
            return "redirect:/tasks";
        }
        model.addAttribute("items", items);
        model.addAttribute("step", first.name());
        model.addAttribute("errors", errors);
        Map<String, Object> variables = shared(completion, items);
        model.addAttribute("taskForm", renderer.render(schema, data, errors, LocaleContextHolder.getLocale(), Map.of(),
                variables));
        model.addAttribute("formState", states.evaluate(schema, data, variables));
        return "tasks/batch";
    }

    /**
     * The process variables all the tasks hold with the same value: what one form for all of them may show.
     * A variable that differs between them reads as absent, so that no task's value is shown as every task's.
     */
    static Map<String, Object> shared(TaskCompletion completion, List<WorkItem> items) {
        Map<String, Object> shared = new HashMap<>(completion.variables(items.get(0)));
        for (WorkItem item : items.subList(1, items.size())) {
            Map<String, Object> theirs = completion.variables(item);
            shared.entrySet().removeIf(e -> !theirs.containsKey(e.getKey()) || !Objects.equals(theirs.get(e.getKey()), e.getValue()));
        }
        return shared;
    }

    private void report(Map<String, TaskBatch.Outcome> outcomes, String doneMessage, RedirectAttributes redirect) {
        long done = outcomes.values().stream().filter(TaskBatch.Outcome::done).count();
        redirect.addFlashAttribute("flash", pages.message(doneMessage, done));
        List<String> refused = new ArrayList<>();
        outcomes.forEach((id, outcome) -> {
            if (!outcome.done()) {
                refused.add(String.join(" ", outcome.errors().values()));
            }
        });
        if (!refused.isEmpty()) {
            redirect.addFlashAttribute("flashError", pages.message("batch.refused", refused.size(),
                    String.join("；", refused.stream().distinct().toList())));
        }
    }
}
