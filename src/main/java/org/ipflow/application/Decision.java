package org.ipflow.application;

import java.time.Instant;

/** One entry of an application's timeline: who decided what, when and why. */
public record Decision(long id, long applicationId, String taskId, String stepKey, String stepName, String actor,
        Instant decidedAt, String decision, String comment, String details) {

    /** The same entry with its step named for a reader (see {@link TimelineNames}). */
    public Decision named(String name) {
        return new Decision(id, applicationId, taskId, stepKey, name, actor, decidedAt, decision, comment, details);
    }
}
