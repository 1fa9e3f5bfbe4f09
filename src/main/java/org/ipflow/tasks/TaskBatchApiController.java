package org.ipflow.tasks;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.util.List;
import java.util.Map;
import org.springframework.security.core.Authentication;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * Bulk actions of the JSON API: {@code POST /api/tasks/bulk/claim {ids}} and {@code /bulk/complete {ids, data}},
 * answered per task, {@code {id: {status, errors}}}, never all or nothing.
 */
@RestController
@RequestMapping("/api/tasks/bulk")
@Tag(name = "Tasks")
class TaskBatchApiController {

    private final TaskBatch batch;

    TaskBatchApiController(TaskBatch batch) {
        this.batch = batch;
    }

    record ClaimRequest(List<String> ids) {
    }

    record CompleteRequest(List<String> ids, Map<String, Object> data) {
    }

    @Operation(summary = "Claim several tasks",
            description = "Roles: reviewer, finance, approver. At most 100 ids; per task {status, errors}, each "
                    + "in its own transaction, never all or nothing.")
    @PostMapping("/claim")
    Map<String, TaskBatch.Outcome> claim(@RequestBody ClaimRequest request, Authentication user) {
        return batch.claim(user, batch.checked(request.ids()));
    }

    @Operation(summary = "Complete several tasks of one step with the same data",
            description = "Roles: reviewer, finance, approver. At most 100 ids; per task {status, errors}: 200, "
                    + "400, 404 or 409, each in its own transaction.")
    @PostMapping("/complete")
    Map<String, TaskBatch.Outcome> complete(@RequestBody CompleteRequest request, Authentication user) {
        return batch.complete(user, batch.checked(request.ids()), request.data());
    }
}
