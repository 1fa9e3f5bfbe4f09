package org.ipflow.application;

import jakarta.servlet.RequestDispatcher;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.camunda.bpm.engine.OptimisticLockingException;
import org.ipflow.application.internal.Documents;
import org.ipflow.shared.ApiProblems;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.multipart.MaxUploadSizeExceededException;
import org.springframework.web.multipart.MultipartException;
import org.springframework.web.servlet.support.RequestContextUtils;

/** Error pages of the browser UI: 404 for what the user may not see, 409 with the reason, 413 for uploads. */
@Order(1)
@ControllerAdvice(annotations = Controller.class)
class WebErrors {

    private final MessageSource messages;

    WebErrors(MessageSource messages) {
        this.messages = messages;
    }

    @ExceptionHandler(ApplicationNotFound.class)
    @ResponseStatus(HttpStatus.NOT_FOUND)
    String notFound(Model model) {
        model.addAttribute("status", 404);
        model.addAttribute("message", message("error.notFound"));
        return "problem";
    }

    @ExceptionHandler(StateConflict.class)
    @ResponseStatus(HttpStatus.CONFLICT)
    String conflict(StateConflict e, Model model) {
        model.addAttribute("status", 409);
        model.addAttribute("message", e.getMessage());
        return "problem";
    }

    @ExceptionHandler(OptimisticLockingException.class)
    @ResponseStatus(HttpStatus.CONFLICT)
    String clash(Model model) {
        model.addAttribute("status", 409);
        model.addAttribute("message", message("error.concurrent"));
        return "problem";
    }

    private String message(String code) {
        return messages.getMessage(code, null, code, LocaleContextHolder.getLocale());
    }

    /** Upload limits are hit before any controller is chosen, so this advice applies to every request. */
    @Order(2)
    @ControllerAdvice
    static class UploadLimit {

        private static final Pattern DRAFT_UPLOAD = Pattern.compile("/applications/(\\d{1,18})/documents");

        private final MessageSource messages;
        private final Documents.UploadLimits limits;
        private final ApiProblems problems;

        UploadLimit(MessageSource messages, Documents.UploadLimits limits, ApiProblems problems) {
            this.messages = messages;
            this.limits = limits;
            this.problems = problems;
        }

        @ExceptionHandler(MaxUploadSizeExceededException.class)
        Object tooLarge(HttpServletRequest request, HttpServletResponse response, Model model) {
            String text = messages.getMessage("document.error.tooLarge", new Object[] {limits.maxBytes() / 1048576},
                    LocaleContextHolder.getLocale());
            // A browser's form sends its CSRF token inside the body, which the security filter cannot read
            // when it is too large: that refusal's error dispatch meets the limit again, here, under /error.
            String uri = request.getAttribute(RequestDispatcher.ERROR_REQUEST_URI) instanceof String original
                    ? original : request.getRequestURI();
            String path = uri.substring(request.getContextPath().length());
            if (path.startsWith("/api/")) {
                return problems.answer(HttpStatus.PAYLOAD_TOO_LARGE, text, Map.of("file", text));
            }
            Matcher draft = DRAFT_UPLOAD.matcher(path);
            if (draft.matches()) {
                // Back to the draft's documents with the message at the file field, as for any refused upload.
                RequestContextUtils.getOutputFlashMap(request).put("documentError", text);
                return "redirect:/applications/" + draft.group(1) + "/edit#upload-form";
            }
            response.setStatus(HttpStatus.PAYLOAD_TOO_LARGE.value());
            model.addAttribute("status", 413);
            model.addAttribute("message", text);
            return "problem";
        }

        /**
         * A multipart body the container cannot parse, e.g. a file name with a NUL character, which
         * Tomcat refuses outright: the client's fault, so 400, not a server error.
         */
        @ExceptionHandler(MultipartException.class)
        Object malformed(HttpServletRequest request, HttpServletResponse response, Model model) {
            // The error page of a refused multipart request (e.g. a 403 before the body was read) parses the
            // body again and fails: the original status stands, it is not the client's malformed body.
            if (request.getAttribute(RequestDispatcher.ERROR_STATUS_CODE) instanceof Integer code) {
                response.setStatus(code);
                model.addAttribute("status", code);
                model.addAttribute("message", HttpStatus.valueOf(code).getReasonPhrase());
                return "problem";
            }
            String text = messages.getMessage("document.error.malformed", null, LocaleContextHolder.getLocale());
            if (request.getRequestURI().startsWith(request.getContextPath() + "/api/")) {
                return problems.answer(HttpStatus.BAD_REQUEST, text, Map.of("file", text));
            }
            response.setStatus(HttpStatus.BAD_REQUEST.value());
            model.addAttribute("status", 400);
            model.addAttribute("message", text);
            return "problem";
        }
    }
}
