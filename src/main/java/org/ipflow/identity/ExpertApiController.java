package org.ipflow.identity;

import java.security.Principal;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

/**
 * {@code GET|POST /api/admin/experts}, {@code PUT /api/admin/experts/{username}}: the expert pool
 * (administrators; the path's rule is in the security configuration). An invalid body answers 400
 * {@code {errors: {field: message}}}, a taken username 409, an unknown expert 404.
 */
@RestController
class ExpertApiController {

    private final ExpertPool pool;
    private final MessageSource messages;

    ExpertApiController(ExpertPool pool, MessageSource messages) {
        this.pool = pool;
        this.messages = messages;
    }

    @GetMapping("/api/admin/experts")
    List<Expert> list() {
        return pool.all();
    }

    @PostMapping("/api/admin/experts")
    ResponseEntity<Object> add(@RequestBody ExpertBody body, Principal admin) {
        Map<String, String> problems = body.problems(true);
        if (!problems.isEmpty()) {
            return errors(HttpStatus.BAD_REQUEST, problems);
        }
        try {
            return ResponseEntity.status(HttpStatus.CREATED).body(pool.add(admin.getName(), body, true));
        } catch (UserAdminRefused refused) {
            return errors(HttpStatus.CONFLICT, Map.of(refused.field(), refused.messageCode()));
        }
    }

    @PutMapping("/api/admin/experts/{username}")
    ResponseEntity<Object> change(@PathVariable String username, @RequestBody ExpertBody body, Principal admin) {
        Map<String, String> problems = body.problems(false);
        if (!problems.isEmpty()) {
            return errors(HttpStatus.BAD_REQUEST, problems);
        }
        return pool.change(admin.getName(), username, body).<ResponseEntity<Object>>map(ResponseEntity::ok)
                .orElseGet(() -> ResponseEntity.notFound().build());
    }

    @ExceptionHandler(HttpMessageNotReadableException.class)
    ResponseEntity<Object> unreadable() {
        return errors(HttpStatus.BAD_REQUEST, Map.of("body", "experts.error.body"));
    }

    private ResponseEntity<Object> errors(HttpStatus status, Map<String, String> codes) {
        Map<String, String> texts = new TreeMap<>();
        codes.forEach((field, code) -> texts.put(field, messages.getMessage(code, null, LocaleContextHolder.getLocale())));
        return ResponseEntity.status(status).body(Map.of("errors", texts));
    }
}
