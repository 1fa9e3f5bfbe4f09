package org.ipflow.application.process;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.ipflow.application.Application;
import org.ipflow.application.ApplicationStatus;
import org.ipflow.application.internal.ApplicationRepository;
import org.ipflow.application.internal.DecisionRecords;
import org.ipflow.application.process.grant.GrantProcess;
import org.ipflow.shared.Money;
import org.ipflow.shared.ProcessVariables;

/**
 * Drives the grant process the way the façade does: starts it with the agreed variables and business
 * key, and completes tasks with the form fields as variables plus {@code actor}; scoring adds to the
 * running sum and count instead of setting {@code score}. Checks on the way that every task it
 * completes has a due date. Its start amounts are {@code Double}s, as versions before {@code Money} wrote
 * them: the building blocks must read them exactly.
 */
class GrantProcessDriver {

    private final ProcessEngine engine;
    private final ApplicationRepository applications;
    private final DecisionRecords decisions;
    private final TestApplications rows;

    GrantProcessDriver(ProcessEngine engine, ApplicationRepository applications, DecisionRecords decisions,
            TestApplications rows) {
        this.engine = engine;
        this.applications = applications;
        this.decisions = decisions;
        this.rows = rows;
    }

    ProcessInstance submit(long enterpriseId, double eligibleCost) {
        return submit(GrantProcess.KEY, enterpriseId, eligibleCost);
    }

    /** A grant of a programme defined to run this process, such as one with project terms of its own. */
    ProcessInstance submit(String programme, long enterpriseId, double eligibleCost) {
        var application = rows.submitted(programme, "PTG", enterpriseId, eligibleCost);
        Map<String, Object> variables = new HashMap<>(Map.of(ProcessVariables.APPLICATION_ID, application.id(),
                ProcessVariables.APPLICATION_NUMBER, application.number(), ProcessVariables.PROGRAMME, GrantProcess.KEY,
                ProcessVariables.REGION, TestApplications.REGION, ProcessVariables.ENTERPRISE_ID, enterpriseId));
        variables.putAll(Map.of(GrantProcess.Variables.ELIGIBLE_COST, eligibleCost,
                ProcessVariables.REQUESTED_AMOUNT, eligibleCost / 2, ProcessVariables.SCORE_SUM, 0L,
                ProcessVariables.SCORE_COUNT, 0L));
        return engine.getRuntimeService().startProcessInstanceByKey(GrantProcess.KEY, application.number(), variables);
    }

    /** Approves pre-review and formal review and has three experts score: waits at the approver's decision. */
    ProcessInstance submitAndScore(long enterpriseId, double eligibleCost, long... scores) {
        return submitAndScore(GrantProcess.KEY, enterpriseId, eligibleCost, scores);
    }

    ProcessInstance submitAndScore(String programme, long enterpriseId, double eligibleCost, long... scores) {
        ProcessInstance instance = submit(programme, enterpriseId, eligibleCost);
        decide(instance, GrantProcess.Elements.REGIONAL_PRE_REVIEW, "approve");
        decide(instance, GrantProcess.Elements.FORMAL_REVIEW, "approve");
        score(instance, scores);
        return instance;
    }

    /** Approves the recommended amount as the façade does: waits for the public notice to end. */
    ProcessInstance approveRecommended(ProcessInstance instance) {
        Money recommended = Money.fromVariable(variable(instance, ProcessVariables.RECOMMENDED_AMOUNT));
        applications.setApprovedAmount(application(instance).id(), recommended.yuan());
        decide(instance, GrantProcess.Elements.APPROVER_DECISION, "approve", ProcessVariables.APPROVED_AMOUNT,
                recommended.toVariable());
        return instance;
    }

    /** Completes the single open task of the step with a review-form decision and more fields. */
    void decide(ProcessInstance instance, String step, String decision, Object... more) {
        Map<String, Object> form = new HashMap<>(Map.of(ProcessVariables.DECISION, decision,
                ProcessVariables.COMMENT, "意见：" + decision));
        for (int i = 0; i < more.length; i += 2) {
            form.put((String) more[i], more[i + 1]);
        }
        complete(single(instance, step), "staff1", form);
    }

    /** The drawn experts accept their declarations, then score in turn (by the façade's running sum and count). */
    void score(ProcessInstance instance, long... scores) {
        tasks(instance, GrantProcess.Elements.EXPERT_DECLARATION).forEach(task -> declare(task, "accept"));
        List<Task> tasks = tasks(instance, GrantProcess.Elements.EXPERT_SCORING);
        assertThat(tasks).hasSize(scores.length);
        for (int i = 0; i < scores.length; i++) {
            long sum = (Long) variable(instance, ProcessVariables.SCORE_SUM);
            long count = (Long) variable(instance, ProcessVariables.SCORE_COUNT);
            Object scorers = variable(instance, ProcessVariables.SCORERS);
            String expert = tasks.get(i).getAssignee();
            complete(tasks.get(i), expert, Map.of(ProcessVariables.SCORE_SUM, sum + scores[i],
                    ProcessVariables.SCORE_COUNT, count + 1, ProcessVariables.SCORERS,
                    (scorers == null ? "" : scorers + ",") + expert));
        }
    }

    /** The task's expert accepts or declines (with a reason). */
    void declare(Task declaration, String decision) {
        complete(declaration, declaration.getAssignee(), Map.of(ProcessVariables.DECISION, decision,
                ProcessVariables.COMMENT, decision.equals("accept") ? "" : "曾为申请人提供咨询"));
    }

    void disburse(ProcessInstance instance, double amount, String reference) {
        disburse(instance, GrantProcess.Elements.DISBURSEMENT, amount, reference);
    }

    /** Completes a payment step (the award's or the acceptance's) as finance. */
    void disburse(ProcessInstance instance, String step, double amount, String reference) {
        complete(single(instance, step), "finance1",
                Map.of(ProcessVariables.PAID_AMOUNT, amount, ProcessVariables.PAYMENT_REFERENCE, reference,
                        ProcessVariables.PAID_ON, LocalDate.now().toString()));
    }

    void resubmit(ProcessInstance instance) {
        applications.updateStatus(application(instance).id(), ApplicationStatus.SUBMITTED);
        engine.getRuntimeService().createMessageCorrelation(ProcessVariables.Messages.APPLICATION_RESUBMITTED)
                .processInstanceBusinessKey(instance.getBusinessKey()).correlate();
    }

    /** The enterprise's results report reaches the process as the façade sends it. */
    void reportResults(ProcessInstance instance) {
        engine.getRuntimeService().createMessageCorrelation(ProcessVariables.Messages.RESULTS_REPORTED)
                .processInstanceBusinessKey(instance.getBusinessKey()).correlate();
    }

    /** Files an objection the way the public page does: a row, then a correlation with a local id. */
    long object(ProcessInstance instance, String reason) {
        long objectionId = rows.objection(application(instance).id(), reason);
        engine.getRuntimeService().createMessageCorrelation(ProcessVariables.Messages.OBJECTION_FILED)
                .processInstanceBusinessKey(instance.getBusinessKey())
                .setVariableLocal(ProcessVariables.OBJECTION_ID, objectionId).correlate();
        return objectionId;
    }

    /** Completes an objection review: uphold or dismiss. */
    void review(Task objectionReview, String decision) {
        complete(objectionReview, "reviewer3", Map.of(ProcessVariables.DECISION, decision, ProcessVariables.COMMENT,
                "异议审查意见：" + decision));
    }

    /** Runs the timer job of the event now, as the job executor would when it is due. */
    void fire(ProcessInstance instance, String timerEvent) {
        var jobs = engine.getManagementService();
        jobs.executeJob(jobs.createJobQuery().processInstanceId(instance.getId()).activityId(timerEvent)
                .singleResult().getId());
    }

    Task single(ProcessInstance instance, String step) {
        List<Task> tasks = tasks(instance, step);
        assertThat(tasks).as("open tasks of %s", step).hasSize(1);
        return tasks.get(0);
    }

    List<Task> tasks(ProcessInstance instance, String step) {
        return engine.getTaskService().createTaskQuery().processInstanceId(instance.getId())
                .taskDefinitionKey(step).list();
    }

    void complete(Task task, String actor, Map<String, Object> form) {
        assertThat(task.getDueDate()).as("due date of %s", task.getTaskDefinitionKey()).isNotNull();
        engine.getTaskService().claim(task.getId(), actor);
        Map<String, Object> variables = new HashMap<>(form);
        variables.put(ProcessVariables.ACTOR, actor);
        engine.getTaskService().complete(task.getId(), variables);
    }

    Object variable(ProcessInstance instance, String name) {
        return engine.getRuntimeService().getVariable(instance.getId(), name);
    }

    /** By business key, which outlives the process instance's variables. */
    Application application(ProcessInstance instance) {
        return applications.findByNumber(instance.getBusinessKey()).orElseThrow();
    }

    ApplicationStatus status(ProcessInstance instance) {
        return application(instance).status();
    }

    static Instant endOfDayInChina(int daysFromToday) {
        ZoneId china = ZoneId.of("Asia/Shanghai");
        return LocalDate.now(china).plusDays(daysFromToday).atTime(23, 59, 59).atZone(china).toInstant();
    }

    /** The application's timeline as "step:decision". */
    List<String> timeline(ProcessInstance instance) {
        return decisions.timeline(application(instance).id()).stream()
                .map(d -> d.stepKey() + ":" + d.decision()).toList();
    }
}
