package org.ipflow.certificate;

import java.util.Map;
import org.ipflow.application.DraftRule;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Component;

/**
 * A re-evaluation (复核) cites the certificate it renews ({@code previousCertificateNumber}): it must be a
 * certificate issued to the applicant's own enterprise. One answer for an unknown number and for another
 * enterprise's, so that the form reveals nothing about other enterprises' certificates.
 */
@Component
class CitedCertificateRule implements DraftRule {

    static final String FIELD = "previousCertificateNumber";

    private final CertificateRepository certificates;
    private final MessageSource messages;

    CitedCertificateRule(CertificateRepository certificates, MessageSource messages) {
        this.certificates = certificates;
        this.messages = messages;
    }

    @Override
    public Map<String, String> check(long enterpriseId, Map<String, Object> data) {
        Object cited = data.get(FIELD);
        if (cited == null || cited.toString().isBlank() || certificates.issuedTo(enterpriseId, cited.toString().strip())) {
            return Map.of();
        }
        return Map.of(FIELD, messages.getMessage("application.error.certificateNotOwned",
                new Object[] {cited.toString().strip()}, LocaleContextHolder.getLocale()));
    }
}
