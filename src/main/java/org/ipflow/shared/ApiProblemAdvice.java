package org.ipflow.shared;

import jakarta.servlet.http.HttpServletRequest;
import java.util.LinkedHashMap;
import java.util.Map;
import org.camunda.bpm.engine.BadUserRequestException;
import org.camunda.bpm.engine.OptimisticLockingException;
import org.camunda.bpm.engine.ProcessEngineException;
import org.camunda.bpm.engine.TaskAlreadyClaimedException;
import org.camunda.bpm.engine.exception.NotFoundException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.TypeMismatchException;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.validation.BindException;
import org.springframework.web.ErrorResponse;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.util.DisconnectedClientHelper;
import org.springframework.core.annotation.AnnotatedElementUtils;

/**
 * The API's last word on any exception no module answered itself: Spring MVC's refusals (unknown path 404,
 * 405, 406, 415, a missing or mistyped parameter and malformed JSON 400, a body over the limit 413), the engine's
 * (a stale version 409, a task taken 409, a bad request 400, an unknown object 404, anything else 500) and
 * every other failure (500, logged, no stack trace to the client), all as problem details. Ordered last, so
 * that each module's own advice comes first; a page's exception is thrown on, to its error page.
 */
@Order(Ordered.LOWEST_PRECEDENCE)
@RestControllerAdvice
class ApiProblemAdvice {

    private static final Logger LOG = LoggerFactory.getLogger(ApiProblemAdvice.class);

    private final ApiProblems problems;
    private final MessageSource messages;

    ApiProblemAdvice(ApiProblems problems, MessageSource messages) {
        this.messages = messages;
        this.problems = problems;
    }

    @ExceptionHandler(Exception.class)
    ResponseEntity<ProblemDetail> unanswered(Exception e, HttpServletRequest request) throws Exception {
        if (!ApiProblems.isApi(request)) {
            throw e; // not handled here: the next resolver and the page's error dispatch take it as before
        }
        if (DatabaseUnavailableFilter.databaseUnavailable(e)) {
            throw e; // the outermost filter answers 503 with Retry-After
        }
        if (DisconnectedClientHelper.isClientDisconnectedException(e)) {
            throw e; // nobody to answer, and no server error to log
        }
        RequestBodyTooLarge tooLarge = cause(e, RequestBodyTooLarge.class);
        if (tooLarge != null) {
            // a chunked body cut off at ipflow.limits.body-size reaches the converter as an unreadable message
            return problems.answer(HttpStatus.PAYLOAD_TOO_LARGE, null,
                    Map.of("request", text("request.error.tooLarge", tooLarge.limit())));
        }
        if (e instanceof HttpMessageNotReadableException) {
            return problems.answer(HttpStatus.BAD_REQUEST, null, Map.of("request", text("api.problem.malformed")));
        }
        if (e instanceof TypeMismatchException mismatch) {
            String field = mismatch.getPropertyName() == null ? "request" : mismatch.getPropertyName();
            return problems.answer(HttpStatus.BAD_REQUEST, null, Map.of(field, text("api.problem.typeMismatch")));
        }
        if (e instanceof BindException bind) {
            Map<String, String> errors = new LinkedHashMap<>();
            bind.getFieldErrors().forEach(f -> errors.putIfAbsent(f.getField(),
                    messages.getMessage(f, LocaleContextHolder.getLocale())));
            return problems.answer(HttpStatus.BAD_REQUEST, null, errors);
        }
        if (e instanceof ErrorResponse refusal) {
            // with its headers, e.g. Allow for 405, Accept for 415: what the client needs to try again
            return problems.answer(refusal.getStatusCode(), null, Map.of(), refusal.getHeaders());
        }
        if (e instanceof ProcessEngineException engine) {
            return engine(engine);
        }
        ResponseStatus declared = AnnotatedElementUtils.findMergedAnnotation(e.getClass(), ResponseStatus.class);
        if (declared != null) {
            // an exception that names its own status, e.g. a module's "not found": that status, not a server error
            return problems.answer(declared.code(), null);
        }
        LOG.error("{} {} failed", request.getMethod(), request.getRequestURI(), e);
        return problems.answer(HttpStatus.INTERNAL_SERVER_ERROR, null);
    }

    private ResponseEntity<ProblemDetail> engine(ProcessEngineException e) {
        if (e instanceof OptimisticLockingException) {
            return problems.answer(HttpStatus.CONFLICT, text("api.problem.concurrent"));
        }
        if (e instanceof TaskAlreadyClaimedException) {
            return problems.answer(HttpStatus.CONFLICT, null);
        }
        if (e instanceof NotFoundException) {
            return problems.answer(HttpStatus.NOT_FOUND, null);
        }
        if (e instanceof BadUserRequestException) {
            return problems.answer(HttpStatus.BAD_REQUEST, text("api.problem.engine", e.getMessage()));
        }
        LOG.error("engine failed", e);
        return problems.answer(HttpStatusCode.valueOf(500), null);
    }

    private String text(String code, Object... arguments) {
        return messages.getMessage(code, arguments, LocaleContextHolder.getLocale());
    }

    private static <T extends Throwable> T cause(Throwable failure, Class<T> type) {
        for (Throwable t = failure; t != null; t = t.getCause() == t ? null : t.getCause()) {
            if (type.isInstance(t)) {
                return type.cast(t);
            }
        }
        return null;
    }
}
