package org.ipflow.application.process;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.task;
import static org.ipflow.application.process.GrantProcess.Elements.*;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.Map;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests;
import org.camunda.community.process_test_coverage.spring_test.common.ProcessEngineCoverageProperties;
import org.camunda.community.process_test_coverage.spring_test.platform7.ProcessEngineCoverageConfiguration;
import org.ipflow.IpflowTest;
import org.ipflow.application.ApplicationRepository;
import org.ipflow.application.ApplicationStatus;
import org.ipflow.application.DecisionRecords;
import org.ipflow.application.Disbursements;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Import;
import org.springframework.context.annotation.Primary;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.TestExecutionListeners;

/** One test per path through the grant process, on the real engine with the real building blocks. */
@IpflowTest
@Import({ProcessEngineCoverageConfiguration.class, GrantProcessIT.Coverage.class})
@TestExecutionListeners(listeners = GrantCoverageGate.class,
        mergeMode = TestExecutionListeners.MergeMode.MERGE_WITH_DEFAULTS)
class GrantProcessIT {

    @TestConfiguration
    static class Coverage {
        @Bean
        @Primary // the library also registers its defaults
        ProcessEngineCoverageProperties coverageProperties() {
            return ProcessEngineCoverageProperties.builder().assertClassCoverageAtLeast(GrantCoverageGate.MINIMUM)
                    .build();
        }
    }

    @Autowired
    ProcessEngine engine;
    @Autowired
    ApplicationRepository applications;
    @Autowired
    DecisionRecords decisions;
    @Autowired
    Disbursements disbursements;
    @Autowired
    JdbcClient jdbc;

    GrantProcessDriver driver;
    long enterpriseId;

    @BeforeEach
    void setUp() {
        BpmnAwareTests.init(engine);
        driver = new GrantProcessDriver(engine, applications, jdbc);
        enterpriseId = driver.newEnterprise();
    }

    @Test
    void approvedApplicationIsPaidOnceAndTheEnterpriseNotified() {
        ProcessInstance pi = driver.submit(enterpriseId, 300_000);
        assertThat(pi).isWaitingAt(REGIONAL_PRE_REVIEW);
        assertThat(task()).hasCandidateGroup("reviewer-150100");
        driver.decide(pi, REGIONAL_PRE_REVIEW, "approve");
        assertThat(pi).isWaitingAt(FORMAL_REVIEW);
        assertThat(task()).hasCandidateGroup("reviewer");
        assertThat(driver.status(pi)).isEqualTo(ApplicationStatus.IN_REVIEW);

        driver.decide(pi, FORMAL_REVIEW, "approve");
        assertThat(pi).isWaitingAt(EXPERT_SCORING);
        assertThat(driver.tasks(pi, EXPERT_SCORING)).hasSize(3)
                .allSatisfy(t -> assertThat(t).hasCandidateGroup("reviewer"));
        driver.score(pi, 90, 85, 80);
        assertThat(pi).isWaitingAt(APPROVER_DECISION).variables()
                .containsEntry("meanScore", 85.0).containsEntry("fundingRate", 0.5)
                .containsEntry("recommendedAmount", 150_000.0).containsEntry("scoreSum", 0L);
        assertThat(task()).hasCandidateGroup("approver");

        driver.approveRecommended(pi);
        assertThat(pi).isWaitingAt(NOTICE_ENDS);
        assertThat(driver.status(pi)).isEqualTo(ApplicationStatus.PUBLIC_NOTICE);
        Instant noticeUntil = OffsetDateTime.parse((String) engine.getRuntimeService().getVariable(pi.getId(),
                "noticeUntil")).toInstant();
        Job timer = engine.getManagementService().createJobQuery().processInstanceId(pi.getId()).singleResult();
        assertThat(timer.getDuedate().toInstant()).isEqualTo(noticeUntil);
        assertThat(driver.application(pi).noticeUntil()).isEqualTo(noticeUntil);

        driver.endNotice(pi);
        assertThat(pi).isWaitingAt(DISBURSEMENT);
        assertThat(task()).hasCandidateGroup("finance");
        assertThat(driver.status(pi)).isEqualTo(ApplicationStatus.APPROVED);

        driver.disburse(pi, 150_000, "BANK-2026-001");
        assertThat(pi).hasPassedInOrder(REGIONAL_PRE_REVIEW, FORMAL_REVIEW, EXPERT_SCORING, RATE_BY_TABLE,
                APPLY_YEARLY_CAP, APPROVER_DECISION, OPEN_PUBLIC_NOTICE, NOTICE_ENDS, DISBURSEMENT, DISBURSE_ONCE,
                NOTIFY_ENTERPRISE, DISBURSED).isEnded();
        assertThat(driver.status(pi)).isEqualTo(ApplicationStatus.DISBURSED);
        var payment = disbursements.find(driver.applicationId(pi), GrantProcess.DISBURSEMENT_PURPOSE).orElseThrow();
        assertThat(payment.amount()).isEqualByComparingTo("150000");
        assertThat(payment.paymentReference()).isEqualTo("BANK-2026-001");
        assertThat(payment.recordedBy()).isEqualTo("finance1");
        assertThat(decisions.timeline(driver.applicationId(pi))).extracting(d -> d.stepKey() + ":" + d.decision())
                .containsExactly(APPLY_YEARLY_CAP + ":recommended", OPEN_PUBLIC_NOTICE + ":notice-opened",
                        "Task_CloseNotice:approved", NOTIFY_ENTERPRISE + ":notified");
    }

    @Test
    void rejectedAtRegionalPreReview() {
        ProcessInstance pi = driver.submit(enterpriseId, 100_000);
        driver.decide(pi, REGIONAL_PRE_REVIEW, "reject");
        assertThat(pi).isEnded().hasPassed(REJECTED).hasNotPassed(FORMAL_REVIEW);
        assertThat(driver.status(pi)).isEqualTo(ApplicationStatus.REJECTED);
    }

    @Test
    void rejectedAtFormalReview() {
        ProcessInstance pi = driver.submit(enterpriseId, 100_000);
        driver.decide(pi, REGIONAL_PRE_REVIEW, "approve");
        driver.decide(pi, FORMAL_REVIEW, "reject");
        assertThat(pi).isEnded().hasPassed(REJECTED).hasNotPassed(EXPERT_SCORING);
        assertThat(driver.status(pi)).isEqualTo(ApplicationStatus.REJECTED);
    }

    @Test
    void rejectedByTheApprover() {
        ProcessInstance pi = driver.submitAndScore(enterpriseId, 100_000, 70, 70, 70);
        driver.decide(pi, APPROVER_DECISION, "reject");
        assertThat(pi).isEnded().hasPassed(REJECTED).hasNotPassed(OPEN_PUBLIC_NOTICE);
        assertThat(driver.status(pi)).isEqualTo(ApplicationStatus.REJECTED);
    }

    @Test
    void returnedAtPreReviewIsPreReviewedAgainAfterResubmission() {
        ProcessInstance pi = driver.submit(enterpriseId, 100_000);
        driver.decide(pi, REGIONAL_PRE_REVIEW, "return", "correctionDays", 10L);
        Instant deadline = endOfDayInChina(10);
        assertThat(pi).isWaitingAt(AWAIT_CORRECTION).variables().containsEntry("returnTo", REGIONAL_PRE_REVIEW);
        assertThat(OffsetDateTime.parse((String) engine.getRuntimeService().getVariable(pi.getId(),
                "correctionDeadline")).toInstant()).isEqualTo(deadline);
        var application = driver.application(pi);
        assertThat(application.status()).isEqualTo(ApplicationStatus.RETURNED);
        assertThat(application.correctionRequest()).isEqualTo("意见：return");
        assertThat(application.correctionDeadline()).isEqualTo(deadline);
        assertThat(engine.getManagementService().createJobQuery().processInstanceId(pi.getId()).singleResult()
                .getDuedate().toInstant()).isEqualTo(deadline);

        driver.resubmit(pi);
        assertThat(pi).isWaitingAt(REGIONAL_PRE_REVIEW);
        assertThat(driver.status(pi)).isEqualTo(ApplicationStatus.SUBMITTED);
    }

    @Test
    void returnedAtFormalReviewIsFormallyReviewedAgainWithTheDefaultPeriod() {
        ProcessInstance pi = driver.submit(enterpriseId, 100_000);
        driver.decide(pi, REGIONAL_PRE_REVIEW, "approve");
        driver.decide(pi, FORMAL_REVIEW, "return");
        assertThat(pi).isWaitingAt(AWAIT_CORRECTION);
        assertThat(driver.application(pi).correctionDeadline()).isEqualTo(endOfDayInChina(15));

        driver.resubmit(pi);
        assertThat(pi).isWaitingAt(FORMAL_REVIEW);
        assertThat(driver.status(pi)).isEqualTo(ApplicationStatus.IN_REVIEW);
    }

    @Test
    void returnedByTheApproverComesBackToTheApprover() {
        ProcessInstance pi = driver.submitAndScore(enterpriseId, 100_000, 60, 60, 60);
        driver.decide(pi, APPROVER_DECISION, "return", "correctionDays", 5L);
        assertThat(pi).isWaitingAt(AWAIT_CORRECTION);
        assertThat(driver.status(pi)).isEqualTo(ApplicationStatus.RETURNED);

        driver.resubmit(pi);
        assertThat(pi).isWaitingAt(APPROVER_DECISION).variables().containsEntry("recommendedAmount", 20_000.0);
        assertThat(driver.status(pi)).isEqualTo(ApplicationStatus.IN_REVIEW);
    }

    @Test
    void applicationNotCorrectedInTimeIsWithdrawn() {
        ProcessInstance pi = driver.submit(enterpriseId, 100_000);
        driver.decide(pi, REGIONAL_PRE_REVIEW, "return", "correctionDays", 3L);
        engine.getManagementService().executeJob(engine.getManagementService().createJobQuery()
                .processInstanceId(pi.getId()).activityId(CORRECTION_DEADLINE).singleResult().getId());
        assertThat(pi).isEnded().hasPassed(CORRECTION_DEADLINE, WITHDRAWN);
        assertThat(driver.status(pi)).isEqualTo(ApplicationStatus.WITHDRAWN);
        assertThat(decisions.timeline(driver.applicationId(pi))).extracting(d -> d.comment())
                .contains("补正期限已过，申请视为撤回");
    }

    @Test
    void dismissedObjectionLetsTheGrantBePaid() {
        ProcessInstance pi = driver.approveRecommended(driver.submitAndScore(enterpriseId, 100_000, 90, 90, 90));
        long objectionId = driver.object(pi, "项目并未实施");
        assertThat(pi).isWaitingAt(NOTICE_ENDS, REVIEW_OBJECTION);
        assertThat(task()).hasCandidateGroup("reviewer");
        assertThat(engine.getTaskService().getVariable(task().getId(), "objectionId")).isEqualTo(objectionId);

        driver.complete(task(), "reviewer3", Map.of("decision", "dismiss", "comment", "异议不成立"));
        assertThat(pi).isWaitingAt(NOTICE_ENDS);
        assertThat(driver.status(pi)).isEqualTo(ApplicationStatus.PUBLIC_NOTICE);
        driver.endNotice(pi);
        assertThat(pi).isWaitingAt(DISBURSEMENT);
    }

    @Test
    void upheldObjectionRejectsTheGrant() {
        ProcessInstance pi = driver.approveRecommended(driver.submitAndScore(enterpriseId, 100_000, 90, 90, 90));
        driver.object(pi, "合同未在国家知识产权局备案");
        driver.complete(driver.single(pi, REVIEW_OBJECTION), "reviewer3", Map.of("decision", "uphold", "comment", "异议成立"));
        assertThat(pi).isEnded().hasPassed(OBJECTION_UPHELD, REJECTED).hasNotPassed(DISBURSEMENT);
        assertThat(driver.status(pi)).isEqualTo(ApplicationStatus.REJECTED);
        assertThat(engine.getManagementService().createJobQuery().processInstanceId(pi.getId()).count()).isZero();
    }

    @Test
    void noticeThatEndsWhileObjectionsAreOpenWaitsForTheirReviews() {
        ProcessInstance pi = driver.approveRecommended(driver.submitAndScore(enterpriseId, 100_000, 90, 90, 90));
        long first = driver.object(pi, "第一条异议");
        long second = driver.object(pi, "第二条异议");
        var reviews = driver.tasks(pi, REVIEW_OBJECTION);
        assertThat(reviews).extracting(t -> engine.getTaskService().getVariable(t.getId(), "objectionId"))
                .containsExactlyInAnyOrder(first, second);

        driver.endNotice(pi);
        assertThat(pi).isWaitingAt(REVIEW_OBJECTION).isNotWaitingAt(DISBURSEMENT);
        assertThat(driver.status(pi)).as("off the public notice list once the period is over")
                .isEqualTo(ApplicationStatus.APPROVED);
        driver.complete(reviews.get(0), "reviewer3", Map.of("decision", "dismiss", "comment", "不成立"));
        assertThat(pi).isWaitingAt(REVIEW_OBJECTION).isNotWaitingAt(DISBURSEMENT);
        driver.complete(reviews.get(1), "reviewer3", Map.of("decision", "dismiss", "comment", "不成立"));
        assertThat(pi).isWaitingAt(DISBURSEMENT);
    }

    @Test
    void paymentIsRecordedOnceWhenTheStepRunsAgain() {
        ProcessInstance pi = driver.approveRecommended(driver.submitAndScore(enterpriseId, 100_000, 75, 75, 75));
        driver.endNotice(pi);
        // An administrator restarts the recording step before finance has completed its task.
        engine.getRuntimeService().setVariables(pi.getId(), Map.of("paidAmount", 30_000.0, "paymentReference",
                "BANK-7", "paidOn", LocalDate.now().toString(), "actor", "finance1"));
        engine.getRuntimeService().createProcessInstanceModification(pi.getId()).startBeforeActivity(DISBURSE_ONCE)
                .execute();
        assertThat(pi).isWaitingAt(DISBURSEMENT);

        assertThatThrownBy(() -> driver.disburse(pi, 29_000, "BANK-8"))
                .hasMessageContaining("already has a different 'grant' payment");
        assertThat(pi).isWaitingAt(DISBURSEMENT);
        driver.disburse(pi, 30_000, "BANK-7");
        assertThat(pi).isEnded();
        assertThat(jdbc.sql("select count(*) from disbursement where application_id = ?")
                .param(driver.applicationId(pi)).query(Long.class).single()).isEqualTo(1L);
    }

    @Test
    void yearlyCapLeavesLessForTheEnterprisesNextGrant() {
        ProcessInstance first = driver.approveRecommended(driver.submitAndScore(enterpriseId, 800_000, 90, 90, 90));
        assertThat(first).variables().containsEntry("recommendedAmount", 400_000.0);
        driver.endNotice(first);
        driver.disburse(first, 400_000, "BANK-1");

        ProcessInstance second = driver.submitAndScore(enterpriseId, 800_000, 90, 90, 90);
        assertThat(second).variables().containsEntry("recommendedAmount", 100_000.0);
        driver.approveRecommended(second);
        ProcessInstance third = driver.submitAndScore(enterpriseId, 800_000, 90, 90, 90);
        assertThat(third).as("approved but unpaid grants count too, and nothing is below zero")
                .variables().containsEntry("recommendedAmount", 0.0);
        ProcessInstance otherEnterprise = driver.submitAndScore(driver.newEnterprise(), 800_000, 90, 90, 90);
        assertThat(otherEnterprise).variables().containsEntry("recommendedAmount", 400_000.0);
    }

    private static Instant endOfDayInChina(int days) {
        ZoneId china = ZoneId.of("Asia/Shanghai");
        return LocalDate.now(china).plusDays(days).atTime(LocalTime.of(23, 59, 59)).atZone(china).toInstant();
    }
}
