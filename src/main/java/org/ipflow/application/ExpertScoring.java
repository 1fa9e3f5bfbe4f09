package org.ipflow.application;

import java.math.BigDecimal;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.camunda.bpm.engine.task.Task;
import org.ipflow.application.internal.ExpertScores;
import org.ipflow.shared.ProcessVariables;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Component;

/**
 * Expert scoring, for the programmes whose forms ask for a {@code score}: each expert scores once per
 * round, and the process keeps only the round's running sum and count, which its model turns into a mean
 * (the grant: {@code ${scoreCount > 0 ? scoreSum / scoreCount : 0}}). The counters start with the first
 * score, so a programme without scoring never carries them; the step that uses the round's mean resets
 * them and counts the round.
 */
@Component
public class ExpertScoring {

    /** The process variables a score is added to, read from the scoring task's scope. */
    public static final List<String> READS = List.of(ProcessVariables.SCORERS, ProcessVariables.SCORE_ROUND,
            ProcessVariables.SCORE_SUM, ProcessVariables.SCORE_COUNT);

    private final ExpertScores scores;
    private final MessageSource messages;

    ExpertScoring(ExpertScores scores, MessageSource messages) {
        this.scores = scores;
        this.messages = messages;
    }

    /**
     * The inbox's condition (on the engine's task {@code RES} joined with {@code application A}, the user in
     * the parameter {@code user}) that leaves out the unassigned scoring tasks of a round the user already
     * scored: the tasks of one round are created together, so a score given since a task was created is a
     * score of its round, and a later round's tasks (after a correction) are offered again.
     */
    public String inboxCondition() {
        return " and not (RES.ASSIGNEE_ is null and exists (select 1 from expert_score S where S.application_id = A.id"
                + " and S.step_key = RES.TASK_DEF_KEY_ and S.scorer = #{user} and S.scored_at >= RES.CREATE_TIME_))";
    }

    /** Refuses (409) a scoring task of a round the expert already scored, before anything is typed into it. */
    public void checkNotScored(String expert, Task task, long applicationId) {
        if (scores.scoredSince(applicationId, task.getTaskDefinitionKey(), expert, task.getCreateTime().toInstant())) {
            throw new StateConflict(messages.getMessage("task.error.alreadyScored", null, LocaleContextHolder.getLocale()));
        }
    }

    /**
     * Records the expert's score of the step and returns the variables that carry it in the process
     * instead of the form's {@code score}: the new sum, count and scorers. Empty when the expert already
     * scored this step in this round: the variable {@code scorers} answers a repeated score at once, the
     * unique key of {@code expert_score} one that races past it (several of the round's tasks completed at
     * the same moment).
     *
     * @param current the task's values of {@link #READS}; a counter not yet there counts as zero
     */
    public Optional<Map<String, Object>> add(long applicationId, String stepKey, String taskId, String scorer,
            BigDecimal score, Map<String, Object> current) {
        Object scorers = current.get(ProcessVariables.SCORERS);
        Set<String> done = new LinkedHashSet<>(scorers == null || scorers.toString().isBlank() ? List.of()
                : Arrays.asList(scorers.toString().split(",")));
        long round = count(current, ProcessVariables.SCORE_ROUND);
        if (!done.add(scorer) || !scores.record(applicationId, stepKey, round, scorer, score, taskId)) {
            return Optional.empty();
        }
        long sum = count(current, ProcessVariables.SCORE_SUM) + score.longValue();
        return Optional.of(Map.of(ProcessVariables.SCORE_SUM, sum,
                ProcessVariables.SCORE_COUNT, count(current, ProcessVariables.SCORE_COUNT) + 1,
                ProcessVariables.SCORERS, String.join(",", done)));
    }

    private static long count(Map<String, Object> current, String name) {
        return current.get(name) instanceof Number number ? number.longValue() : 0;
    }
}
