package org.ipflow.application.process;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.ipflow.application.Application;
import org.ipflow.application.ApplicationRepository;
import org.ipflow.application.ApplicationStatus;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;

/**
 * Drives the grant process the way the façade does: starts it with the agreed variables and business
 * key, and completes tasks with the form fields as variables plus {@code actor}; scoring adds to the
 * running sum and count instead of setting {@code score}.
 */
class GrantProcessDriver {

    static final String REGION = "150100";

    private final ProcessEngine engine;
    private final ApplicationRepository applications;
    private final JdbcClient jdbc;

    GrantProcessDriver(ProcessEngine engine, ApplicationRepository applications, JdbcClient jdbc) {
        this.engine = engine;
        this.applications = applications;
        this.jdbc = jdbc;
    }

    long newEnterprise() {
        var keys = new GeneratedKeyHolder();
        String code = UUID.randomUUID().toString().replace("-", "").substring(0, 18).toUpperCase();
        jdbc.sql("insert into enterprise (name, credit_code, region, contact_name, contact_phone, email, created_at) "
                        + "values (?,?,?,?,?,?,?)")
                .params("测试企业 " + code, code, REGION, "张三", "0471-0000000", "test@example.org",
                        Timestamp.from(Instant.now()))
                .update(keys, "id");
        return keys.getKey().longValue();
    }

    ProcessInstance submit(long enterpriseId, double eligibleCost) {
        String number = "PTG-" + LocalDate.now().getYear() + "-" + UUID.randomUUID().toString().substring(0, 8);
        long id = applications.insertDraft(number, GrantProcess.KEY, enterpriseId, REGION, "专利许可实施项目",
                Map.of("projectName", "专利许可实施项目"), BigDecimal.valueOf(eligibleCost), "enterprise1");
        applications.updateStatus(id, ApplicationStatus.SUBMITTED);
        Map<String, Object> variables = new HashMap<>();
        variables.put(ProcessVariables.APPLICATION_ID, id);
        variables.put(ProcessVariables.APPLICATION_NUMBER, number);
        variables.put(ProcessVariables.PROGRAMME, GrantProcess.KEY);
        variables.put(ProcessVariables.REGION, REGION);
        variables.put(ProcessVariables.ENTERPRISE_ID, enterpriseId);
        variables.put(GrantProcess.Variables.ELIGIBLE_COST, eligibleCost);
        variables.put(GrantProcess.Variables.REQUESTED_AMOUNT, eligibleCost / 2);
        variables.put(GrantProcess.Variables.SCORE_SUM, 0L);
        variables.put(GrantProcess.Variables.SCORE_COUNT, 0L);
        return engine.getRuntimeService().startProcessInstanceByKey(GrantProcess.KEY, number, variables);
    }

    /** Approves pre-review and formal review and has three experts score: waits at the approver's decision. */
    ProcessInstance submitAndScore(long enterpriseId, double eligibleCost, long... scores) {
        ProcessInstance instance = submit(enterpriseId, eligibleCost);
        decide(instance, GrantProcess.Elements.REGIONAL_PRE_REVIEW, "approve");
        decide(instance, GrantProcess.Elements.FORMAL_REVIEW, "approve");
        score(instance, scores);
        return instance;
    }

    /** Approves the recommended amount as the façade does: waits for the public notice to end. */
    ProcessInstance approveRecommended(ProcessInstance instance) {
        double recommended = (Double) engine.getRuntimeService().getVariable(instance.getId(),
                GrantProcess.Variables.RECOMMENDED_AMOUNT);
        applications.setApprovedAmount(applicationId(instance), BigDecimal.valueOf(recommended));
        decide(instance, GrantProcess.Elements.APPROVER_DECISION, "approve", GrantProcess.Variables.APPROVED_AMOUNT,
                recommended);
        return instance;
    }

    void endNotice(ProcessInstance instance) {
        var jobs = engine.getManagementService();
        jobs.executeJob(jobs.createJobQuery().processInstanceId(instance.getId()).activityId(
                GrantProcess.Elements.NOTICE_ENDS).singleResult().getId());
    }

    /** Completes the single open task of the step with a review-form decision. */
    void decide(ProcessInstance instance, String step, String decision, Object... more) {
        Map<String, Object> form = new HashMap<>(Map.of(ProcessVariables.DECISION, decision,
                ProcessVariables.COMMENT, "意见：" + decision));
        for (int i = 0; i < more.length; i += 2) {
            form.put((String) more[i], more[i + 1]);
        }
        complete(single(instance, step), "staff1", form);
    }

    void score(ProcessInstance instance, long... scores) {
        List<Task> tasks = tasks(instance, GrantProcess.Elements.EXPERT_SCORING);
        assertThat(tasks).hasSize(scores.length);
        var runtime = engine.getRuntimeService();
        for (int i = 0; i < scores.length; i++) {
            long sum = (Long) runtime.getVariable(instance.getId(), GrantProcess.Variables.SCORE_SUM);
            long count = (Long) runtime.getVariable(instance.getId(), GrantProcess.Variables.SCORE_COUNT);
            complete(tasks.get(i), "expert" + i, Map.of(GrantProcess.Variables.SCORE_SUM, sum + scores[i],
                    GrantProcess.Variables.SCORE_COUNT, count + 1));
        }
    }

    void disburse(ProcessInstance instance, double amount, String reference) {
        complete(single(instance, GrantProcess.Elements.DISBURSEMENT), "finance1",
                Map.of(GrantProcess.Variables.PAID_AMOUNT, amount, GrantProcess.Variables.PAYMENT_REFERENCE, reference,
                        GrantProcess.Variables.PAID_ON, LocalDate.now().toString()));
    }

    void resubmit(ProcessInstance instance) {
        applications.updateStatus(applicationId(instance), ApplicationStatus.SUBMITTED);
        engine.getRuntimeService().createMessageCorrelation(GrantProcess.Messages.APPLICATION_RESUBMITTED)
                .processInstanceBusinessKey(instance.getBusinessKey()).correlate();
    }

    /** Files an objection the way the public page does: a row, then a correlation with a local id. */
    long object(ProcessInstance instance, String reason) {
        long applicationId = applicationId(instance);
        var keys = new GeneratedKeyHolder();
        jdbc.sql("insert into objection (application_id, filed_by_name, filed_by_contact, reason, filed_at, client_hash) "
                        + "values (?,?,?,?,?,?)")
                .params(applicationId, "李四", "13800000000", reason, Timestamp.from(Instant.now()), "hash")
                .update(keys, "id");
        long objectionId = keys.getKey().longValue();
        engine.getRuntimeService().createMessageCorrelation(GrantProcess.Messages.OBJECTION_FILED)
                .processInstanceBusinessKey(instance.getBusinessKey())
                .setVariableLocal(GrantProcess.Variables.OBJECTION_ID, objectionId).correlate();
        return objectionId;
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

    long applicationId(ProcessInstance instance) {
        return application(instance).id();
    }

    /** By business key, which outlives the process instance's variables. */
    Application application(ProcessInstance instance) {
        return applications.findByNumber(instance.getBusinessKey()).orElseThrow();
    }

    ApplicationStatus status(ProcessInstance instance) {
        return application(instance).status();
    }
}
