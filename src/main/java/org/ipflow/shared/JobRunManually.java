package org.ipflow.shared;

/**
 * An administrator ran a job of an application's process (a timer before its due date, an asynchronous
 * step) and said why. Published after the job ran; the application's timeline records it with the reason,
 * so that the enterprise and the office see why the process moved when it did.
 */
public record JobRunManually(String actor, String businessKey, String jobId, String activityId, String stepName,
        String reason) {
}
