package org.ipflow.identity;

import org.ipflow.shared.ApiProblems;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.security.Principal;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
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
@Tag(name = "Experts")
class ExpertApiController {

    private final ExpertPool pool;
    private final MessageSource messages;
    private final ApiProblems answers;

    ExpertApiController(ExpertPool pool, MessageSource messages, ApiProblems answers) {
        this.pool = pool;
        this.messages = messages;
        this.answers = answers;
    }

    @Operation(summary = "The expert pool",
            description = "Roles: admin. Every expert with fields, affiliation, region and active period.")
    @GetMapping("/api/admin/experts")
    List<Expert> list() {
        return pool.all();
    }

    @Operation(summary = "Add an expert to the pool",
            description = "Roles: admin. {username, password, name, fields, affiliation, affiliationCreditCode, region, "
                    + "activeFrom, activeUntil}; 201 with a new user of the role expert; 400 with errors. Audited.")
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

    @Operation(summary = "Change an expert of the pool",
            description = "Roles: admin. The same body without password; 404 for no such expert; 400 with errors. Audited.")
    @PutMapping("/api/admin/experts/{username}")
    ResponseEntity<Object> change(@PathVariable String username, @RequestBody ExpertBody body, Principal admin) {
        Map<String, String> problems = body.problems(false);
        if (!problems.isEmpty()) {
            return errors(HttpStatus.BAD_REQUEST, problems);
        }
        return pool.change(admin.getName(), username, body).<ResponseEntity<Object>>map(ResponseEntity::ok)
                .orElseGet(() -> ResponseEntity.status(HttpStatus.NOT_FOUND).contentType(MediaType.APPLICATION_PROBLEM_JSON)
                        .body(answers.problem(HttpStatus.NOT_FOUND, null, Map.of(), LocaleContextHolder.getLocale())));
    }

    @ExceptionHandler(HttpMessageNotReadableException.class)
    ResponseEntity<Object> unreadable() {
        return errors(HttpStatus.BAD_REQUEST, Map.of("body", "experts.error.body"));
    }

    private ResponseEntity<Object> errors(HttpStatus status, Map<String, String> codes) {
        Map<String, String> texts = new TreeMap<>();
        codes.forEach((field, code) -> texts.put(field, messages.getMessage(code, null, LocaleContextHolder.getLocale())));
        return ResponseEntity.status(status).contentType(MediaType.APPLICATION_PROBLEM_JSON)
                .body(answers.problem(status, null, texts, LocaleContextHolder.getLocale()));
    }
}
