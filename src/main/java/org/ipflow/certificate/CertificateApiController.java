package org.ipflow.certificate;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.util.List;
import java.util.Map;
import org.ipflow.shared.ApiProblems;
import org.springframework.http.CacheControl;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * The anonymous certificate check of the API and the public list of valid certificates. A malformed code
 * and an unknown one get the same 404, so that answers say nothing about which codes exist.
 */
@RestController
@Tag(name = "Certificates")
class CertificateApiController {

    static final int MAX_SIZE = 100;
    /** Bounds the offset the database skips; the list has far fewer pages. */
    static final int MAX_PAGE = 10_000;

    private final Certificates certificates;
    private final ApiProblems problems;

    CertificateApiController(Certificates certificates, ApiProblems problems) {
        this.certificates = certificates;
        this.problems = problems;
    }

    @Operation(summary = "Check a certificate by its verification code",
            description = "Roles: none (anonymous). The certificate's status (VALID, EXPIRED, REVOKED), number, "
                    + "enterprise, level and validity; 404 for an unknown or malformed code alike.")
    @GetMapping("/api/public/certificates/{code}")
    ResponseEntity<?> verify(@PathVariable String code) {
        return certificates.verify(code)
                .<ResponseEntity<?>>map(v -> ResponseEntity.ok().cacheControl(CacheControl.noStore()).body(v))
                .orElseGet(() -> problems.answer(HttpStatus.NOT_FOUND, null, Map.of(), noStore()));
    }

    @Operation(summary = "The valid certificates, for the public list of certified enterprises",
            description = "Roles: none (anonymous). Certificates valid today (issued, not revoked, not expired), "
                    + "newest first, each {number, enterpriseName, level, validUntil}; page from 0 (at most "
                    + MAX_PAGE + "), size 1 to " + MAX_SIZE + " (default 20; a value outside is taken as the nearest "
                    + "bound); X-Total-Count: how many are valid in all.")
    @GetMapping("/api/public/certificates")
    ResponseEntity<List<Certificates.Listed>> list(@RequestParam(defaultValue = "0") int page,
            @RequestParam(defaultValue = "20") int size) {
        Certificates.ListPage listed = certificates.valid(Math.min(Math.max(page, 0), MAX_PAGE),
                Math.min(Math.max(size, 1), MAX_SIZE));
        return ResponseEntity.ok().header("X-Total-Count", Long.toString(listed.total())).body(listed.certificates());
    }

    private static HttpHeaders noStore() {
        var headers = new HttpHeaders();
        headers.setCacheControl(CacheControl.noStore());
        return headers;
    }
}
