package org.ipflow.tasks;

import java.time.Instant;
import org.ipflow.application.Application;

/** A user task joined with the application it concerns and who applied, as the inbox and the task API show it. */
public record WorkItem(String id, String name, String taskDefinitionKey, String processInstanceId, String formKey,
        String assignee, Instant due, Instant created, Application application, Applicant applicant) {

    public boolean overdue() {
        return due != null && due.isBefore(Instant.now());
    }
}
