package org.ipflow.identity;

import org.ipflow.shared.ApiProblems;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.servlet.http.HttpServletRequest;
import java.io.IOException;
import java.io.InputStream;
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
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;

/**
 * {@code GET|POST /api/admin/experts}, {@code PUT /api/admin/experts/{username}} and
 * {@code POST /api/admin/experts/import}: the expert pool (administrators; the path's rule is in the security
 * configuration). An invalid body answers 400 {@code {errors: {field: message}}}, a taken username 409, an
 * unknown expert 404; an import's problems are keyed {@code line:column}.
 */
@RestController
@Tag(name = "Experts")
class ExpertApiController {

    private static final String IMPORT = "Roles: admin. A CSV file, UTF-8, first line the column names username,"
            + " password, name, fields (separated by ;), affiliation, affiliationCreditCode, region, activeFrom,"
            + " activeUntil (username, name, fields, affiliation required), at most 256 KB and 1000 lines. All or"
            + " nothing: 201 {imported, experts: [{username, generatedPassword}]} (a password generated where the file"
            + " gives none, shown only here); 400 with errors keyed line:column; 413 for a larger file. Audited. The body"
            + " is the file (text/csv) or a multipart upload of it in the field file.";

    private final ExpertPool pool;
    private final MessageSource messages;
    private final ApiProblems answers;
    private final ExpertImport imports;

    ExpertApiController(ExpertPool pool, MessageSource messages, ApiProblems answers, ExpertImport imports) {
        this.imports = imports;
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

    @Operation(summary = "Import experts from a CSV file", description = IMPORT)
    @PostMapping(path = "/api/admin/experts/import", consumes = {"text/csv", MediaType.MULTIPART_FORM_DATA_VALUE})
    ResponseEntity<Object> importFile(@RequestParam(required = false) MultipartFile file, HttpServletRequest request,
            Principal admin) throws IOException {
        // The file as a text/csv body, or as the multipart field "file" (an upload form's).
        try (InputStream in = file != null ? file.getInputStream() : request.getInputStream()) {
            return imported(imports.run(admin.getName(), in));
        }
    }

    private ResponseEntity<Object> imported(ExpertImport.Outcome outcome) {
        if (outcome.problems().isEmpty()) {
            return ResponseEntity.status(HttpStatus.CREATED)
                    .body(Map.of("imported", outcome.imported().size(), "experts", outcome.imported()));
        }
        HttpStatus status = outcome.tooLarge() ? HttpStatus.PAYLOAD_TOO_LARGE : HttpStatus.BAD_REQUEST;
        return ResponseEntity.status(status).contentType(MediaType.APPLICATION_PROBLEM_JSON).body(answers.problem(status,
                null, imports.messages(outcome.problems(), LocaleContextHolder.getLocale()), LocaleContextHolder.getLocale()));
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
