package org.ipflow.application.internal;

import java.time.OffsetDateTime;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.history.HistoricProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.ipflow.application.Application;
import org.ipflow.application.ApplicationNotFound;
import org.ipflow.programme.Programme;
import org.ipflow.programme.ProgrammeExpertSettings;
import org.ipflow.programme.Rubrics;
import org.ipflow.shared.ExactDecimals;
import org.ipflow.shared.Money;
import org.ipflow.shared.ProcessVariables;
import org.ipflow.shared.StepNames;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Component;

/**
 * The only place that starts programme processes and sends them messages. The process holds ids and
 * decisions; the application's data stays in IPFlow's tables.
 */
@Component
public class ApplicationProcess {

    /** The number of experts the programme's expert review draws. */
    static final String EXPERT_COUNT = "expertCount";

    private final RuntimeService runtime;
    private final TaskService tasks;
    private final RepositoryService repository;
    private final HistoryService history;
    private final StepNames stepNames;
    private final ProgrammeExpertSettings expertSettings;
    private final Rubrics rubrics;

    ApplicationProcess(RuntimeService runtime, TaskService tasks, RepositoryService repository,
            HistoryService history, StepNames stepNames, ProgrammeExpertSettings expertSettings, Rubrics rubrics) {
        this.rubrics = rubrics;
        this.expertSettings = expertSettings;
        this.runtime = runtime;
        this.stepNames = stepNames;
        this.tasks = tasks;
        this.repository = repository;
        this.history = history;
    }

    String start(Application application, Programme programme) {
        Map<String, Object> variables = new HashMap<>();
        variables.put(ProcessVariables.APPLICATION_ID, application.id());
        variables.put(ProcessVariables.APPLICATION_NUMBER, application.number());
        variables.put(ProcessVariables.PROGRAMME, programme.key());
        variables.put(ProcessVariables.REGION, application.region());
        variables.put(ProcessVariables.ENTERPRISE_ID, application.enterpriseId());
        // How many experts review it, as the programme says at the start: a model's expert review reads it.
        variables.put(EXPERT_COUNT, expertSettings.of(programme.key()).experts());
        if (rubrics.of(programme.key()).isPresent()) {
            variables.put(ProcessVariables.SCORED_BY_RUBRIC, true);
        }
        Money requested = Money.ofNullable(application.requestedAmount());
        variables.put(ProcessVariables.REQUESTED_AMOUNT, (requested == null ? Money.ZERO : requested).toVariable());
        variables.putAll(startVariables(application, programme));
        return runtime.startProcessInstanceByKey(programme.processKey(), application.number(), variables).getId();
    }

    /** Resumes a returned application with the figures the enterprise may have corrected. */
    void resubmit(Application application, Programme programme) {
        // Correlated by the instance the application row names (an index read), as every message here, not
        // by its number as business key, which the engine matches by reading the instance's executions.
        runtime.createMessageCorrelation(ProcessVariables.Messages.APPLICATION_RESUBMITTED)
                .processInstanceId(application.processInstanceId())
                .setVariables(startVariables(application, programme)).correlateWithResult();
    }

    private static Map<String, Object> startVariables(Application application, Programme programme) {
        Map<String, Object> variables = new HashMap<>();
        programme.startVariables().forEach((variable, field) -> variables.put(variable, value(application.data().get(field))));
        return variables;
    }

    /**
     * Ends the process of an application its enterprise withdrew, the reason kept in the engine's history.
     * Custom listeners are skipped: the open steps were not done, so nothing that follows a step's work
     * may run. Timers and open tasks go with the instance.
     */
    void withdraw(Application application, String reason) {
        String instance = application.processInstanceId();
        if (instance != null && runtime.createProcessInstanceQuery().processInstanceId(instance).count() > 0) {
            runtime.deleteProcessInstance(instance, "withdrawn by the enterprise: " + reason, true);
        }
    }

    /**
     * Hands the enterprise's results report to the process waiting for it; false when it waits for none (not
     * yet at the period's end, or already under review), so that the caller refuses without recording anything.
     */
    public boolean resultsReported(Application application) {
        return application.processInstanceId() != null && !runtime.createMessageCorrelation(ProcessVariables.Messages.RESULTS_REPORTED)
                .processInstanceId(application.processInstanceId()).correlateAllWithResult().isEmpty();
    }

    /** Whether the process waits for the enterprise's results report, whichever step of its model waits for it. */
    public boolean waitsForResults(Application application) {
        return application.number() != null && runtime.createExecutionQuery()
                .processInstanceBusinessKey(application.number())
                .messageEventSubscriptionName(ProcessVariables.Messages.RESULTS_REPORTED).count() > 0;
    }

    /** When the running project period of a funded application ends (its results report is due then), if it has one. */
    public Optional<OffsetDateTime> projectEnds(Application application) {
        return application.processInstanceId() == null ? Optional.empty() : runtime.createVariableInstanceQuery()
                .processInstanceIdIn(application.processInstanceId()).variableName(ProcessVariables.PROJECT_ENDS).list()
                .stream().map(v -> v.getValue() instanceof String text ? text : "").filter(text -> !text.isBlank())
                .map(OffsetDateTime::parse).findFirst();
    }

    /** Each objection gets its own review task, which reads the objection's id from its own scope. */
    public void objectionFiled(Application application, long objectionId) {
        runtime.createMessageCorrelation(ProcessVariables.Messages.OBJECTION_FILED)
                .processInstanceId(application.processInstanceId())
                .setVariableLocal(ProcessVariables.OBJECTION_ID, objectionId).correlateWithResult();
    }

    /** Ids of the steps the application is waiting in now (user tasks, correction, public notice). */
    public List<String> activeSteps(Application application) {
        // A final status does not end every process: a grant paid on award waits for its results report.
        if (application.processInstanceId() == null) {
            return List.of();
        }
        if (runtime.createProcessInstanceQuery().processInstanceId(application.processInstanceId()).count() == 0) {
            return List.of();
        }
        return runtime.getActiveActivityIds(application.processInstanceId());
    }

    /** Open user tasks of an application, for its detail page. */
    public List<Task> openTasks(Application application) {
        if (application.processInstanceId() == null) {
            return List.of();
        }
        return tasks.createTaskQuery().processInstanceId(application.processInstanceId()).orderByTaskCreateTime().asc()
                .list();
    }

    /**
     * The names of the open user tasks of each application in the reader's language, by process instance:
     * one engine query for a list.
     */
    public Map<String, String> currentStepNames(List<Application> applications) {
        java.util.Locale locale = LocaleContextHolder.getLocale();
        List<String> instances = applications.stream().map(Application::processInstanceId)
                .filter(java.util.Objects::nonNull).toList();
        if (instances.isEmpty()) {
            return Map.of();
        }
        Map<String, String> names = new HashMap<>();
        String separator = "en".equals(locale.getLanguage()) ? ", " : "、";
        tasks.createTaskQuery().processInstanceIdIn(instances.toArray(String[]::new)).list()
                .forEach(t -> names.merge(t.getProcessInstanceId(),
                        stepNames.of(t.getProcessDefinitionId(), t.getTaskDefinitionKey(), t.getName(), locale),
                        (a, b) -> a.equals(b) ? a : a + separator + b));
        return names;
    }

    /**
     * The BPMN of the process version the application runs on, for the diagram viewer, its names in the
     * reader's language.
     */
    public String diagram(Application application) {
        HistoricProcessInstance instance = application.processInstanceId() == null ? null
                : history.createHistoricProcessInstanceQuery().processInstanceId(application.processInstanceId())
                        .singleResult();
        if (instance == null) {
            throw new ApplicationNotFound(application.id());
        }
        String definitionId = instance.getProcessDefinitionId();
        try (var in = repository.getProcessModel(definitionId)) {
            return stepNames.diagram(new String(in.readAllBytes(), java.nio.charset.StandardCharsets.UTF_8),
                    LocaleContextHolder.getLocale());
        } catch (java.io.IOException e) {
            throw new IllegalStateException("cannot read the process model " + definitionId, e);
        }
    }

    /** Numbers as IPFlow stores them ({@link ExactDecimals}: never a Double); text stays text. */
    private static Object value(Object value) {
        if (value instanceof Number number) {
            return ExactDecimals.toVariable(ExactDecimals.fromVariable(number));
        }
        return value instanceof String || value instanceof Boolean ? value : value == null ? null : value.toString();
    }
}
