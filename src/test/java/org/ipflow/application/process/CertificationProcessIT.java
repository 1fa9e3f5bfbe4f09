package org.ipflow.application.process;

import static org.assertj.core.api.Assertions.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.task;
import static org.ipflow.application.ApplicationStatus.*;
import static org.ipflow.certificate.CertificationProcess.Elements.*;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.Year;
import java.time.ZoneId;
import java.util.HashMap;
import java.util.Map;
import java.util.UUID;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests;
import org.ipflow.application.ApplicationStatus;
import org.ipflow.application.internal.ApplicationRepository;
import org.ipflow.certificate.CertificationProcess;
import org.ipflow.shared.ProcessVariables;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * One test per path through the certification process, on the real engine with the real building
 * blocks and decision table; together they must cover 90% of the model's flow nodes and sequence flows.
 * The grant's driver completes tasks, fires timers and files objections the way the façade does.
 */
@ProgrammeProcessTest
@CoverageGate(CertificationProcess.KEY)
class CertificationProcessIT {

    static final ZoneId CHINA = ZoneId.of("Asia/Shanghai");

    @Autowired ProcessEngine engine;
    @Autowired GrantProcessDriver driver;
    @Autowired TestApplications rows;
    @Autowired ApplicationRepository applications;
    @Autowired JdbcClient jdbc;
    long enterpriseId;

    @BeforeEach
    void setUp() {
        BpmnAwareTests.init(engine);
        enterpriseId = rows.newEnterprise();
    }

    @Test
    void demonstrationEnterpriseIsCertifiedRemindedAndExpires() {
        ProcessInstance pi = submit(12, 1_500_000, 4);
        assertThat(pi).isWaitingAt(REGIONAL_RECOMMENDATION).task().hasCandidateGroup("reviewer-150100");
        driver.decide(pi, REGIONAL_RECOMMENDATION, "approve");
        assertThat(pi).isWaitingAt(FORMAL_REVIEW).task().hasCandidateGroup("reviewer");
        assertThat(driver.status(pi)).isEqualTo(IN_REVIEW);
        driver.decide(pi, FORMAL_REVIEW, "approve");
        assertThat(pi).isWaitingAt(SITE_EVALUATION).task().hasCandidateGroup("reviewer");
        evaluate(pi, 90, 88, 86, 92, 90, 85, 80);
        assertThat(pi).isWaitingAt(APPROVER_DECISION).variables().containsEntry("certificationLevel", "DEMONSTRATION");
        assertThat(task()).hasCandidateGroup("approver");
        driver.decide(pi, APPROVER_DECISION, "approve");
        assertThat(pi).isWaitingAt(NOTICE_ENDS);
        assertThat(driver.status(pi)).isEqualTo(PUBLIC_NOTICE);

        driver.object(pi, "该企业知识产权管理制度未实际运行");
        driver.review(driver.single(pi, REVIEW_OBJECTION), "dismiss");
        driver.fire(pi, NOTICE_ENDS);

        LocalDate today = LocalDate.now(CHINA);
        LocalDate until = today.plusYears(3).minusDays(1);
        assertThat(pi).isWaitingAt(EXPIRY_REMINDER).variables()
                .containsEntry("certificateValidUntil", until.toString())
                .containsEntry("certificateNumber", "IPPC-" + today.getYear() + "-%04d".formatted(certificates()));
        assertThat(driver.status(pi)).isEqualTo(CERTIFIED);
        assertThat(certificate(pi)).containsEntry("level", "DEMONSTRATION")
                .containsEntry("valid_until", java.sql.Date.valueOf(until));
        assertThat(dueOfTimer(pi)).isEqualTo(until.minusDays(90).atTime(9, 0).atZone(CHINA).toOffsetDateTime());

        driver.fire(pi, EXPIRY_REMINDER);
        assertThat(pi).isWaitingAt(CERTIFICATE_EXPIRES);
        assertThat(dueOfTimer(pi)).isEqualTo(until.atTime(23, 59, 59).atZone(CHINA).toOffsetDateTime());
        driver.fire(pi, CERTIFICATE_EXPIRES);
        assertThat(pi).hasPassedInOrder(REGIONAL_RECOMMENDATION, FORMAL_REVIEW, SITE_EVALUATION, DECIDE_LEVEL,
                RECORD_LEVEL, APPROVER_DECISION, OPEN_PUBLIC_NOTICE, NOTICE_ENDS, ISSUE_CERTIFICATE, NOTIFY_CERTIFIED,
                EXPIRY_REMINDER, REMIND_EXPIRY, CERTIFICATE_EXPIRES, NOTE_EXPIRY, END_EXPIRED).isEnded();
        assertThat(driver.timeline(pi)).containsSubsequence(RECORD_LEVEL + ":in_review",
                OPEN_PUBLIC_NOTICE + ":notice-opened", "Task_CloseNotice:approved", ISSUE_CERTIFICATE + ":certified",
                NOTIFY_CERTIFIED + ":notified", REMIND_EXPIRY + ":notified", NOTE_EXPIRY + ":notified");
        assertThat(driver.status(pi)).isEqualTo(CERTIFIED);
    }

    @Test
    void goodScoresWithoutTheDemonstrationProfileMakeAPilotEnterprise() {
        ProcessInstance pi = evaluated(submit(2, 200_000, 1), 80, 75, 72, 70, 78, 70, 65);
        assertThat(pi).isWaitingAt(APPROVER_DECISION).variables().containsEntry("certificationLevel", "PILOT");
        driver.decide(pi, APPROVER_DECISION, "approve");
        driver.fire(pi, NOTICE_ENDS);
        assertThat(certificate(pi)).containsEntry("level", "PILOT");
        assertThat(pi).isWaitingAt(EXPIRY_REMINDER);
    }

    @Test
    void scoresBelowTheStandardRejectWithTheTablesReason() {
        ProcessInstance pi = evaluated(submit(20, 2_000_000, 5), 90, 90, 90, 90, 90, 90, 40);
        assertThat(pi).isEnded().hasPassed(SET_NOT_QUALIFIED, END_NOT_QUALIFIED).hasNotPassed(APPROVER_DECISION);
        assertThat(driver.status(pi)).isEqualTo(REJECTED);
        var note = jdbcTimeline(pi, SET_NOT_QUALIFIED);
        assertThat(note).contains("未达到认定标准", "低于 50 分");
    }

    @Test
    void rejectedAtRegionalRecommendation() {
        ProcessInstance pi = submit(3, 100_000, 1);
        driver.decide(pi, REGIONAL_RECOMMENDATION, "reject");
        assertThat(pi).isEnded().hasPassed(END_REJECTED).hasNotPassed(FORMAL_REVIEW);
        assertThat(driver.status(pi)).isEqualTo(REJECTED);
    }

    @Test
    void rejectedAtFormalReview() {
        ProcessInstance pi = submit(3, 100_000, 1);
        driver.decide(pi, REGIONAL_RECOMMENDATION, "approve");
        driver.decide(pi, FORMAL_REVIEW, "reject");
        assertThat(pi).isEnded().hasPassed(END_REJECTED).hasNotPassed(SITE_EVALUATION);
        assertThat(driver.status(pi)).isEqualTo(REJECTED);
    }

    @Test
    void rejectedByTheApprover() {
        ProcessInstance pi = evaluated(submit(3, 100_000, 1), 75, 75, 75, 75, 75, 75, 75);
        driver.decide(pi, APPROVER_DECISION, "reject");
        assertThat(pi).isEnded().hasPassed(END_REJECTED).hasNotPassed(ISSUE_CERTIFICATE);
        assertThat(driver.status(pi)).isEqualTo(REJECTED);
        assertThat(certificates()).isZero();
    }

    @Test
    void upheldObjectionRejectsTheCertification() {
        ProcessInstance pi = evaluated(submit(3, 100_000, 1), 75, 75, 75, 75, 75, 75, 75);
        driver.decide(pi, APPROVER_DECISION, "approve");
        driver.object(pi, "自评材料与实际不符");
        driver.review(driver.single(pi, REVIEW_OBJECTION), "uphold");
        assertThat(pi).isEnded().hasPassed(END_REJECTED).hasNotPassed(ISSUE_CERTIFICATE);
        assertThat(driver.status(pi)).isEqualTo(REJECTED);
    }

    @Test
    void returnedAtRecommendationIsRecommendedAgainAfterResubmission() {
        ProcessInstance pi = submit(3, 100_000, 1);
        driver.decide(pi, REGIONAL_RECOMMENDATION, "return", "correctionDays", 10L);
        assertThat(pi).isWaitingAt(AWAIT_CORRECTION).variables().containsEntry("returnTo", REGIONAL_RECOMMENDATION);
        assertThat(driver.status(pi)).isEqualTo(RETURNED);
        driver.resubmit(pi);
        assertThat(pi).isWaitingAt(REGIONAL_RECOMMENDATION);
    }

    @Test
    void returnedAtFormalReviewIsReviewedAgain() {
        ProcessInstance pi = submit(3, 100_000, 1);
        driver.decide(pi, REGIONAL_RECOMMENDATION, "approve");
        driver.decide(pi, FORMAL_REVIEW, "return");
        assertThat(pi).isWaitingAt(AWAIT_CORRECTION);
        driver.resubmit(pi);
        assertThat(pi).isWaitingAt(FORMAL_REVIEW);
        assertThat(driver.status(pi)).isEqualTo(IN_REVIEW);
    }

    @Test
    void returnedByTheApproverComesBackToTheApprover() {
        ProcessInstance pi = evaluated(submit(3, 100_000, 1), 75, 75, 75, 75, 75, 75, 75);
        driver.decide(pi, APPROVER_DECISION, "return", "correctionDays", 5L);
        assertThat(pi).isWaitingAt(AWAIT_CORRECTION);
        driver.resubmit(pi);
        assertThat(pi).isWaitingAt(APPROVER_DECISION).variables().containsEntry("certificationLevel", "PILOT");
        assertThat(driver.status(pi)).isEqualTo(IN_REVIEW);
    }

    @Test
    void applicationNotCorrectedInTimeIsWithdrawn() {
        ProcessInstance pi = submit(3, 100_000, 1);
        driver.decide(pi, REGIONAL_RECOMMENDATION, "return", "correctionDays", 3L);
        driver.fire(pi, CORRECTION_DEADLINE);
        assertThat(pi).isEnded().hasPassed(END_WITHDRAWN);
        assertThat(driver.status(pi)).isEqualTo(WITHDRAWN);
    }

    /** A submitted certification application started as the façade starts it. */
    private ProcessInstance submit(long inventionPatents, double ipBudget, long ipStaff) {
        String number = "PEC-" + Year.now() + "-" + UUID.randomUUID().toString().substring(0, 8);
        long id = applications.insertDraft(number, CertificationProcess.KEY, enterpriseId, TestApplications.REGION,
                "稀土功能材料研发与生产", Map.of("mainBusiness", "稀土功能材料研发与生产"), null, "enterprise1");
        applications.updateStatus(id, ApplicationStatus.SUBMITTED);
        Map<String, Object> variables = new HashMap<>(Map.of(ProcessVariables.APPLICATION_ID, id,
                ProcessVariables.APPLICATION_NUMBER, number, ProcessVariables.PROGRAMME, CertificationProcess.KEY,
                ProcessVariables.REGION, TestApplications.REGION, ProcessVariables.ENTERPRISE_ID, enterpriseId,
                "requestedAmount", 0d, "scoreSum", 0L, "scoreCount", 0L));
        variables.putAll(Map.of(CertificationProcess.Variables.APPLICATION_TYPE, "initial",
                CertificationProcess.Variables.INVENTION_PATENTS, inventionPatents,
                CertificationProcess.Variables.IP_BUDGET, ipBudget, CertificationProcess.Variables.IP_STAFF, ipStaff));
        return engine.getRuntimeService().startProcessInstanceByKey(CertificationProcess.KEY, number, variables);
    }

    private ProcessInstance evaluated(ProcessInstance pi, long... scores) {
        driver.decide(pi, REGIONAL_RECOMMENDATION, "approve");
        driver.decide(pi, FORMAL_REVIEW, "approve");
        evaluate(pi, scores);
        return pi;
    }

    /** The site evaluation's form: one score per clause, in clause order, and the findings. */
    private void evaluate(ProcessInstance pi, long... scores) {
        Map<String, Object> form = new HashMap<>(Map.of("comment", "现场核查：制度文件齐全"));
        for (int i = 0; i < scores.length; i++) {
            form.put(CertificationProcess.Variables.CLAUSE_SCORES[i], scores[i]);
        }
        driver.complete(driver.single(pi, SITE_EVALUATION), "reviewer3", form);
    }

    private Map<String, Object> certificate(ProcessInstance pi) {
        Map<String, Object> row = new HashMap<>();
        jdbc.sql("select * from certificate where application_id = ?").param(driver.application(pi).id())
                .query().singleRow().forEach((column, value) -> row.put(column.toLowerCase(java.util.Locale.ROOT), value));
        return row;
    }

    private long certificates() {
        return jdbc.sql("select count(*) from certificate where number like ?").param("IPPC-" + Year.now() + "-%")
                .query(Long.class).single();
    }

    private OffsetDateTime dueOfTimer(ProcessInstance pi) {
        return engine.getManagementService().createJobQuery().processInstanceId(pi.getId()).timers().singleResult()
                .getDuedate().toInstant().atZone(CHINA).toOffsetDateTime();
    }

    private String jdbcTimeline(ProcessInstance pi, String step) {
        return jdbc.sql("select comment from decision_record where application_id = ? and step_key = ?")
                .params(driver.application(pi).id(), step).query(String.class).single();
    }
}
