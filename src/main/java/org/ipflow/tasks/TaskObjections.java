package org.ipflow.tasks;

import java.util.Optional;
import org.ipflow.application.Objection;
import org.ipflow.application.TaskDecisions;
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

    /**
     * Empty for any other task. Only for a task this request has read and checked as one the user may work
     * ({@link ProcessTasks#get}, {@link ProcessTasks#forPage}): the task page and the API's task.
     */
    Optional<Objection> of(String taskId) {
        return tasks.objectionId(taskId).flatMap(decisions::objection);
    }
}
