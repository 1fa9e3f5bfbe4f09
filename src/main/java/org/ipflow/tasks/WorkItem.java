package org.ipflow.tasks;

import java.time.Instant;
import org.ipflow.application.Application;

/** A user task joined with the application it concerns and who applied, as the inbox and the task API show it. */
public record WorkItem(String id, String name, String taskDefinitionKey, String processInstanceId, String formKey,
        String assignee, Instant due, Instant created, Application application, Applicant applicant) {

    /** The same task held by {@code user}: what a claim just made changed. */
    WorkItem heldBy(String user) {
        return new WorkItem(id, name, taskDefinitionKey, processInstanceId, formKey, user, due, created, application,
                applicant);
    }

    public boolean overdue() {
        return due != null && due.isBefore(Instant.now());
    }
}
