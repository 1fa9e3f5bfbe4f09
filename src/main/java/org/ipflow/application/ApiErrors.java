package org.ipflow.application;

import java.util.Map;
import org.camunda.bpm.engine.OptimisticLockingException;
import org.ipflow.shared.RequestBodyTooLarge;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.web.bind.MissingServletRequestParameterException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.multipart.support.MissingServletRequestPartException;

/** Turns refusals into the API's error shapes: 400 {errors}, 404, 409 {error}, 413 {errors}. */
@org.springframework.core.annotation.Order(0)
@RestControllerAdvice(annotations = org.springframework.web.bind.annotation.RestController.class)
class ApiErrors {

    private final MessageSource messages;

    ApiErrors(MessageSource messages) {
        this.messages = messages;
    }

    @ExceptionHandler(ValidationFailed.class)
    ResponseEntity<Map<String, Object>> invalid(ValidationFailed e) {
        return ResponseEntity.badRequest().body(Map.of("errors", e.errors()));
    }

    @ExceptionHandler(ApplicationNotFound.class)
    ResponseEntity<Map<String, Object>> notFound(ApplicationNotFound e) {
        return ResponseEntity.status(HttpStatus.NOT_FOUND).body(Map.of("error", "not found"));
    }

    @ExceptionHandler(StateConflict.class)
    ResponseEntity<Map<String, Object>> conflict(StateConflict e) {
        return ResponseEntity.status(HttpStatus.CONFLICT).body(Map.of("error", e.getMessage()));
    }

    /** Two people changed the same process at the same moment (e.g. two experts scoring): retryable. */
    @ExceptionHandler(OptimisticLockingException.class)
    ResponseEntity<Map<String, Object>> clash(OptimisticLockingException e) {
        return ResponseEntity.status(HttpStatus.CONFLICT).body(Map.of("error", "changed concurrently, please retry"));
    }

    @ExceptionHandler({HttpMessageNotReadableException.class, MissingServletRequestParameterException.class,
            MissingServletRequestPartException.class})
    ResponseEntity<Map<String, Object>> unreadable(Exception e) {
        // a chunked body cut off at ipflow.limits.body-size reaches the converter as an unreadable message
        for (Throwable t = e; t != null; t = t.getCause() == t ? null : t.getCause()) {
            if (t instanceof RequestBodyTooLarge tooLarge) {
                String text = messages.getMessage("request.error.tooLarge", new Object[] {tooLarge.limit()},
                        LocaleContextHolder.getLocale());
                return ResponseEntity.status(HttpStatus.PAYLOAD_TOO_LARGE).body(Map.of("errors", Map.of("request", text)));
            }
        }
        return ResponseEntity.badRequest().body(Map.of("errors", Map.of("request", "malformed request")));
    }
}
