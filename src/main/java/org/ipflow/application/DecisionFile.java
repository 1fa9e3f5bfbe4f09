package org.ipflow.application;

import java.time.Instant;

/** A file attached by staff to the decision of a task (metadata only); the office's, never the enterprise's. */
public record DecisionFile(long id, long applicationId, String taskId, String fileName, String contentType,
        long sizeBytes, String uploadedBy, Instant uploadedAt) {
}
