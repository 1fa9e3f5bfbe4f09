package org.ipflow.tasks;

import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.ipflow.application.Application;
import org.ipflow.application.Applications;
import org.ipflow.enterprise.Enterprise;
import org.ipflow.enterprise.Enterprises;
import org.ipflow.shared.StepNames;
import org.springframework.stereotype.Component;

/**
 * The escalation list (督办): the escalated tasks of {@link EscalatedTasks} with their applications, enterprises,
 * step names in the reader's language and the last reminder about each. A task without an application (a
 * process started outside IPFlow's programmes) is left out, as in the inbox.
 */
@Component
class Escalations {

    /** One row of the list and of {@code GET /api/tasks/escalation}. */
    record Escalation(String taskId, long applicationId, String applicationNumber, String enterpriseName,
            String step, String taskDefinitionKey, String assignee, Set<String> groups, Instant due,
            int workingDaysOverdue, Reminders.Reminder lastReminder) {
    }

    private final EscalatedTasks overdue;
    private final Applications applications;
    private final Enterprises enterprises;
    private final StepNames stepNames;
    private final Reminders reminders;

    Escalations(EscalatedTasks overdue, Applications applications, Enterprises enterprises, StepNames stepNames,
            Reminders reminders) {
        this.overdue = overdue;
        this.applications = applications;
        this.enterprises = enterprises;
        this.stepNames = stepNames;
        this.reminders = reminders;
    }

    List<Escalation> list(Locale locale) {
        List<EscalatedTasks.Overdue> tasks = overdue.escalated();
        Map<String, Application> byProcess = applications.findByProcessInstances(tasks.stream()
                        .map(EscalatedTasks.Overdue::processInstanceId).collect(Collectors.toSet()))
                .stream().collect(Collectors.toMap(Application::processInstanceId, Function.identity()));
        Map<Long, Enterprise> byId = enterprises.findByIds(byProcess.values().stream().map(Application::enterpriseId)
                .collect(Collectors.toSet())).stream().collect(Collectors.toMap(Enterprise::id, Function.identity()));
        Map<String, Reminders.Reminder> last = reminders.latest(tasks.stream().map(EscalatedTasks.Overdue::id).toList());
        return tasks.stream().filter(t -> byProcess.containsKey(t.processInstanceId())).map(t -> {
            Application application = byProcess.get(t.processInstanceId());
            Enterprise enterprise = byId.get(application.enterpriseId());
            return new Escalation(t.id(), application.id(), application.number(),
                    enterprise == null ? null : enterprise.name(),
                    stepNames.of(t.processDefinitionId(), t.taskDefinitionKey(), t.name(), locale), t.taskDefinitionKey(),
                    t.assignee(), t.groups(), t.due(), t.workingDaysOverdue(), last.get(t.id()));
        }).toList();
    }

    /** The escalated task of this id, if it is one. */
    Optional<Escalation> find(String taskId, Locale locale) {
        return list(locale).stream().filter(e -> e.taskId().equals(taskId)).findFirst();
    }
}
