package org.ipflow.application.notice;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.servlet.http.HttpServletRequest;
import java.util.List;
import java.util.Map;
import org.ipflow.shared.ApiProblems;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

/**
 * Anonymous API of the public notice: the notices, one per batch of decisions; filing an objection on one
 * entry, named by its application number (429 when throttled). Clients of the earlier list of single
 * applications read it at {@code /api/public/notices/applications} during the transition, marked deprecated.
 */
@RestController
@Tag(name = "Public")
class PublicNoticeApiController {

    private final PublicNotices notices;
    private final NoticeList batches;
    private final ApiProblems problems;

    PublicNoticeApiController(PublicNotices notices, NoticeList batches, ApiProblems problems) {
        this.notices = notices;
        this.batches = batches;
        this.problems = problems;
    }

    record ObjectionRequest(String name, String contact, String reason) {
    }

    @Operation(summary = "Public notices, one per batch of decisions", description = "Roles: none (anonymous).")
    @GetMapping("/api/public/notices")
    List<NoticeList.Notice> list() {
        return batches.current();
    }

    /** The list of single applications under notice, as before notices came in batches. */
    @Operation(summary = "Applications under public notice (deprecated: use /api/public/notices)",
            description = "Roles: none (anonymous). Answers with Deprecation: true and a Link to its successor.",
            deprecated = true)
    @GetMapping("/api/public/notices/applications")
    ResponseEntity<List<PublicNotices.Notice>> applications() {
        return ResponseEntity.ok().header("Deprecation", "true")
                .header("Link", "</api/public/notices>; rel=\"successor-version\"").body(notices.current());
    }

    @Operation(summary = "File an objection to an application under public notice",
            description = "Roles: none (anonymous). {name, contact, reason}; 201; 404 when not under notice; "
                    + "429 past five objections an hour from one address.")
    @PostMapping("/api/public/notices/{number}/objections")
    ResponseEntity<?> object(@PathVariable String number, @RequestBody ObjectionRequest body,
            HttpServletRequest request) {
        try {
            notices.object(number, body.name(), body.contact(), body.reason(), request.getRemoteAddr());
        } catch (PublicNotices.TooManyRequests e) {
            return problems.answer(HttpStatus.TOO_MANY_REQUESTS, e.getMessage());
        }
        return ResponseEntity.status(HttpStatus.CREATED).body(Map.of("number", number, "filed", true));
    }
}
