package org.ipflow.operations;

import java.security.Principal;
import java.util.List;
import java.util.Map;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

/**
 * The operations an administrator did through Camunda's REST API, now through IPFlow's rules: an
 * application's jobs, and running one with a reason that goes to the audit log and the timeline.
 */
@RestController
class AdminJobsApiController {

    /** The body of a run: why the job runs now rather than when the process would run it. */
    record RunRequest(String reason) {
    }

    private final ApplicationJobs jobs;
    private final JobRuns runs;
    private final MessageSource messages;

    AdminJobsApiController(ApplicationJobs jobs, JobRuns runs, MessageSource messages) {
        this.jobs = jobs;
        this.runs = runs;
        this.messages = messages;
    }

    @GetMapping("/api/admin/applications/{number}/jobs")
    List<ApplicationJobs.JobView> jobs(@PathVariable String number) {
        return jobs.of(number);
    }

    @PostMapping("/api/admin/jobs/{id}/run")
    Map<String, Object> run(@PathVariable String id, @RequestBody(required = false) RunRequest body, Principal user) {
        JobRuns.JobRun run = runs.run(id, user.getName(), body == null ? null : body.reason());
        return Map.of("id", run.jobId(), "activity", String.valueOf(run.activityId()),
                "applicationNumber", String.valueOf(run.businessKey()));
    }

    @ExceptionHandler(ApplicationJobs.UnknownApplication.class)
    ResponseEntity<Map<String, Object>> unknownApplication() {
        return ResponseEntity.status(HttpStatus.NOT_FOUND).body(Map.of("error", "not found"));
    }

    @ExceptionHandler(HttpMessageNotReadableException.class)
    ResponseEntity<Map<String, Object>> unreadable() {
        return refused(new OperationRefused("operations.reason.required"));
    }

    @ExceptionHandler(OperationRefused.class)
    ResponseEntity<Map<String, Object>> refused(OperationRefused e) {
        String message = messages.getMessage(e.messageKey(), e.arguments(), LocaleContextHolder.getLocale());
        return switch (e.messageKey()) {
            case "operations.reason.required" ->
                    ResponseEntity.badRequest().body(Map.of("errors", Map.of("reason", message)));
            case "operations.timer.gone" -> ResponseEntity.status(HttpStatus.NOT_FOUND).body(Map.of("error", message));
            default -> ResponseEntity.status(HttpStatus.CONFLICT).body(Map.of("error", message));
        };
    }
}
