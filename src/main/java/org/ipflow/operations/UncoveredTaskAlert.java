package org.ipflow.operations;

import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.camunda.bpm.engine.task.IdentityLink;
import org.ipflow.identity.GroupCoverage;
import org.ipflow.identity.Roles;
import org.ipflow.notification.Notifications;
import org.ipflow.shared.ProcessVariables;
import org.ipflow.shared.StepNames;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * Tells every active administrator when a task is created that nobody may take: unassigned, and none of its
 * candidate groups has an active member (the rule of {@link UncoveredSteps}), such as the pre-review of an
 * application from a region without reviewers. The engine publishes each task's creation once, inside the
 * transaction that creates it, so a rolled-back or retried step notifies once, and a restart not at all.
 */
@Component
class UncoveredTaskAlert {

    static final String MESSAGE = "notification.uncoveredTask";

    private final GroupCoverage coverage;
    private final Notifications notifications;
    private final StepNames stepNames;

    UncoveredTaskAlert(GroupCoverage coverage, Notifications notifications, StepNames stepNames) {
        this.coverage = coverage;
        this.notifications = notifications;
        this.stepNames = stepNames;
    }

    @EventListener
    void on(DelegateTask task) {
        if (!TaskListener.EVENTNAME_CREATE.equals(task.getEventName())) {
            return;
        }
        Set<String> groups = task.getCandidates().stream().map(IdentityLink::getGroupId).filter(Objects::nonNull)
                .collect(Collectors.toCollection(TreeSet::new));
        if (task.getAssignee() != null || groups.isEmpty() || coverage.activeMembersForNewTask(task.getId(), groups)
                .values().stream().anyMatch(members -> !members.isEmpty())) {
            return;
        }
        List<String> admins = coverage.activeMembers(List.of(Roles.ADMIN)).get(Roles.ADMIN);
        String number = task.getExecution() == null ? task.getProcessInstanceId()
                : Objects.toString(task.getExecution().getProcessBusinessKey(), task.getProcessInstanceId());
        notifications.toStaff(admins, applicationId(task), MESSAGE, number,
                name(task, Locale.SIMPLIFIED_CHINESE), name(task, Locale.ENGLISH), String.join(", ", groups));
    }

    private String name(DelegateTask task, Locale locale) {
        return stepNames.of(task.getProcessDefinitionId(), task.getTaskDefinitionKey(), task.getName(), locale);
    }

    private static Long applicationId(DelegateTask task) {
        return task.getVariable(ProcessVariables.APPLICATION_ID) instanceof Number id ? id.longValue() : null;
    }
}
