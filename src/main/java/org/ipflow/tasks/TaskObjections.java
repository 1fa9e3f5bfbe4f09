package org.ipflow.tasks;

import java.util.Optional;
import org.ipflow.application.Objection;
import org.ipflow.application.TaskDecisions;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The objection behind an objection-review task, for the staff who may work that task: the reviewer
 * decides on the objection's text, so the task page shows it.
 */
@Service
@Transactional(readOnly = true)
public class TaskObjections {

    private final ProcessTasks tasks;
    private final TaskDecisions decisions;

    TaskObjections(ProcessTasks tasks, TaskDecisions decisions) {
        this.tasks = tasks;
        this.decisions = decisions;
    }

    /** Empty for any other task; refused (not found) for a task the user may not work. */
    public Optional<Objection> of(Authentication user, String taskId) {
        return tasks.objectionId(user, taskId).flatMap(decisions::objection);
    }
}
