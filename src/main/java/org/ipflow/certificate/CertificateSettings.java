package org.ipflow.certificate;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * {@code ipflow.certificates.*}.
 *
 * @param numberPrefix  certificate numbers read {@code <prefix>-<year>-<4 digits>}
 * @param validYears    years of validity from the day of issue
 * @param reminderDays  days before the end of validity when the enterprise is reminded to apply for re-evaluation
 * @param issuer        the office named on the certificate
 * @param publicUrl     the address printed on the certificate for the public check
 */
@ConfigurationProperties("ipflow.certificates")
record CertificateSettings(@DefaultValue("IPPC") String numberPrefix, @DefaultValue("3") int validYears,
        @DefaultValue("90") int reminderDays, @DefaultValue("知识产权局") String issuer,
        @DefaultValue("http://localhost:8080") String publicUrl) {

    String verificationUrl(String code) {
        return publicUrl.replaceAll("/+$", "") + "/public/certificates/" + code;
    }
}
