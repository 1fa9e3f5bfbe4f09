package org.ipflow.application;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.camunda.bpm.engine.task.Task;
import org.ipflow.application.internal.MoneyRules;
import org.ipflow.application.internal.SeparationOfDuties;
import org.ipflow.application.notice.ObjectionRepository;
import org.springframework.stereotype.Component;

/**
 * What a person's decision in a task must pass, and what it leaves in the application's tables besides its
 * timeline entry ({@link Timeline}), for the {@code tasks} module to call in the transaction that completes
 * the task: one review step of an application per person (separation of duties), amounts within the
 * recommended amount, the yearly cap and the approval, and the outcome of an objection
 * (expert scores: {@link ExpertScoring}). A check refuses with {@link StateConflict} or {@link ValidationFailed}; nothing is recorded then.
 */
@Component
public class TaskDecisions {

    /** The process variables the amount rules read, from the task's scope. */
    public static final List<String> AMOUNT_LIMITS = MoneyRules.LIMITS;

    private final SeparationOfDuties duties;
    private final MoneyRules money;
    private final ObjectionRepository objections;

    TaskDecisions(SeparationOfDuties duties, MoneyRules money, ObjectionRepository objections) {
        this.duties = duties;
        this.money = money;
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

    /** The objection an objection-review task examines. */
    public Optional<Objection> objection(long objectionId) {
        return objections.find(objectionId);
    }

    /** Records the reviewer's outcome of an objection ({@code uphold} or {@code dismiss}) with the reason. */
    public void decideObjection(long objectionId, String outcome, String comment) {
        objections.decide(objectionId, outcome, comment);
    }
}
