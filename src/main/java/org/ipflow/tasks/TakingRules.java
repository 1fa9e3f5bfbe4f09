package org.ipflow.tasks;

import org.camunda.bpm.engine.task.Task;
import org.ipflow.application.ExpertScoring;
import org.ipflow.application.TaskDecisions;
import org.springframework.stereotype.Component;

/**
 * Who may not take a task they can see, at the claim and again at the decision (409): someone who decided
 * another review step of its application (separation of duties), and an expert for a scoring task of a
 * round they already scored.
 */
@Component
class TakingRules {

    private final TaskDecisions duties;
    private final ExpertScoring scoring;

    TakingRules(TaskDecisions duties, ExpertScoring scoring) {
        this.duties = duties;
        this.scoring = scoring;
    }

    void check(String user, Task task, WorkItem item, boolean reviewStep) {
        duties.checkDuties(user, task, item.application(), reviewStep);
        scoring.checkNotScored(user, task, item.application().id());
    }
}
