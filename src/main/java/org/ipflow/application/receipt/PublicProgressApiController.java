package org.ipflow.application.receipt;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.servlet.http.HttpServletRequest;
import java.util.Locale;
import java.util.Map;
import org.ipflow.shared.ApiProblems;
import org.springframework.context.MessageSource;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * {@code GET /api/public/progress?number=…&code=…} (anonymous): {@code {number, programme, status, step,
 * updatedAt}}; 404 for a wrong pair, whichever half is wrong; 429 with {@code Retry-After} past the quota.
 */
@RestController
@Tag(name = "Public")
class PublicProgressApiController {

    private final PublicProgress progress;
    private final MessageSource messages;
    private final ApiProblems problems;

    PublicProgressApiController(PublicProgress progress, MessageSource messages, ApiProblems problems) {
        this.progress = progress;
        this.messages = messages;
        this.problems = problems;
    }

    @Operation(summary = "Look up an application's progress by number and query code",
            description = "Roles: none (anonymous). 404 for a wrong pair, whichever half is wrong; 429 with "
                    + "Retry-After past 30 look-ups an hour from one address.")
    @GetMapping("/api/public/progress")
    ResponseEntity<?> lookup(@RequestParam(required = false) String number, @RequestParam(required = false) String code,
            HttpServletRequest request, Locale locale) {
        try {
            return progress.lookup(number, code, request.getRemoteAddr(), locale).<ResponseEntity<?>>map(ResponseEntity::ok)
                    .orElseGet(() -> problems.answer(HttpStatus.NOT_FOUND,
                            messages.getMessage("progress.notFound", null, locale)));
        } catch (PublicProgress.TooManyLookups e) {
            var wait = new HttpHeaders();
            wait.set(HttpHeaders.RETRY_AFTER, Long.toString(Math.max(1, e.retryAfter.toSeconds())));
            return problems.answer(HttpStatus.TOO_MANY_REQUESTS, messages.getMessage("progress.tooMany", null, locale),
                    Map.of(), wait);
        }
    }
}
