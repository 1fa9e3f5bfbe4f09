package org.ipflow.application;

import java.time.LocalDate;
import java.util.Optional;

/**
 * The certificate issued on an application, if any, as its detail page and API show it. A programme that
 * issues certificates provides the implementation (the {@code certificate} module); applications do not
 * depend on it, so a programme without certificates needs nothing here.
 */
public interface ApplicationCertificates {

    Optional<IssuedCertificate> of(long applicationId);

    /**
     * Whether the enterprise holds a valid certificate of this level today; {@code PILOT} is met by a
     * demonstration certificate too. Programmes may require one of those who apply.
     */
    boolean holds(long enterpriseId, String level);

    /**
     * @param status    VALID, EXPIRED or REVOKED, as the public check answers today
     * @param renewable whether the enterprise may apply for re-evaluation now (near or past expiry)
     */
    record IssuedCertificate(String number, String code, String level, LocalDate validFrom, LocalDate validUntil,
            String status, boolean renewable) {
    }
}
