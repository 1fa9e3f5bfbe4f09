package org.ipflow.certificate;

import jakarta.servlet.http.HttpServletResponse;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The public certificate check with the list of certified enterprises (no login) and the certificate download of an application's owner and
 * the office's staff. The check answers a malformed and an unknown code alike.
 */
@Controller
class CertificateController {

    static final int PAGE_SIZE = 20;

    private final Certificates certificates;

    CertificateController(Certificates certificates) {
        this.certificates = certificates;
    }

    @GetMapping("/public/certificates")
    String form(@RequestParam(required = false) String code, @RequestParam(defaultValue = "0") int page, Model model,
            HttpServletResponse response) {
        if (code == null || code.isBlank()) {
            // Without a code: the list of certified enterprises, the same as GET /api/public/certificates
            int shown = Math.min(Math.max(page, 0), CertificateApiController.MAX_PAGE);
            Certificates.ListPage listed = certificates.valid(shown, PAGE_SIZE);
            model.addAttribute("listed", listed.certificates());
            model.addAttribute("page", shown);
            model.addAttribute("more", (long) (shown + 1) * PAGE_SIZE < listed.total());
            return "public/certificates";
        }
        return VerificationCodes.normalise(code).map(c -> "redirect:/public/certificates/" + c)
                .orElseGet(() -> notFound(code, model, response));
    }

    @GetMapping("/public/certificates/{code}")
    String check(@PathVariable String code, Model model, HttpServletResponse response) {
        return certificates.verify(code).map(v -> {
            model.addAttribute("code", VerificationCodes.normalise(code).orElseThrow());
            model.addAttribute("verification", v);
            return "public/certificates";
        }).orElseGet(() -> notFound(code, model, response));
    }

    @GetMapping("/applications/{id}/certificate.pdf")
    ResponseEntity<byte[]> download(@PathVariable long id, Authentication user) {
        Certificates.Document document = certificates.document(user, id);
        return ResponseEntity.ok().contentType(MediaType.APPLICATION_PDF)
                .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment()
                        .filename(document.fileName()).build().toString())
                .header("X-Content-Type-Options", "nosniff")
                .body(document.content());
    }

    private static String notFound(String code, Model model, HttpServletResponse response) {
        response.setStatus(HttpServletResponse.SC_NOT_FOUND);
        model.addAttribute("code", code.length() > 64 ? code.substring(0, 64) : code);
        model.addAttribute("notFound", true);
        return "public/certificates";
    }
}
