package org.ipflow.application.notice;

import jakarta.servlet.http.HttpServletRequest;
import java.util.List;
import java.util.Map;
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
class PublicNoticeApiController {

    private final PublicNotices notices;
    private final NoticeList batches;

    PublicNoticeApiController(PublicNotices notices, NoticeList batches) {
        this.notices = notices;
        this.batches = batches;
    }

    record ObjectionRequest(String name, String contact, String reason) {
    }

    @GetMapping("/api/public/notices")
    List<NoticeList.Notice> list() {
        return batches.current();
    }

    /** The list of single applications under notice, as before notices came in batches. */
    @GetMapping("/api/public/notices/applications")
    ResponseEntity<List<PublicNotices.Notice>> applications() {
        return ResponseEntity.ok().header("Deprecation", "true")
                .header("Link", "</api/public/notices>; rel=\"successor-version\"").body(notices.current());
    }

    @PostMapping("/api/public/notices/{number}/objections")
    ResponseEntity<Map<String, Object>> object(@PathVariable String number, @RequestBody ObjectionRequest body,
            HttpServletRequest request) {
        try {
            notices.object(number, body.name(), body.contact(), body.reason(), request.getRemoteAddr());
        } catch (PublicNotices.TooManyRequests e) {
            return ResponseEntity.status(HttpStatus.TOO_MANY_REQUESTS).body(Map.of("error", e.getMessage()));
        }
        return ResponseEntity.status(HttpStatus.CREATED).body(Map.of("number", number, "filed", true));
    }
}
