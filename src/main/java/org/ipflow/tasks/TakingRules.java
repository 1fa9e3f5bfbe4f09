package org.ipflow.tasks;

import org.camunda.bpm.engine.task.Task;
import org.ipflow.application.ExpertScoring;
import org.ipflow.application.TaskDecisions;
import org.springframework.stereotype.Component;

/**
 * Who may not take a task they can see, at the claim and again at the decision (409): someone who decided
 * another review step of its application (separation of duties), and an expert for a scoring task of a
 * round they already scored (a task whose form asks for a score).
 */
@Component
class TakingRules {

    private final TaskDecisions duties;
    private final ExpertScoring scoring;
    private final TaskForms forms;

    TakingRules(TaskDecisions duties, ExpertScoring scoring, TaskForms forms) {
        this.duties = duties;
        this.scoring = scoring;
        this.forms = forms;
    }

    void check(String user, Task task, WorkItem item, boolean reviewStep) {
        duties.checkDuties(user, task, item.application(), reviewStep);
        // Scores are recorded only from a form's score field: a task whose form asks for none reads no scores.
        if (forms.asksForScore(item)) {
            scoring.checkNotScored(user, task, item.application().id());
        }
    }
}
