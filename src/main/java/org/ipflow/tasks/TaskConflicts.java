package org.ipflow.tasks;

import java.util.Optional;
import org.camunda.bpm.engine.HistoryService;
import org.ipflow.application.ApplicationNotFound;
import org.ipflow.application.StateConflict;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Component;

/**
 * The answers for work on a task someone else got to first, in the reader's language: held by another
 * (409), completed by someone (409, naming who), or not found when it never was a task.
 */
@Component
class TaskConflicts {

    private final MessageSource messages;
    private final HistoryService history;

    TaskConflicts(MessageSource messages, HistoryService history) {
        this.messages = messages;
        this.history = history;
    }

    StateConflict heldBy(String assignee) {
        return new StateConflict(messages.getMessage("task.error.heldBy", new Object[] {assignee},
                LocaleContextHolder.getLocale()));
    }

    /** The answer for a task that no longer runs: 409 naming who completed it, or not found. */
    RuntimeException gone(String taskId) {
        return done(taskId).<RuntimeException>map(conflict -> conflict).orElseGet(() -> new ApplicationNotFound(taskId));
    }

    /** A conflict naming who completed the task, if it was a task and is completed. */
    Optional<StateConflict> done(String taskId) {
        return Optional.ofNullable(history.createHistoricTaskInstanceQuery().taskId(taskId).finished()
                .singleResult()).map(t -> new StateConflict(messages.getMessage("task.error.done",
                        new Object[] {t.getAssignee() == null ? "?" : t.getAssignee()}, LocaleContextHolder.getLocale())));
    }
}
