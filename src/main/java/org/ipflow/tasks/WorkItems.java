package org.ipflow.tasks;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.camunda.bpm.engine.task.Task;
import org.ipflow.application.Application;
import org.ipflow.application.Applications;
import org.ipflow.enterprise.Enterprise;
import org.ipflow.enterprise.Enterprises;
import org.ipflow.shared.StepNames;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Component;

/**
 * Engine tasks joined with the applications they concern and their enterprises, as both the inbox and the task
 * façade show them.
 */
@Component
class WorkItems {

    private final Applications applications;
    private final StepNames stepNames;
    private final Enterprises enterprises;

    WorkItems(Applications applications, StepNames stepNames, Enterprises enterprises) {
        this.applications = applications;
        this.stepNames = stepNames;
        this.enterprises = enterprises;
    }

    /**
     * Tasks with their applications (one query for all), named in the reader's language; form keys only
     * when the query initialised them (not the inbox's). A task without an application is left out. The
     * enterprises are read in one more query for all.
     */
    List<WorkItem> of(List<Task> found, boolean withFormKeys) {
        return of(found, withFormKeys, true);
    }

    /**
     * One task with its application and form key for a decision on it (a completion's checks and record), which
     * shows nobody the applicant: its enterprise is not read, the applicant names the region only. Empty for a
     * task without an application.
     */
    java.util.Optional<WorkItem> forDecision(Task task) {
        return of(List.of(task), true, false).stream().findFirst();
    }

    private List<WorkItem> of(List<Task> found, boolean withFormKeys, boolean withEnterprises) {
        Locale locale = LocaleContextHolder.getLocale();
        Map<String, Application> byProcess = applications.findByProcessInstances(found.stream()
                        .map(Task::getProcessInstanceId).filter(Objects::nonNull).collect(Collectors.toSet()))
                .stream().collect(Collectors.toMap(Application::processInstanceId, Function.identity()));
        Map<Long, Enterprise> byId = !withEnterprises ? Map.of() : enterprises.findByIds(byProcess.values().stream()
                .map(Application::enterpriseId).collect(Collectors.toSet())).stream()
                .collect(Collectors.toMap(Enterprise::id, Function.identity()));
        return found.stream().filter(t -> byProcess.containsKey(t.getProcessInstanceId()))
                .map(t -> new WorkItem(t.getId(),
                        stepNames.of(t.getProcessDefinitionId(), t.getTaskDefinitionKey(), t.getName(), locale),
                        t.getTaskDefinitionKey(), t.getProcessInstanceId(),
                        withFormKeys ? formKey(t) : null, t.getAssignee(), t.getDueDate() == null ? null : t.getDueDate().toInstant(),
                        t.getCreateTime().toInstant(), byProcess.get(t.getProcessInstanceId()),
                        applicant(byProcess.get(t.getProcessInstanceId()), byId, locale)))
                .distinct().toList();
    }

    private static Applicant applicant(Application application, Map<Long, Enterprise> byId, Locale locale) {
        return Applicant.of(byId.get(application.enterpriseId()), application.region(), locale);
    }

    private static String formKey(Task task) {
        return TaskForms.key(task.getCamundaFormRef(), task.getFormKey(), task.getProcessDefinitionId());
    }
}
