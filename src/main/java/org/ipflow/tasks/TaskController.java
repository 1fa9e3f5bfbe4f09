package org.ipflow.tasks;

import jakarta.servlet.http.HttpServletRequest;
import java.util.Map;
import org.ipflow.application.StateConflict;
import org.ipflow.application.ValidationFailed;
import org.ipflow.forms.FormDataBinder;
import org.ipflow.forms.FormSchema;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** The inbox, the task page, claim/unclaim/complete and "done by me" for office staff. */
@Controller
class TaskController {

    /** The button that sends the form back to show it again for what is typed, instead of completing the task. */
    static final String REFRESH = "_refresh";

    private final Inbox inbox;
    private final ProcessTasks tasks;
    private final TaskCompletion completion;
    private final FormDataBinder binder;
    private final TaskPages pages;
    private final TaskTransfer transfer;
    private final DecisionWithFiles withFiles;
    private final RubricScoring rubrics;

    TaskController(Inbox inbox, ProcessTasks tasks, TaskCompletion completion, FormDataBinder binder,
            TaskPages pages, TaskTransfer transfer, DecisionWithFiles withFiles, RubricScoring rubrics) {
        this.rubrics = rubrics;
        this.transfer = transfer;
        this.withFiles = withFiles;
        this.inbox = inbox;
        this.tasks = tasks;
        this.completion = completion;
        this.binder = binder;
        this.pages = pages;
    }

    @GetMapping("/tasks")
    String inbox(Authentication user, @RequestParam(required = false) String programme,
            @RequestParam(required = false) String region, @RequestParam(required = false) String step,
            @RequestParam(defaultValue = "false") boolean overdue,
            @RequestParam(defaultValue = "DUE") InboxFilter.Sort sort, @RequestParam(required = false) String q,
            @RequestParam(defaultValue = "0") int page,
            Model model) {
        InboxFilter filter = new InboxFilter(programme, region, step, overdue, sort, q);
        return pages.inbox(model, user, filter, inbox.page(user, filter, page, InboxPage.DEFAULT_SIZE));
    }

    @GetMapping("/tasks/{id}")
    String task(@PathVariable String id, Authentication user, Model model) {
        return pages.task(model, user, tasks.forPage(user, id), null, Map.of());
    }

    @PostMapping("/tasks/{id}/claim")
    String claim(@PathVariable String id, Authentication user, RedirectAttributes redirect) {
        try {
            tasks.claim(user, id);
            redirect.addFlashAttribute("flash", pages.message("task.claimed"));
        } catch (StateConflict e) {
            redirect.addFlashAttribute("flashError", e.getMessage());
        }
        return "redirect:/tasks/" + id;
    }

    @PostMapping("/tasks/{id}/unclaim")
    String unclaim(@PathVariable String id, Authentication user, RedirectAttributes redirect) {
        try {
            tasks.unclaim(user, id);
            redirect.addFlashAttribute("flash", pages.message("task.unclaimed"));
        } catch (StateConflict e) {
            redirect.addFlashAttribute("flashError", e.getMessage());
        }
        return "redirect:/tasks";
    }

    @PostMapping("/tasks/{id}/complete")
    String complete(@PathVariable String id, HttpServletRequest request, Authentication user, Model model,
            RedirectAttributes redirect) {
        WorkItem item = tasks.get(user, id);
        FormSchema schema = completion.form(item);
        Map<String, Object> bound = schema == null ? Map.of() : binder.bind(schema, request.getParameterMap());
        Map<String, Object> data = rubrics.of(item, schema)
                .map(rubric -> RubricScoring.bind(rubric, bound, request.getParameterMap())).orElse(bound);
        if (request.getParameter(REFRESH) != null) {
            // The page again, for what is typed, without script.
            return pages.task(model, user, tasks.forPage(user, id), data, Map.of());
        }
        try {
            withFiles.complete(user, item, data, DecisionWithFiles.uploads(request));
        } catch (ValidationFailed e) {
            return pages.task(model, user, tasks.forPage(user, id), data, e.errors());
        } catch (StateConflict e) {
            model.addAttribute("flashError", e.getMessage());
            return pages.task(model, user, tasks.forPage(user, id), data, Map.of());
        }
        redirect.addFlashAttribute("flash", pages.message("task.completed", item.name(), item.application().number()));
        return "redirect:/tasks";
    }

    @PostMapping("/tasks/{id}/transfer")
    String transfer(@PathVariable String id, @RequestParam(defaultValue = "") String user,
            @RequestParam(defaultValue = "") String note, Authentication caller, RedirectAttributes redirect) {
        try {
            transfer.transfer(caller, id, user, note);
            redirect.addFlashAttribute("flash", pages.message("transfer.done", user));
            return "redirect:/tasks";
        } catch (ValidationFailed e) {
            redirect.addFlashAttribute("flashError", String.join(" ", e.errors().values()));
        } catch (StateConflict e) {
            redirect.addFlashAttribute("flashError", e.getMessage());
        }
        return "redirect:/tasks/" + id;
    }

    @GetMapping("/tasks/done")
    String done(Authentication user, @RequestParam(required = false) Long before, Model model) {
        return pages.done(model, user, before);
    }
}
