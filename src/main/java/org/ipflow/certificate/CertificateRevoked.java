package org.ipflow.certificate;

/** A certificate was revoked by an administrator, in the transaction that revoked it. */
public record CertificateRevoked(long applicationId, String number, String reason) {
}
