package org.ipflow.application;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.camunda.bpm.engine.task.Task;
import org.ipflow.application.internal.ExpertScores;
import org.ipflow.application.internal.MoneyRules;
import org.ipflow.application.internal.SeparationOfDuties;
import org.ipflow.application.notice.ObjectionRepository;
import org.springframework.stereotype.Component;

/**
 * What a person's decision in a task must pass, and what it leaves in the application's tables besides its
 * timeline entry ({@link Timeline}), for the {@code tasks} module to call in the transaction that completes
 * the task: one review step of an application per person (separation of duties), amounts within the
 * recommended amount, the yearly cap and the approval, one score per expert and round, and the outcome of
 * an objection. A check refuses with {@link StateConflict} or {@link ValidationFailed}; nothing is recorded then.
 */
@Component
public class TaskDecisions {

    /** The process variables the amount rules read, from the task's scope. */
    public static final List<String> AMOUNT_LIMITS = MoneyRules.LIMITS;

    private final SeparationOfDuties duties;
    private final MoneyRules money;
    private final ExpertScores scores;
    private final ObjectionRepository objections;

    TaskDecisions(SeparationOfDuties duties, MoneyRules money, ExpertScores scores, ObjectionRepository objections) {
        this.duties = duties;
        this.money = money;
        this.scores = scores;
        this.objections = objections;
    }

    /** Whether a candidate group makes its task a review step: the reviewer groups and the experts. */
    public static boolean reviewGroup(String group) {
        return SeparationOfDuties.reviewGroup(group);
    }

    /** Refuses the review task (409) to a user who decided another review step of its application, naming that step. */
    public void checkDuties(String user, Task task, Application application, boolean reviewStep) {
        duties.check(user, task, application, reviewStep);
    }

    /**
     * The inbox's condition (on the engine's task {@code RES} joined with {@code application A}) that leaves
     * out unassigned review tasks the user may not take; its parameters are added to {@code parameters}.
     */
    public String inboxCondition(Map<String, Object> parameters) {
        return duties.inboxCondition(parameters);
    }

    /**
     * Checks the amounts of a completion against the process's {@link #AMOUNT_LIMITS} and keeps an approved
     * amount; the enterprise stays locked for its yearly cap until the caller's transaction ends.
     */
    public void checkAmounts(Map<String, Object> clean, Map<String, Object> limits, Application application) {
        money.check(clean, limits, application);
    }

    /** Records an expert's score; false when the expert already scored this step and round of the application. */
    public boolean recordScore(long applicationId, String stepKey, long round, String scorer, BigDecimal score,
            String taskId) {
        return scores.record(applicationId, stepKey, round, scorer, score, taskId);
    }

    /** The objection an objection-review task examines. */
    public Optional<Objection> objection(long objectionId) {
        return objections.find(objectionId);
    }

    /** Records the reviewer's outcome of an objection ({@code uphold} or {@code dismiss}) with the reason. */
    public void decideObjection(long objectionId, String outcome, String comment) {
        objections.decide(objectionId, outcome, comment);
    }
}
