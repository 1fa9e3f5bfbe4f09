package org.ipflow.certificate;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.util.Map;
import org.ipflow.shared.ApiProblems;
import org.springframework.http.CacheControl;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;

/**
 * The anonymous certificate check of the API. A malformed code and an unknown one get the same 404, so
 * that answers say nothing about which codes exist.
 */
@RestController
@Tag(name = "Certificates")
class CertificateApiController {


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

    private static HttpHeaders noStore() {
        var headers = new HttpHeaders();
        headers.setCacheControl(CacheControl.noStore());
        return headers;
    }
}
