package org.ipflow.tasks;

import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import org.camunda.bpm.engine.OptimisticLockingException;
import org.ipflow.application.ApplicationNotFound;
import org.ipflow.application.StateConflict;
import org.ipflow.application.ValidationFailed;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Service;

/**
 * Bulk actions on tasks: several claims, or several decisions of one step with the same data. Each task goes
 * through the same façade as a single one, in its own transaction, so that every decision is checked (duties,
 * money rules) and recorded individually, and one refusal leaves the others done: the answer is per task.
 * Deliberately not transactional itself.
 */
@Service
public class TaskBatch {

    /** At most this many tasks in one request, so that one request holds no connection for minutes. */
    static final int LIMIT = 100;

    /** The outcome for one task: an HTTP status and, when refused, why (field errors, or {@code task}). */
    public record Outcome(int status, Map<String, String> errors) {

        static final Outcome DONE = new Outcome(200, Map.of());

        public boolean done() {
            return status == 200;
        }
    }

    private final ProcessTasks tasks;
    private final TaskCompletion completion;
    private final MessageSource messages;

    TaskBatch(ProcessTasks tasks, TaskCompletion completion, MessageSource messages) {
        this.tasks = tasks;
        this.completion = completion;
        this.messages = messages;
    }

    /** Claims each task the caller may take; the others get their refusal. */
    public Map<String, Outcome> claim(Authentication user, Collection<String> ids) {
        return each(ids, id -> tasks.claim(user, id));
    }

    /**
     * Completes each task with the same data, if all are of one step (task definition and form) — that of the
     * first one the caller can see; a task of another step is refused with 400.
     */
    public Map<String, Outcome> complete(Authentication user, Collection<String> ids, Map<String, Object> data) {
        WorkItem first = firstVisible(user, ids);
        return each(ids, id -> {
            WorkItem item = tasks.get(user, id);
            if (first != null && !sameStep(first, item)) {
                throw new ValidationFailed(Map.of("task", message("batch.error.otherStep", first.name())));
            }
            completion.complete(user, id, data);
        });
    }

    /** The ids as a request gives them: present, at most {@link #LIMIT}, each once; else 400 on {@code ids}. */
    public List<String> checked(Collection<String> ids) {
        LinkedHashSet<String> unique = new LinkedHashSet<>(ids == null ? List.of() : ids);
        unique.removeIf(id -> id == null || id.isBlank());
        if (unique.isEmpty()) {
            throw new ValidationFailed(Map.of("ids", message("batch.error.none")));
        }
        if (unique.size() > LIMIT) {
            throw new ValidationFailed(Map.of("ids", message("batch.error.tooMany", LIMIT)));
        }
        return List.copyOf(unique);
    }

    /** The first of the tasks the caller can see, which gives a batch its step; null if none. */
    public WorkItem firstVisible(Authentication user, Collection<String> ids) {
        for (String id : ids) {
            try {
                return tasks.get(user, id);
            } catch (ApplicationNotFound | StateConflict unseen) {
                // answered for this id when the batch reaches it
            }
        }
        return null;
    }

    private static boolean sameStep(WorkItem a, WorkItem b) {
        return a.taskDefinitionKey().equals(b.taskDefinitionKey()) && java.util.Objects.equals(a.formKey(), b.formKey());
    }

    private Map<String, Outcome> each(Collection<String> ids, Consumer<String> action) {
        Map<String, Outcome> outcomes = new LinkedHashMap<>();
        for (String id : ids) {
            outcomes.put(id, outcome(id, action));
        }
        return outcomes;
    }

    /** The action's outcome for one task: done, or the refusal's status and reasons. */
    Outcome outcome(String id, Consumer<String> action) {
        try {
            action.accept(id);
            return Outcome.DONE;
        } catch (ValidationFailed e) {
            return new Outcome(400, e.errors());
        } catch (ApplicationNotFound e) {
            return new Outcome(404, Map.of("task", message("batch.error.notFound")));
        } catch (AccessDeniedException e) {
            return new Outcome(403, Map.of("task", message("batch.error.forbidden")));
        } catch (StateConflict e) {
            return new Outcome(409, Map.of("task", e.getMessage()));
        } catch (OptimisticLockingException e) {
            return new Outcome(409, Map.of("task", message("batch.error.concurrent")));
        }
    }

    private String message(String code, Object... args) {
        return messages.getMessage(code, args, LocaleContextHolder.getLocale());
    }
}
