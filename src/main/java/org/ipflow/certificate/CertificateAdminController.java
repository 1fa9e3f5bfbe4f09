package org.ipflow.certificate;

import java.security.Principal;
import java.util.Locale;
import org.springframework.context.MessageSource;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The revocation form on a certified application's page, for administrators (SecurityConfig's {@code /admin/**}
 * rule); back to that page with what came of it.
 */
@Controller
class CertificateAdminController {

    private final Certificates certificates;
    private final MessageSource messages;

    CertificateAdminController(Certificates certificates, MessageSource messages) {
        this.certificates = certificates;
        this.messages = messages;
    }

    @PostMapping("/admin/certificates/{number}/revoke")
    String revoke(@PathVariable String number, @RequestParam(defaultValue = "") String reason, Principal user,
            RedirectAttributes redirect, Locale locale) {
        long application = certificates.applicationOf(number)
                .orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
        String why = reason.strip();
        if (why.isEmpty() || why.length() > CertificateAdminApiController.MAX_REASON) {
            redirect.addFlashAttribute("revokeError", messages.getMessage("certificate.revoke.reason",
                    new Object[] {CertificateAdminApiController.MAX_REASON}, locale));
        } else if (certificates.revoke(number, why, user.getName()) == Certificates.Revocation.REVOKED) {
            redirect.addFlashAttribute("revoked", true);
        } else {
            redirect.addFlashAttribute("revokeError", messages.getMessage("certificate.revoke.already", null, locale));
        }
        return "redirect:/applications/" + application + "#certificate";
    }
}
