package org.ipflow.tasks;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.camunda.bpm.engine.ProcessEngineException;
import org.camunda.bpm.engine.TaskAlreadyClaimedException;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.exception.NullValueException;
import org.camunda.bpm.engine.task.IdentityLink;
import org.camunda.bpm.engine.task.IdentityLinkType;
import org.camunda.bpm.engine.task.Task;
import org.ipflow.application.ApplicationNotFound;
import org.ipflow.application.StateConflict;
import org.ipflow.identity.SecurityAudit;
import org.ipflow.shared.ProcessVariables;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The task façade: one task, claim and unclaim. A task belongs only to the groups its candidate groups
 * name; a task held by someone else cannot be taken or completed by another (409), nor one that someone
 * else has just completed (409, naming who). The list of tasks is the {@link Inbox}; completion is in
 * {@link TaskCompletion}.
 */
@Service
@Transactional
public class ProcessTasks {

    private final TaskService tasks;
    private final SecurityAudit audit;
    private final WorkItems workItems;
    private final TaskConflicts conflicts;
    private final TakingRules rules;
    private final Absences absences;
    private final TaskCommand command;

    ProcessTasks(TaskService tasks, SecurityAudit audit, WorkItems workItems, TaskConflicts conflicts,
            TakingRules rules, Absences absences, TaskCommand command) {
        this.absences = absences;
        this.command = command;
        this.tasks = tasks;
        this.rules = rules;
        this.audit = audit;
        this.workItems = workItems;
        this.conflicts = conflicts;
    }

    /** The task if the user may work it (holder, substitute of its absent holder, or candidate), else not found. */
    @Transactional(readOnly = true)
    public WorkItem get(Authentication user, String taskId) {
        return item(visibleTask(user, taskId));
    }

    /** A task already checked with {@link #visibleTask} with its application (and its form key). */
    WorkItem item(Task task) {
        return workItems.of(List.of(task), true).stream().findFirst()
                .orElseThrow(() -> new ApplicationNotFound(task.getId()));
    }

    /**
     * {@link #item} for a completion, which shows nobody the applicant: the applicant's enterprise is not read
     * ({@link WorkItems#forDecision}).
     */
    WorkItem itemForDecision(Task task) {
        return workItems.forDecision(task).orElseThrow(() -> new ApplicationNotFound(task.getId()));
    }

    /**
     * The task page's task: one the user may work, read once with its links, and its work item. The page's duty
     * rule, objection and colleagues are taken from it instead of reading and checking the task again.
     */
    @Transactional(readOnly = true)
    PageTask forPage(Authentication user, String taskId) {
        VisibleTask visible = visible(user, taskId, true);
        return new PageTask(visible, item(visible.task()));
    }

    /** A task checked for the task page ({@link #forPage}) and its work item. */
    record PageTask(VisibleTask visible, WorkItem item) {
    }

    /**
     * Claims the task; a conflict names who holds or completed it, or the review step decided (duties), or says
     * that the user scored this round.
     */
    public WorkItem claim(Authentication user, String taskId) {
        return command.onTask(taskId, user.getName(), () -> {
            VisibleTask visible = visible(user, taskId, true);
            Task task = visible.task();
            requireNotHeldByAnother(user, task);
            WorkItem item = item(task);
            rules.check(user.getName(), task, item, visible.reviewStep());
            take(user, taskId);
            // Read once: the claim changes only who holds the task, in this transaction.
            return item.heldBy(user.getName());
        });
    }

    /** Claims, inside a {@link TaskCommand}, a task checked as one the user may take; a conflict names who was first. */
    void take(Authentication user, String taskId) {
        try {
            tasks.claim(taskId, user.getName());
        } catch (NullValueException e) {
            // Completed by someone else between our read and our claim.
            throw conflicts.done(taskId).orElseThrow(() -> e);
        } catch (TaskAlreadyClaimedException e) {
            throw conflicts.heldBy(e.getTaskAssignee());
        } catch (ProcessEngineException e) {
            // A completion committing while we claim can leave the engine half-way through reading it (on H2 the
            // assignment listener then finds no activity): if the task is gone, say who completed it.
            if (tasks.createTaskQuery().taskId(taskId).count() == 0) {
                throw conflicts.gone(taskId);
            }
            throw e;
        }
    }

    public WorkItem unclaim(Authentication user, String taskId) {
        Task task = visibleTask(user, taskId);
        requireNotHeldByAnother(user, task);
        tasks.setAssignee(taskId, null);
        return get(user, taskId);
    }

    /** A task assigned to someone else is theirs (unless the user stands in for them while away): 409 naming who. */
    void requireNotHeldByAnother(Authentication user, Task task) {
        if (task.getAssignee() != null && !absences.holds(user.getName(), task.getAssignee())) {
            throw conflicts.heldBy(task.getAssignee());
        }
    }

    /** The named process values as the task sees them (its scopes), those not set left out. */
    @Transactional(readOnly = true)
    public Map<String, Object> values(Authentication user, String taskId, java.util.Collection<String> names) {
        visibleTask(user, taskId);
        Map<String, Object> values = new java.util.LinkedHashMap<>();
        tasks.getVariables(taskId, names).forEach((name, value) -> {
            if (value != null) {
                values.put(name, value);
            }
        });
        return values;
    }

    /**
     * The objection an objection-review task examines, if the task is one. The review task's input parameter
     * lives on the task's execution, not on the task itself, so it is read through the task's scopes: the
     * nearest is the task's own copy, which a later objection does not overwrite. For a task this request has
     * already read and checked as one the user may work; completed since: 409, naming who.
     */
    @Transactional(readOnly = true)
    Optional<Long> objectionId(String taskId) {
        try {
            return tasks.getVariable(taskId, ProcessVariables.OBJECTION_ID) instanceof Number id
                    ? Optional.of(id.longValue()) : Optional.empty();
        } catch (NullValueException completedMeanwhile) {
            throw conflicts.gone(taskId);
        }
    }

    Task visibleTask(Authentication user, String taskId) {
        return visible(user, taskId, false).task();
    }

    /** A task the user may work; with {@code step}, whether it is a review step, from the same read of its links. */
    VisibleTask visible(Authentication user, String taskId, boolean step) {
        Task task = tasks.createTaskQuery().taskId(taskId).initializeFormKeys().singleResult();
        if (task == null) {
            throw conflicts.gone(taskId);
        }
        boolean holder = absences.holds(user.getName(), task.getAssignee());
        List<IdentityLink> links = holder && !step ? List.of() : links(taskId);
        List<String> groups = groups(user);
        if (!holder && (links == null || links.stream().noneMatch(link ->
                IdentityLinkType.CANDIDATE.equals(link.getType()) && groups.contains(link.getGroupId())))) {
            // Someone may have completed the task between our two reads: its candidate links go with it, in
            // the same commit. Then the one who comes second learns who decided, as when it was already gone.
            if (tasks.createTaskQuery().taskId(taskId).count() == 0) {
                throw conflicts.gone(taskId);
            }
            audit.refused(user.getName(), "task " + taskId);
            throw new ApplicationNotFound(taskId);
        }
        if (links == null) {
            throw conflicts.gone(taskId);
        }
        return new VisibleTask(task, VisibleTask.reviewStep(links));
    }

    /** The task's identity links; null when it was completed since it was read. */
    private List<IdentityLink> links(String taskId) {
        try {
            return tasks.getIdentityLinksForTask(taskId);
        } catch (NullValueException completedMeanwhile) {
            return null;
        }
    }

    /** Why the user may not take this task ({@link TakingRules}), for the task page to say first; empty when they may. */
    @Transactional(readOnly = true)
    Optional<String> dutyConflict(Authentication user, PageTask page) {
        VisibleTask visible = page.visible();
        try {
            rules.check(user.getName(), visible.task(), page.item(), visible.reviewStep());
            return Optional.empty();
        } catch (StateConflict refused) {
            return Optional.of(refused.getMessage());
        }
    }

    /** Whether the task is a review step ({@link VisibleTask#reviewStep}). */
    boolean reviewStep(String taskId) {
        return VisibleTask.reviewStep(Optional.ofNullable(links(taskId)).orElseThrow(() -> conflicts.gone(taskId)));
    }

    static List<String> groups(Authentication user) {
        return user.getAuthorities().stream().map(GrantedAuthority::getAuthority).toList();
    }
}
