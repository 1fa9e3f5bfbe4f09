package org.ipflow.application.process;

import static org.assertj.core.api.Assertions.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.task;
import static org.ipflow.application.ApplicationStatus.*;
import static org.ipflow.application.process.grant.GrantProcess.Elements.*;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.OffsetDateTime;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests;
import org.ipflow.application.internal.Disbursements;
import org.ipflow.application.process.grant.GrantProcess;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * One test per path through the grant process, on the real engine with the real building blocks;
 * together they must cover 90% of the model's flow nodes and of its sequence flows.
 */
@ProgrammeProcessTest
@CoverageGate(GrantProcess.KEY)
class GrantProcessIT {

    @Autowired ProcessEngine engine;
    @Autowired GrantProcessDriver driver;
    @Autowired TestApplications rows;
    @Autowired Disbursements disbursements;
    long enterpriseId;

    @BeforeEach
    void setUp() {
        BpmnAwareTests.init(engine);
        enterpriseId = rows.newEnterprise();
    }

    @Test
    void approvedApplicationIsPaidOnceAndTheEnterpriseNotified() {
        ProcessInstance pi = driver.submit(enterpriseId, 300_000);
        assertThat(pi).isWaitingAt(REGIONAL_PRE_REVIEW).task().hasCandidateGroup("reviewer-150100");
        driver.decide(pi, REGIONAL_PRE_REVIEW, "approve");
        assertThat(pi).isWaitingAt(FORMAL_REVIEW).task().hasCandidateGroup("reviewer");
        assertThat(driver.status(pi)).isEqualTo(IN_REVIEW);
        driver.decide(pi, FORMAL_REVIEW, "approve");
        assertThat(driver.tasks(pi, EXPERT_SCORING)).hasSize(3)
                .allSatisfy(t -> assertThat(t).hasCandidateGroup("reviewer"));
        driver.score(pi, 90, 85, 80);
        assertThat(pi).isWaitingAt(APPROVER_DECISION).variables().containsEntry("meanScore", 85.0)
                .containsEntry("fundingRate", 0.5).containsEntry("recommendedAmount", 150_000L)
                .containsEntry("scoreSum", 0L).containsEntry("scoreCount", 0L).doesNotContainKey("scorers");
        assertThat(task()).hasCandidateGroup("approver");

        driver.approveRecommended(pi);
        assertThat(pi).isWaitingAt(NOTICE_ENDS);
        assertThat(driver.status(pi)).isEqualTo(PUBLIC_NOTICE);
        Instant noticeUntil = OffsetDateTime.parse((String) driver.variable(pi, "noticeUntil")).toInstant();
        assertThat(driver.application(pi).noticeUntil()).isEqualTo(noticeUntil);
        assertThat(engine.getManagementService().createJobQuery().processInstanceId(pi.getId()).singleResult()
                .getDuedate().toInstant()).isEqualTo(noticeUntil);

        driver.fire(pi, NOTICE_ENDS);
        assertThat(pi).isWaitingAt(DISBURSEMENT).task().hasCandidateGroup("finance");
        assertThat(driver.status(pi)).isEqualTo(APPROVED);
        driver.disburse(pi, 150_000, "BANK-2026-001");
        assertThat(pi).hasPassedInOrder(REGIONAL_PRE_REVIEW, FORMAL_REVIEW, EXPERT_SCORING, RATE_BY_TABLE,
                APPLY_YEARLY_CAP, APPROVER_DECISION, OPEN_PUBLIC_NOTICE, NOTICE_ENDS, DISBURSEMENT, DISBURSE_ONCE,
                NOTIFY_ENTERPRISE, END_DISBURSED).isEnded();
        assertThat(driver.status(pi)).isEqualTo(DISBURSED);
        assertThat(disbursements.find(driver.application(pi).id(), GrantProcess.DISBURSEMENT_PURPOSE)).get()
                .extracting("amount", "paymentReference", "recordedBy")
                .containsExactly(new BigDecimal("150000.00"), "BANK-2026-001", "finance1");
        assertThat(driver.timeline(pi)).containsExactly(APPLY_YEARLY_CAP + ":recommended",
                OPEN_PUBLIC_NOTICE + ":notice-opened", "Task_CloseNotice:approved", NOTIFY_ENTERPRISE + ":notified");
    }

    /**
     * Two grants of one enterprise recommended before either is approved, then approved past the façade (which
     * would refuse the second with a form error): the reservation step finds the cap used by the first, notes
     * it and sends the second back to the recommendation, which offers what is left, the round's mean kept.
     */
    @Test
    void approvalAboveWhatIsLeftOfTheCapIsRecomputed() {
        ProcessInstance first = driver.submitAndScore(enterpriseId, 800_000, 90, 90, 90);
        ProcessInstance second = driver.submitAndScore(enterpriseId, 800_000, 90, 90, 90);
        assertThat(second).variables().containsEntry("recommendedAmount", 400_000L);
        driver.approveRecommended(first);
        driver.approveRecommended(second);

        assertThat(driver.status(first)).isEqualTo(PUBLIC_NOTICE);
        assertThat(second).hasPassed(RESERVE_YEARLY_CAP).isWaitingAt(APPROVER_DECISION).variables()
                .containsEntry("withinYearlyCap", false).containsEntry("recommendedAmount", 100_000L)
                .containsEntry("meanScore", 90.0);
        assertThat(driver.timeline(second)).contains(RESERVE_YEARLY_CAP + ":cap-exceeded");
        assertThat(driver.status(second)).isEqualTo(IN_REVIEW);
        driver.approveRecommended(second);
        assertThat(second).isWaitingAt(NOTICE_ENDS);
        assertThat(driver.application(second).approvedAmount()).isEqualByComparingTo("100000");
    }

    @Test
    void rejectedAtRegionalPreReview() {
        ProcessInstance pi = driver.submit(enterpriseId, 100_000);
        driver.decide(pi, REGIONAL_PRE_REVIEW, "reject");
        assertThat(pi).isEnded().hasPassed(END_REJECTED).hasNotPassed(FORMAL_REVIEW);
        assertThat(driver.status(pi)).isEqualTo(REJECTED);
    }

    @Test
    void rejectedAtFormalReview() {
        ProcessInstance pi = driver.submit(enterpriseId, 100_000);
        driver.decide(pi, REGIONAL_PRE_REVIEW, "approve");
        driver.decide(pi, FORMAL_REVIEW, "reject");
        assertThat(pi).isEnded().hasPassed(END_REJECTED).hasNotPassed(EXPERT_SCORING);
        assertThat(driver.status(pi)).isEqualTo(REJECTED);
    }

    @Test
    void rejectedByTheApprover() {
        ProcessInstance pi = driver.submitAndScore(enterpriseId, 100_000, 70, 70, 70);
        driver.decide(pi, APPROVER_DECISION, "reject");
        assertThat(pi).isEnded().hasPassed(END_REJECTED).hasNotPassed(OPEN_PUBLIC_NOTICE);
        assertThat(driver.status(pi)).isEqualTo(REJECTED);
    }

    @Test
    void returnedAtPreReviewIsPreReviewedAgainAfterResubmission() {
        ProcessInstance pi = driver.submit(enterpriseId, 100_000);
        driver.decide(pi, REGIONAL_PRE_REVIEW, "return", "correctionDays", 10L);
        Instant deadline = GrantProcessDriver.endOfDayInChina(10);
        assertThat(pi).isWaitingAt(AWAIT_CORRECTION).variables().containsEntry("returnTo", REGIONAL_PRE_REVIEW);
        assertThat(OffsetDateTime.parse((String) driver.variable(pi, "correctionDeadline")).toInstant())
                .isEqualTo(deadline);
        assertThat(driver.application(pi)).extracting("status", "correctionRequest", "correctionDeadline")
                .containsExactly(RETURNED, "意见：return", deadline);
        assertThat(engine.getManagementService().createJobQuery().processInstanceId(pi.getId()).singleResult()
                .getDuedate().toInstant()).isEqualTo(deadline);
        driver.resubmit(pi);
        assertThat(pi).isWaitingAt(REGIONAL_PRE_REVIEW);
        assertThat(driver.status(pi)).isEqualTo(SUBMITTED);
    }

    @Test
    void returnedAtFormalReviewIsFormallyReviewedAgainWithTheDefaultPeriod() {
        ProcessInstance pi = driver.submit(enterpriseId, 100_000);
        driver.decide(pi, REGIONAL_PRE_REVIEW, "approve");
        driver.decide(pi, FORMAL_REVIEW, "return");
        assertThat(pi).isWaitingAt(AWAIT_CORRECTION);
        assertThat(driver.application(pi).correctionDeadline()).isEqualTo(GrantProcessDriver.endOfDayInChina(15));
        driver.resubmit(pi);
        assertThat(pi).isWaitingAt(FORMAL_REVIEW);
        assertThat(driver.status(pi)).isEqualTo(IN_REVIEW);
    }

    @Test
    void returnedByTheApproverComesBackToTheApprover() {
        ProcessInstance pi = driver.submitAndScore(enterpriseId, 100_000, 60, 60, 60);
        driver.decide(pi, APPROVER_DECISION, "return", "correctionDays", 5L);
        assertThat(pi).isWaitingAt(AWAIT_CORRECTION);
        assertThat(driver.status(pi)).isEqualTo(RETURNED);
        driver.resubmit(pi);
        assertThat(pi).isWaitingAt(APPROVER_DECISION).variables().containsEntry("recommendedAmount", 20_000L);
        assertThat(driver.status(pi)).isEqualTo(IN_REVIEW);
    }

    @Test
    void applicationNotCorrectedInTimeIsWithdrawn() {
        ProcessInstance pi = driver.submit(enterpriseId, 100_000);
        driver.decide(pi, REGIONAL_PRE_REVIEW, "return", "correctionDays", 3L);
        driver.fire(pi, CORRECTION_DEADLINE);
        assertThat(pi).isEnded().hasPassed(CORRECTION_DEADLINE, END_WITHDRAWN);
        assertThat(driver.status(pi)).isEqualTo(WITHDRAWN);
        assertThat(driver.timeline(pi)).contains("Task_SetWithdrawn:withdrawn");
    }

    @Test
    void dismissedObjectionLetsTheGrantBePaid() {
        ProcessInstance pi = driver.approveRecommended(driver.submitAndScore(enterpriseId, 100_000, 90, 90, 90));
        long objectionId = driver.object(pi, "项目并未实施");
        assertThat(pi).isWaitingAt(NOTICE_ENDS, REVIEW_OBJECTION).task().hasCandidateGroup("reviewer");
        assertThat(engine.getTaskService().getVariable(task().getId(), "objectionId")).isEqualTo(objectionId);
        driver.review(task(), "dismiss");
        assertThat(pi).isWaitingAt(NOTICE_ENDS);
        assertThat(driver.status(pi)).isEqualTo(PUBLIC_NOTICE);
        driver.fire(pi, NOTICE_ENDS);
        assertThat(pi).isWaitingAt(DISBURSEMENT);
    }

    @Test
    void upheldObjectionRejectsTheGrant() {
        ProcessInstance pi = driver.approveRecommended(driver.submitAndScore(enterpriseId, 100_000, 90, 90, 90));
        driver.object(pi, "合同未在国家知识产权局备案");
        driver.review(driver.single(pi, REVIEW_OBJECTION), "uphold");
        assertThat(pi).isEnded().hasPassed(OBJECTION_UPHELD, END_REJECTED).hasNotPassed(DISBURSEMENT);
        assertThat(driver.status(pi)).isEqualTo(REJECTED);
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
        driver.fire(pi, NOTICE_ENDS);
        assertThat(pi).isWaitingAt(REVIEW_OBJECTION).isNotWaitingAt(DISBURSEMENT);
        assertThat(driver.status(pi)).as("off the public notice list once the period is over").isEqualTo(APPROVED);
        driver.review(reviews.get(0), "dismiss");
        assertThat(pi).isWaitingAt(REVIEW_OBJECTION).isNotWaitingAt(DISBURSEMENT);
        driver.review(reviews.get(1), "dismiss");
        assertThat(pi).isWaitingAt(DISBURSEMENT);
    }
}
