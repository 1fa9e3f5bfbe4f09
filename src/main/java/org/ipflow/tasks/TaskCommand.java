package org.ipflow.tasks;

import java.util.function.Supplier;
import org.camunda.bpm.engine.BadUserRequestException;
import org.camunda.bpm.engine.OptimisticLockingException;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.ProcessEngineException;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.interceptor.CommandExecutor;
import org.camunda.bpm.engine.impl.persistence.entity.TaskEntity;
import org.springframework.stereotype.Component;

/**
 * Runs the engine calls of one claim or completion as one engine command. Each call of the engine's API
 * opens a command of its own, which reads the task, its execution and its process definition again and
 * writes its changes at its end; calls made inside a running command join it, so the task read for the
 * authorisation check is the one the claim and the completion change, and the engine writes once. The
 * Spring transaction around the request is the same either way.
 *
 * <p>A refusal of IPFlow's own (not found, a conflict, invalid data) leaves the command as it is; the engine
 * would log it as an error if it passed through, so it is carried out of the command and thrown after it.
 * The command has then written nothing. A clash with another request shows only when the engine writes, at
 * the command's end; the answer then says who got there first.
 */
@Component
class TaskCommand {

    private final CommandExecutor executor;
    private final TaskConflicts conflicts;

    TaskCommand(ProcessEngine engine, TaskConflicts conflicts) {
        this.executor = ((ProcessEngineConfigurationImpl) engine.getProcessEngineConfiguration())
                .getCommandExecutorTxRequired();
        this.conflicts = conflicts;
    }

    /**
     * Runs the work on the task as one command; a clash with another request's write to the task is answered
     * as {@link #lostRace}.
     */
    <T> T onTask(String taskId, String user, Supplier<T> work) {
        try {
            return executor.execute(context -> {
                try {
                    return work.get();
                } catch (ProcessEngineException engineOwn) {
                    throw engineOwn;
                } catch (RuntimeException refused) {
                    throw new Carried(refused);
                }
            });
        } catch (Carried carried) {
            throw carried.refusal;
        } catch (OptimisticLockingException clash) {
            throw lostRace(taskId, user, clash);
        }
    }

    /**
     * The answer for a claim or completion whose write found the task changed by another request: completed
     * (naming who), held by someone else, or, for any other clash, the clash itself. The task is read in a
     * command of its own, from the table: the failed command's copy is the one that lost.
     */
    private RuntimeException lostRace(String taskId, String user, OptimisticLockingException clash) {
        TaskEntity now = executor.execute(context -> context.getTaskManager().findTaskById(taskId));
        if (now == null) {
            return conflicts.done(taskId).<RuntimeException>map(done -> done).orElseGet(() -> conflicts.heldBy("?"));
        }
        boolean another = now.getAssignee() != null && !now.getAssignee().equals(user);
        return another ? conflicts.heldBy(now.getAssignee()) : clash;
    }

    /**
     * IPFlow's refusal on its way out of the command. A {@code BadUserRequestException} is what the engine
     * logs at debug level only, as a request it refused.
     */
    private static final class Carried extends BadUserRequestException {

        private static final long serialVersionUID = 1L;
        private final transient RuntimeException refusal;

        Carried(RuntimeException refusal) {
            super(refusal.getMessage());
            this.refusal = refusal;
        }
    }
}
