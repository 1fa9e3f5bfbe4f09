package org.ipflow.operations;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.security.Principal;
import java.util.List;
import java.util.Map;
import org.ipflow.shared.ApiProblems;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
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
@Tag(name = "Administration")
class AdminJobsApiController {

    /** The body of a run: why the job runs now rather than when the process would run it. */
    record RunRequest(String reason) {
    }

    private final ApplicationJobs jobs;
    private final JobRuns runs;
    private final MessageSource messages;
    private final ApiProblems problems;

    AdminJobsApiController(ApplicationJobs jobs, JobRuns runs, MessageSource messages, ApiProblems problems) {
        this.jobs = jobs;
        this.runs = runs;
        this.messages = messages;
        this.problems = problems;
    }

    @Operation(summary = "The jobs (timers) of an application's process",
            description = "Roles: admin. 404 for a number without a process.")
    @GetMapping("/api/admin/applications/{number}/jobs")
    List<ApplicationJobs.JobView> jobs(@PathVariable String number) {
        return jobs.of(number);
    }

    @Operation(summary = "Run a job now",
            description = "Roles: admin. {reason}; 400 without a reason; 404 for an unknown job; 409 when it "
                    + "fails. Audited and in the timeline.")
    @PostMapping("/api/admin/jobs/{id}/run")
    Map<String, Object> run(@PathVariable String id, @RequestBody(required = false) RunRequest body, Principal user) {
        JobRuns.JobRun run = runs.run(id, user.getName(), body == null ? null : body.reason());
        return Map.of("id", run.jobId(), "activity", String.valueOf(run.activityId()),
                "applicationNumber", String.valueOf(run.businessKey()));
    }

    @ExceptionHandler(ApplicationJobs.UnknownApplication.class)
    ResponseEntity<ProblemDetail> unknownApplication() {
        return problems.answer(HttpStatus.NOT_FOUND, null);
    }

    @ExceptionHandler(HttpMessageNotReadableException.class)
    ResponseEntity<ProblemDetail> unreadable() {
        return refused(new OperationRefused("operations.reason.required"));
    }

    @ExceptionHandler(OperationRefused.class)
    ResponseEntity<ProblemDetail> refused(OperationRefused e) {
        String message = messages.getMessage(e.messageKey(), e.arguments(), LocaleContextHolder.getLocale());
        return switch (e.messageKey()) {
            case "operations.reason.required" -> problems.invalid(Map.of("reason", message));
            case "operations.timer.gone" -> problems.answer(HttpStatus.NOT_FOUND, message);
            default -> problems.answer(HttpStatus.CONFLICT, message);
        };
    }
}
