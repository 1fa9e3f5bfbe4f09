package org.ipflow.application;

import org.ipflow.application.internal.DecisionRecords;

/**
 * A timeline entry about to be written by {@link Timeline#record}. Start from {@link #of},
 * {@link #bySystem} or {@link #inTask} and add a comment or details; the rest stays null.
 *
 * @param decision   the stored value: a {@link DecisionKind}'s, or the choice a person made in a task's form
 * @param comment    a person's own words, or the Chinese of what IPFlow or a model wrote
 * @param commentEn  the English of what IPFlow or a model wrote; null for a person's words
 * @param details    JSON of the data behind the entry
 * @param reviewStep a step of the reviewer or expert groups, which separation of duties reads
 * @param onBehalfOf the absent colleague whose task the actor decided as their substitute; null otherwise
 */
public record NewDecision(long applicationId, String taskId, String stepKey, String stepName, String actor,
        String decision, String comment, String commentEn, String details, boolean reviewStep, String onBehalfOf) {

    /** An act outside any task, such as the enterprise's submission. */
    public static NewDecision of(long applicationId, String stepKey, String stepName, String actor,
            DecisionKind kind) {
        return new NewDecision(applicationId, null, stepKey, stepName, actor, kind.value(), null, null, null, false, null);
    }

    /** A step no person takes (actor {@link DecisionRecords#SYSTEM}). */
    public static NewDecision bySystem(long applicationId, String stepKey, String stepName, DecisionKind kind) {
        return of(applicationId, stepKey, stepName, DecisionRecords.SYSTEM, kind);
    }

    /** A person's decision in a task: the choice in its form (a programme's own value) or a kind's value. */
    public static NewDecision inTask(long applicationId, String taskId, String stepKey, String stepName,
            String actor, String decision, boolean reviewStep) {
        return new NewDecision(applicationId, taskId, stepKey, stepName, actor, decision, null, null, null,
                reviewStep, null);
    }

    /** The same entry with a person's own words. */
    public NewDecision withComment(String text) {
        return withComment(text, null);
    }

    /** The same entry with what IPFlow or a model wrote, in Chinese and in English. */
    public NewDecision withComment(String chinese, String english) {
        return new NewDecision(applicationId, taskId, stepKey, stepName, actor, decision, chinese, english,
                details, reviewStep, onBehalfOf);
    }

    /** The same entry with the JSON of the data behind it. */
    public NewDecision withDetails(String json) {
        return new NewDecision(applicationId, taskId, stepKey, stepName, actor, decision, comment, commentEn,
                json, reviewStep, onBehalfOf);
    }

    /** The same entry decided for an absent colleague (null: for oneself). */
    public NewDecision onBehalfOf(String absent) {
        return new NewDecision(applicationId, taskId, stepKey, stepName, actor, decision, comment, commentEn,
                details, reviewStep, absent);
    }
}
