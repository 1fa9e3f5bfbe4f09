package org.ipflow.certificate;

import java.time.Instant;
import java.time.LocalDate;

/**
 * A certificate as stored. {@code revoked} is the only stored change of state; whether it has expired
 * follows from {@code validUntil} and the day it is asked on.
 */
public record Certificate(long id, String number, String verificationCode, long applicationId, long enterpriseId,
        CertificateLevel level, LocalDate validFrom, LocalDate validUntil, boolean revoked, String revokedReason,
        Instant createdAt) {

    /** What the public check answers on the given day. */
    public enum Status { VALID, EXPIRED, REVOKED }

    public Status statusOn(LocalDate day) {
        if (revoked) {
            return Status.REVOKED;
        }
        return day.isAfter(validUntil) ? Status.EXPIRED : Status.VALID;
    }
}
