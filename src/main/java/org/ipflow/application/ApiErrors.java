package org.ipflow.application;

import org.camunda.bpm.engine.OptimisticLockingException;
import org.ipflow.shared.ApiProblems;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;

/**
 * The refusals of applications and tasks as the API's problem details: 400 with {@code errors}, 404 for what
 * the caller may not see, 409 with the reason. Everything else falls through to the shared advice.
 */
@org.springframework.core.annotation.Order(0)
@RestControllerAdvice(annotations = org.springframework.web.bind.annotation.RestController.class)
class ApiErrors {

    private final ApiProblems problems;
    private final MessageSource messages;

    ApiErrors(ApiProblems problems, MessageSource messages) {
        this.messages = messages;
        this.problems = problems;
    }

    @ExceptionHandler(ValidationFailed.class)
    ResponseEntity<ProblemDetail> invalid(ValidationFailed e) {
        return problems.invalid(e.errors());
    }

    @ExceptionHandler(ApplicationNotFound.class)
    ResponseEntity<ProblemDetail> notFound(ApplicationNotFound e) {
        return problems.answer(HttpStatus.NOT_FOUND, null);
    }

    @ExceptionHandler(StateConflict.class)
    ResponseEntity<ProblemDetail> conflict(StateConflict e) {
        return problems.answer(HttpStatus.CONFLICT, e.getMessage());
    }

    /** Two people changed the same process at the same moment (e.g. two experts scoring): retryable. */
    @ExceptionHandler(OptimisticLockingException.class)
    ResponseEntity<ProblemDetail> clash(OptimisticLockingException e) {
        return problems.answer(HttpStatus.CONFLICT,
                messages.getMessage("api.problem.concurrent", null, LocaleContextHolder.getLocale()));
    }
}
