package org.ipflow.tasks;

import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.camunda.bpm.engine.task.IdentityLink;
import org.ipflow.identity.GroupCoverage;
import org.ipflow.notification.Notifications;
import org.ipflow.shared.ProcessVariables;
import org.ipflow.shared.StepNames;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * Tells the active members of a new task's candidate groups by e-mail that it waits for one of them (the inbox
 * shows it already, so no in-app notification). A task created with a holder is theirs alone; a transfer
 * has its own message, and so has the review of an objection filed during a public notice, to the staff of
 * the groups that decide it. Written in the transaction that creates the task, once per task and member.
 */
@Component
class NewTaskMail {

    static final String MESSAGE = "notification.newTask";
    /** An objection's review task: its own words, so that those who decide objections see one was filed. */
    static final String OBJECTION = "notification.objectionFiled";

    private final GroupCoverage coverage;
    private final Notifications notifications;
    private final StepNames stepNames;

    NewTaskMail(GroupCoverage coverage, Notifications notifications, StepNames stepNames) {
        this.coverage = coverage;
        this.notifications = notifications;
        this.stepNames = stepNames;
    }

    @EventListener
    void on(DelegateTask task) {
        if (!TaskListener.EVENTNAME_CREATE.equals(task.getEventName()) || task.getAssignee() != null) {
            return;
        }
        List<String> groups = task.getCandidates().stream().map(IdentityLink::getGroupId).filter(Objects::nonNull)
                .distinct().toList();
        if (groups.isEmpty()) {
            return;
        }
        List<String> members = coverage.activeMembersForNewTask(task.getId(), groups).values().stream().flatMap(Collection::stream)
                .distinct().sorted().toList();
        String number = task.getExecution() == null ? task.getProcessInstanceId()
                : Objects.toString(task.getExecution().getProcessBusinessKey(), task.getProcessInstanceId());
        // The review task of an objection carries the objection's id (its input parameter), whatever the programme.
        String message = task.getVariable(ProcessVariables.OBJECTION_ID) instanceof Number ? OBJECTION : MESSAGE;
        notifications.emailStaffOnce(MESSAGE + ":" + task.getId(), members, message, number,
                name(task, Locale.SIMPLIFIED_CHINESE), name(task, Locale.ENGLISH));
    }

    private String name(DelegateTask task, Locale locale) {
        return stepNames.of(task.getProcessDefinitionId(), task.getTaskDefinitionKey(), task.getName(), locale);
    }
}
