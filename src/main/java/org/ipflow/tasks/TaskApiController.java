package org.ipflow.tasks;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.databind.JsonNode;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.ipflow.application.Objection;
import org.ipflow.forms.FormPrefill;
import org.ipflow.forms.FormSchema;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.Authentication;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** JSON API of the inbox: list, claim, unclaim, complete (DESIGN.md section 4). */
@RestController
@RequestMapping("/api/tasks")
@Tag(name = "Tasks")
class TaskApiController {

    private final Inbox inbox;
    private final ProcessTasks tasks;
    private final TaskCompletion completion;
    private final TaskObjections objections;
    private final TaskTransfer transfer;

    TaskApiController(Inbox inbox, ProcessTasks tasks, TaskCompletion completion, TaskObjections objections,
            TaskTransfer transfer) {
        this.inbox = inbox;
        this.transfer = transfer;
        this.tasks = tasks;
        this.completion = completion;
        this.objections = objections;
    }

    /**
     * A task; the form its completion asks for and the values that form starts from and is bounded by
     * ({@code input}) only when one task is asked for, not in the list, and then for an objection-review
     * task the objection it decides on, as the task page shows it. {@code prefilled} names the form's fields
     * whose start value in {@code input} is a process variable of their key, as Camunda's forms start.
     */
    record TaskJson(String id, String name, String taskDefinitionKey, long applicationId, String applicationNumber,
            String programme, String region, String assignee, Instant due, Instant created, boolean overdue,
            String enterpriseName, String creditCode, String regionName,
            @JsonInclude(JsonInclude.Include.NON_NULL) JsonNode form,
            @JsonInclude(JsonInclude.Include.NON_NULL) Map<String, Object> input,
            @JsonInclude(JsonInclude.Include.NON_NULL) List<String> prefilled,
            @JsonInclude(JsonInclude.Include.NON_NULL) Objection objection) {

        TaskJson with(Objection objection) {
            return new TaskJson(id, name, taskDefinitionKey, applicationId, applicationNumber, programme, region,
                    assignee, due, created, overdue, enterpriseName, creditCode, regionName, form, input, prefilled,
                    objection);
        }
    }

    record CompleteRequest(Map<String, Object> data) {
    }

    record TransferRequest(String user, String note) {
    }

    @Operation(summary = "One page of the caller's assigned and claimable tasks",
            description = "Roles: reviewer, finance, approver. Filters programme, region, step, overdue, q; "
                    + "sort DUE or AGE; page and size (at most 200); the total in X-Total-Count or "
                    + "X-Total-Count-More-Than.")
    @GetMapping
    ResponseEntity<List<TaskJson>> list(Authentication user, @RequestParam(required = false) String programme,
            @RequestParam(required = false) String region, @RequestParam(required = false) String step,
            @RequestParam(defaultValue = "false") boolean overdue,
            @RequestParam(defaultValue = "DUE") InboxFilter.Sort sort, @RequestParam(required = false) String q,
            @RequestParam(defaultValue = "0") int page,
            @RequestParam(defaultValue = "" + InboxPage.DEFAULT_SIZE) int size) {
        InboxPage found = inbox.page(user, new InboxFilter(programme, region, step, overdue, sort, q), page, size);
        var answer = ResponseEntity.ok();
        if (found.more()) {
            answer.header("X-Total-Count-More-Than", Long.toString(found.total()));
        } else {
            answer.header("X-Total-Count", Long.toString(found.total()));
        }
        return answer.body(found.items().stream().map(item -> json(item, false)).toList());
    }

    @Operation(summary = "One task with its form and input",
            description = "Roles: reviewer, finance, approver (of the task's candidate groups). Adds form, "
                    + "input and, for an objection review, the objection; 404 for a task the caller cannot "
                    + "see.")
    @GetMapping("/{id}")
    TaskJson get(@PathVariable String id, Authentication user) {
        TaskJson task = json(tasks.get(user, id));
        return objections.of(id).map(task::with).orElse(task); // checked by the read just above
    }

    @Operation(summary = "Claim a task",
            description = "Roles: reviewer, finance, approver. 409 when someone else holds it or a duty rule "
                    + "refuses the caller.")
    @PostMapping("/{id}/claim")
    TaskJson claim(@PathVariable String id, Authentication user) {
        return json(tasks.claim(user, id));
    }

    @Operation(summary = "Give a claimed task back to its groups",
            description = "Roles: reviewer, finance, approver (its holder).")
    @PostMapping("/{id}/unclaim")
    TaskJson unclaim(@PathVariable String id, Authentication user) {
        return json(tasks.unclaim(user, id));
    }

    @Operation(summary = "Complete a task with its form's data",
            description = "Roles: reviewer, finance, approver (its holder). The data is validated against the "
                    + "task's form: 400 with field errors; 409 when someone else holds it or has just "
                    + "completed it. A task scored by its programme's rubric takes scores (criterion to number) and "
                    + "comments (criterion to text); its score is computed, never taken as typed.")
    @PostMapping("/{id}/complete")
    Map<String, Object> complete(@PathVariable String id, @RequestBody CompleteRequest request, Authentication user) {
        completion.complete(user, id, request.data());
        return Map.of("id", id, "completed", true);
    }

    @Operation(summary = "Hand a held task to a colleague",
            description = "Roles: reviewer, finance, approver (its holder or the substitute of its absent "
                    + "holder). 400 with errors on user or note; 404 for a task the caller cannot see; 409 "
                    + "when the caller does not hold it.")
    @PostMapping("/{id}/transfer")
    Map<String, Object> transfer(@PathVariable String id, @RequestBody TransferRequest request, Authentication user) {
        transfer.transfer(user, id, request.user(), request.note());
        return Map.of("id", id, "assignee", request.user().strip());
    }

    private TaskJson json(WorkItem item) {
        return json(item, true);
    }

    private TaskJson json(WorkItem item, boolean withForm) {
        FormSchema form = withForm ? completion.form(item) : null;
        Map<String, Object> input = withForm ? completion.input(item) : null;
        return new TaskJson(item.id(), item.name(), item.taskDefinitionKey(), item.application().id(),
                item.application().number(), item.application().programmeKey(), item.application().region(),
                item.assignee(), item.due(), item.created(), item.overdue(), item.applicant().enterpriseName(),
                item.applicant().creditCode(), item.applicant().regionName(), form == null ? null : form.raw(), input,
                form == null ? null : FormPrefill.prefilled(form, input), null);
    }
}
