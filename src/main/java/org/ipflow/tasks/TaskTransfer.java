package org.ipflow.tasks;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.identity.User;
import org.camunda.bpm.engine.task.IdentityLinkType;
import org.camunda.bpm.engine.task.Task;
import org.ipflow.application.DecisionKind;
import org.ipflow.application.NewDecision;
import org.ipflow.application.StateConflict;
import org.ipflow.application.Timeline;
import org.ipflow.application.ValidationFailed;
import org.ipflow.notification.Notifications;
import org.ipflow.shared.StepNames;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Transfer (转办): the holder of a task hands it, with a note, to a named colleague who may take it — a member
 * of one of its candidate groups (which carry the region) whom {@link TakingRules} let take it. The task is
 * then assigned to the colleague, and the timeline records who handed it to whom and why, for the office only.
 */
@Service
@Transactional
public class TaskTransfer {

    /** A colleague the task may go to, by account and display name. */
    public record Colleague(String id, String name) {
    }

    static final int NOTE_LENGTH = 500;

    private final ProcessTasks processTasks;
    private final TaskService tasks;
    private final IdentityService identity;
    private final TakingRules rules;
    private final Timeline timeline;
    private final MessageSource messages;
    private final Absences absences;
    private final Notifications notifications;
    private final StepNames stepNames;

    TaskTransfer(ProcessTasks processTasks, TaskService tasks, IdentityService identity, TakingRules rules,
            Timeline timeline, MessageSource messages, Absences absences, Notifications notifications,
            StepNames stepNames) {
        this.notifications = notifications;
        this.stepNames = stepNames;
        this.absences = absences;
        this.processTasks = processTasks;
        this.tasks = tasks;
        this.identity = identity;
        this.rules = rules;
        this.timeline = timeline;
        this.messages = messages;
    }

    /** Hands the caller's task to {@code colleague}: 404 if unseen, 409 if not held by the caller, 400 {@code errors.user}. */
    public void transfer(Authentication user, String taskId, String colleague, String note) {
        Task task = processTasks.visibleTask(user, taskId);
        processTasks.requireNotHeldByAnother(user, task);
        if (task.getAssignee() == null) {
            throw new StateConflict(message("transfer.error.notHeld"));
        }
        String text = note == null ? "" : note.strip();
        if (text.length() > NOTE_LENGTH) {
            throw new ValidationFailed(Map.of("note", message("transfer.error.noteLength", NOTE_LENGTH)));
        }
        WorkItem item = processTasks.item(task);
        String refusal = refusal(user.getName(), task, item, colleague == null ? "" : colleague.strip());
        if (refusal != null) {
            throw new ValidationFailed(Map.of("user", refusal));
        }
        tasks.setAssignee(taskId, colleague.strip());
        String name = absences.displayName(colleague.strip());
        timeline.record(NewDecision.inTask(item.application().id(), taskId, task.getTaskDefinitionKey(), task.getName(),
                        user.getName(), DecisionKind.TRANSFERRED.value(), false)
                .withComment(words("transfer.timeline", Locale.CHINESE, name, text),
                        words("transfer.timeline", Locale.ENGLISH, name, text)));
        String stepEn = stepNames.of(task.getProcessDefinitionId(), task.getTaskDefinitionKey(), task.getName(),
                Locale.ENGLISH);
        notifications.toStaff(List.of(colleague.strip()), item.application().id(), "notification.transferred",
                item.application().number(), task.getName(), stepEn, absences.displayName(user.getName()), text);
    }

    /**
     * The colleagues the holder may hand the task to, for the task page's choice; empty when it is not theirs. The
     * page's task, already checked and read with its application.
     */
    @Transactional(readOnly = true)
    List<Colleague> colleagues(Authentication user, ProcessTasks.PageTask page) {
        Task task = page.visible().task();
        if (!absences.holds(user.getName(), task.getAssignee())) {
            return List.of();
        }
        WorkItem item = page.item();
        Map<String, Colleague> found = new LinkedHashMap<>();
        for (String group : candidateGroups(task.getId())) {
            for (User member : identity.createUserQuery().memberOfGroup(group).orderByUserId().asc().listPage(0, 200)) {
                if (!found.containsKey(member.getId()) && refusal(user.getName(), task, item, member.getId()) == null) {
                    found.put(member.getId(), new Colleague(member.getId(), Absences.nameOf(member)));
                }
            }
        }
        return List.copyOf(found.values());
    }

    /** Why the colleague may not take the task, or null when they may. */
    private String refusal(String holder, Task task, WorkItem item, String colleague) {
        if (colleague.isEmpty()) {
            return message("transfer.error.userRequired");
        }
        if (colleague.equals(holder)) {
            return message("transfer.error.self");
        }
        Set<String> groups = identity.createGroupQuery().groupMember(colleague).list().stream()
                .map(g -> g.getId()).collect(Collectors.toSet());
        if (candidateGroups(task.getId()).stream().noneMatch(groups::contains)) {
            return message("transfer.error.mayNotTake", colleague);
        }
        try {
            rules.check(colleague, task, item, processTasks.reviewStep(task.getId()));
            return null;
        } catch (StateConflict refused) {
            return message("transfer.error.refused", colleague, refused.getMessage());
        }
    }

    private List<String> candidateGroups(String taskId) {
        return tasks.getIdentityLinksForTask(taskId).stream()
                .filter(link -> IdentityLinkType.CANDIDATE.equals(link.getType()) && link.getGroupId() != null)
                .map(link -> link.getGroupId()).toList();
    }


    private String words(String code, Locale locale, Object... args) {
        return messages.getMessage(code, args, locale);
    }

    private String message(String code, Object... args) {
        return messages.getMessage(code, args, LocaleContextHolder.getLocale());
    }
}
