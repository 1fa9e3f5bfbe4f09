package org.ipflow.application;

import java.time.Instant;

/** A document uploaded for an application (metadata only; the bytes are fetched separately). */
public record Attachment(long id, long applicationId, String kind, String fileName, String contentType,
        long sizeBytes, String sha256, String uploadedBy, Instant uploadedAt) {
}
