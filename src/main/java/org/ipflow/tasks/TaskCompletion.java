package org.ipflow.tasks;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.math.BigDecimal;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.task.Task;
import org.ipflow.application.Application;
import org.ipflow.application.ApplicationFormDocuments;
import org.ipflow.application.DecisionKind;
import org.ipflow.application.ExpertScoring;
import org.ipflow.application.NewDecision;
import org.ipflow.application.StateConflict;
import org.ipflow.application.TaskDecisions;
import org.ipflow.application.Timeline;
import org.ipflow.application.ValidationFailed;
import org.ipflow.forms.FormErrors;
import org.ipflow.forms.FormField;
import org.ipflow.forms.FormSchema;
import org.ipflow.forms.FormSchemaValidator;
import org.ipflow.shared.ExactDecimals;
import org.ipflow.shared.ProcessVariables;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Completes a task after checking the caller's right to it and validating the data against the task's
 * own form. The timeline entry, the application row and the engine state commit in one transaction.
 */
@Service
@Transactional
public class TaskCompletion {

    private final ProcessTasks processTasks;
    private final TaskService tasks;
    private final TaskForms forms;
    private final FormSchemaValidator validator;
    private final Timeline timeline;
    private final MessageSource messages;
    private final ObjectMapper json;
    private final TaskDecisions decisions;
    private final ExpertScoring scoring;
    private final TakingRules rules;
    private final RubricScoring rubrics;
    private final TaskCommand command;
    private final ApplicationFormDocuments formDocuments;

    /**
     * Fields each step fills in with its own decision: a variable of the same key holds an earlier step's
     * decision, which no form starts from (nor shows to the next expert, for a score).
     */
    private static final Set<String> DECIDED_BY_EACH_STEP = Set.of(ProcessVariables.DECISION,
            ProcessVariables.COMMENT, ProcessVariables.CORRECTION_DAYS, ProcessVariables.SCORE);
    private static final List<String> READS = Stream.concat(TaskDecisions.AMOUNT_LIMITS.stream(),
            Stream.of(ProcessVariables.OBJECTION_ID)).toList();
    /** The amount fields and the process values that bound them, as {@link TaskDecisions#checkAmounts} applies them. */
    private static final Map<String, List<String>> BOUNDS = Map.of(
            ProcessVariables.APPROVED_AMOUNT, List.of(ProcessVariables.RECOMMENDED_AMOUNT, ProcessVariables.YEARLY_CAP),
            ProcessVariables.PAID_AMOUNT, List.of(ProcessVariables.APPROVED_AMOUNT));

    TaskCompletion(ProcessTasks processTasks, TaskService tasks, TaskForms forms, FormSchemaValidator validator,
            Timeline timeline, MessageSource messages, ObjectMapper json, TaskDecisions decisions,
            ExpertScoring scoring, TakingRules rules, RubricScoring rubrics, TaskCommand command,
            ApplicationFormDocuments formDocuments) {
        this.formDocuments = formDocuments;
        this.processTasks = processTasks;
        this.command = command;
        this.rubrics = rubrics;
        this.rules = rules;
        this.tasks = tasks;
        this.forms = forms;
        this.validator = validator;
        this.scoring = scoring;
        this.decisions = decisions;
        this.timeline = timeline;
        this.messages = messages;
        this.json = json;
    }

    /** The form the task asks for, or null for a task without a form. */
    @Transactional(readOnly = true)
    public FormSchema form(WorkItem item) {
        return forms.of(item);
    }

    /**
     * The process values the task's form fields start from (a field starts from the variable of its key, as
     * in Camunda's forms) and those its bounds refer to, such as the recommended amount an approval may not
     * exceed; for a task already checked as visible to the caller.
     */
    @Transactional(readOnly = true)
    public Map<String, Object> input(WorkItem item) {
        FormSchema schema = form(item);
        if (schema == null) {
            return Map.of();
        }
        Set<String> names = new LinkedHashSet<>();
        for (FormField field : schema.dataFields()) {
            if (!DECIDED_BY_EACH_STEP.contains(field.key())) {
                names.add(field.root());
            }
            names.addAll(BOUNDS.getOrDefault(field.key(), List.of()));
        }
        Map<String, Object> input = new TreeMap<>();
        if (names.isEmpty()) {
            return input; // a form of decisions only (every step decides anew): no engine command to read nothing
        }
        tasks.getVariables(item.id(), names).forEach((name, value) -> {
            if (value != null) {
                input.put(name, value);
            }
        });
        return input;
    }

    /** The task's process variables, which its form's FEEL reads (hidden fields, bounds), as Camunda's forms do. */
    @Transactional(readOnly = true)
    public Map<String, Object> variables(WorkItem item) {
        return tasks.getVariables(item.id());
    }

    /**
     * Completes a held task in one engine command ({@link TaskCommand}), whose task read for the checks is the one
     * completed. A task held by no one is first claimed in a command of its own, written at once: of two deciding
     * it at once, the second learns it there, before anything else is written; a refusal of the checks that follow
     * rolls the claim back with the rest.
     */
    public void complete(Authentication user, String taskId, Map<String, Object> data) {
        if (command.onTask(taskId, user.getName(), () -> checkAndComplete(user, taskId, data))) {
            return;
        }
        command.onTask(taskId, user.getName(), () -> {
            processTasks.take(user, taskId);
            return true;
        });
        if (!command.onTask(taskId, user.getName(), () -> checkAndComplete(user, taskId, data))) {
            throw new IllegalStateException("task " + taskId + " is held by no one after its claim");
        }
    }

    /** False, having written nothing, for a task held by no one. */
    private boolean checkAndComplete(Authentication user, String taskId, Map<String, Object> data) {
        VisibleTask visible = processTasks.visible(user, taskId, true);
        Task task = visible.task();
        processTasks.requireNotHeldByAnother(user, task);
        if (task.getAssignee() == null) {
            return false;
        }
        // Checked just above: no second read of the task; nor of the applicant's enterprise, which a decision does not show.
        WorkItem item = processTasks.itemForDecision(task);
        // Also for a task already assigned (claimed before, or transferred): the rules hold at the decision.
        rules.check(user.getName(), task, item, visible.reviewStep());
        FormSchema schema = form(item);
        Map<String, Object> known = schema == null ? Map.of() : variables(item);
        boolean byRubric = Boolean.TRUE.equals(known.get(ProcessVariables.SCORED_BY_RUBRIC));
        RubricScoring.Scored scored = rubrics.apply(item, schema, data == null ? Map.of() : data, byRubric);
        FormErrors errors = schema == null ? new FormErrors() : validator.validate(schema, scored.data(), true, known,
                formDocuments.of(item.application().id(), null));
        if (!errors.isEmpty()) {
            throw new ValidationFailed(errors.resolve(messages, LocaleContextHolder.getLocale()));
        }
        Map<String, Object> clean = schema == null ? Map.of() : validator.clean(schema, scored.data(), known);
        Map<String, Object> variables = CompletionValues.variables(clean, json);
        variables.put(ProcessVariables.ACTOR, user.getName());
        Application application = item.application();
        if (clean.get(ProcessVariables.SCORE) instanceof BigDecimal score) {
            variables.remove(ProcessVariables.SCORE);
            variables.putAll(scoring.add(application.id(), task.getTaskDefinitionKey(), taskId, user.getName(), score,
                    known) // a score comes only from a form, so the form's variables were read
                    .orElseThrow(() -> new StateConflict(message("task.error.alreadyScored"))));
            releaseOtherScoringTasks(user, task);
        }
        // The form's variables, read above, hold these too: no second read of the task's scopes.
        Map<String, Object> values = schema == null ? tasks.getVariables(taskId, READS) : known;
        decisions.checkAmounts(clean, values, application);
        if (values.get(ProcessVariables.OBJECTION_ID) instanceof Number objection) {
            decisions.decideObjection(objection.longValue(), (String) clean.get(ProcessVariables.DECISION),
                    (String) clean.get(ProcessVariables.COMMENT));
        }
        timeline.record(NewDecision.inTask(application.id(), taskId, task.getTaskDefinitionKey(), task.getName(),
                user.getName(), CompletionValues.decisionOf(clean), visible.reviewStep()).withComment((String) clean.get(ProcessVariables.COMMENT))
                .withDetails(CompletionValues.details(json, clean, scored.details())).onBehalfOf(user.getName().equals(task.getAssignee()) ? null : task.getAssignee()));
        tasks.complete(taskId, variables);
        return true;
    }

    /** The round's other scoring tasks the expert had claimed go back to the pool, for the other experts. */
    private void releaseOtherScoringTasks(Authentication user, Task task) {
        tasks.createTaskQuery().processInstanceId(task.getProcessInstanceId())
                .taskDefinitionKey(task.getTaskDefinitionKey()).taskAssignee(user.getName()).list().stream()
                .filter(other -> !other.getId().equals(task.getId()))
                .forEach(other -> tasks.setAssignee(other.getId(), null));
    }

    private String message(String code, Object... args) {
        return messages.getMessage(code, args, code, LocaleContextHolder.getLocale());
    }
}
