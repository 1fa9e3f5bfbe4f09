package org.ipflow.application.process;

import static org.assertj.core.api.Assertions.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.task;
import static org.ipflow.application.ApplicationStatus.*;
import static org.ipflow.application.process.pledge.PledgeProcess.Elements.*;

import java.math.BigDecimal;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests;
import org.ipflow.application.internal.Disbursements;
import org.ipflow.application.process.pledge.PledgeProcess;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * One test per path through the pledge-financing process, on the real engine with the real building
 * blocks and decision table (rate 60% for a loan secured wholly on IP, 50% from half, 30% from a fifth;
 * cap 500 000 yuan); together they must cover 90% of the model's flow nodes and of its sequence flows.
 */
@ProgrammeProcessTest
@CoverageGate(PledgeProcess.KEY)
class PledgeProcessIT {

    @Autowired ProcessEngine engine;
    @Autowired PledgeProcessDriver pledge;
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
    void confirmedSubsidyIsApprovedPaidOnceAndTheEnterpriseNotified() {
        ProcessInstance pi = pledge.submit(enterpriseId, 200_000, 80);
        assertThat(pi).isWaitingAt(VERIFICATION).task().hasCandidateGroup("reviewer");
        driver.decide(pi, VERIFICATION, "approve");
        assertThat(driver.status(pi)).isEqualTo(IN_REVIEW);
        assertThat(pi).isWaitingAt(FINANCE_CONFIRMATION).variables().containsEntry("subsidyRate", 0.5)
                .containsEntry("yearlyCap", 500_000.0).containsEntry("recommendedAmount", 80_000L);
        assertThat(task()).hasCandidateGroup("finance");
        pledge.confirm(pi, 75_000);
        assertThat(pi).isWaitingAt(APPROVER_DECISION).task().hasCandidateGroup("approver");
        driver.decide(pi, APPROVER_DECISION, "approve");
        assertThat(pi).isWaitingAt(DISBURSEMENT).variables().containsEntry("withinYearlyCap", true);
        assertThat(task()).hasCandidateGroup("finance");
        assertThat(driver.application(pi)).extracting("status", "approvedAmount")
                .containsExactly(APPROVED, new BigDecimal("75000.00"));

        pledge.disburse(pi, 75_000, "ICBC-2026-001");
        assertThat(pi).hasPassedInOrder(VERIFICATION, RATE_BY_TABLE, COMPUTE_SUBSIDY, FINANCE_CONFIRMATION,
                APPROVER_DECISION, RESERVE_YEARLY_CAP, NOTIFY_APPROVED, DISBURSEMENT, RECHECK_YEARLY_CAP, DISBURSE_ONCE,
                NOTIFY_DISBURSED, END_DISBURSED).isEnded();
        assertThat(driver.status(pi)).isEqualTo(DISBURSED);
        assertThat(disbursements.find(driver.application(pi).id(), PledgeProcess.DISBURSEMENT_PURPOSE)).get()
                .extracting("amount", "paymentReference", "recordedBy")
                .containsExactly(new BigDecimal("75000.00"), "ICBC-2026-001", "finance1");
        assertThat(driver.timeline(pi)).containsExactly(COMPUTE_SUBSIDY + ":recommended",
                NOTIFY_APPROVED + ":notified", NOTIFY_DISBURSED + ":notified");
    }

    @Test
    void rejectedAtVerification() {
        ProcessInstance pi = pledge.submit(enterpriseId, 100_000, 100);
        driver.decide(pi, VERIFICATION, "reject");
        assertThat(pi).isEnded().hasPassed(NOTIFY_REJECTED, END_REJECTED).hasNotPassed(RATE_BY_TABLE);
        assertThat(driver.status(pi)).isEqualTo(REJECTED);
    }

    @Test
    void rejectedByTheApprover() {
        ProcessInstance pi = pledge.submitAndConfirm(enterpriseId, 100_000, 100);
        driver.decide(pi, APPROVER_DECISION, "reject");
        assertThat(pi).isEnded().hasPassed(END_REJECTED).hasNotPassed(RESERVE_YEARLY_CAP);
        assertThat(driver.application(pi)).extracting("status").isEqualTo(REJECTED);
    }

    @Test
    void returnedAtVerificationIsVerifiedAgainAfterResubmission() {
        ProcessInstance pi = pledge.submit(enterpriseId, 100_000, 100);
        driver.decide(pi, VERIFICATION, "return", "correctionDays", 10L);
        assertThat(pi).isWaitingAt(AWAIT_CORRECTION).variables().containsEntry("returnTo", VERIFICATION);
        assertThat(driver.application(pi)).extracting("status", "correctionDeadline")
                .containsExactly(RETURNED, GrantProcessDriver.endOfDayInChina(10));
        driver.resubmit(pi);
        assertThat(pi).isWaitingAt(VERIFICATION);
        assertThat(driver.status(pi)).isEqualTo(SUBMITTED);
    }

    @Test
    void returnedByFinanceIsRecomputedFromTheCorrectedFigures() {
        ProcessInstance pi = pledge.submit(enterpriseId, 100_000, 100);
        driver.decide(pi, VERIFICATION, "approve");
        driver.decide(pi, FINANCE_CONFIRMATION, "return");
        assertThat(pi).isWaitingAt(AWAIT_CORRECTION);
        // The façade sends the corrected start-form figures with the resubmission.
        engine.getRuntimeService().setVariable(pi.getId(), PledgeProcess.Variables.INTEREST_PAID, 50_000.0);
        driver.resubmit(pi);
        assertThat(pi).isWaitingAt(FINANCE_CONFIRMATION).variables().containsEntry("recommendedAmount", 30_000L);
        assertThat(driver.status(pi)).isEqualTo(IN_REVIEW);
    }

    @Test
    void returnedByTheApproverIsRecomputedAndConfirmedAgain() {
        ProcessInstance pi = pledge.submitAndConfirm(enterpriseId, 100_000, 30);
        driver.decide(pi, APPROVER_DECISION, "return", "correctionDays", 5L);
        assertThat(driver.status(pi)).isEqualTo(RETURNED);
        driver.resubmit(pi);
        assertThat(pi).isWaitingAt(FINANCE_CONFIRMATION).variables().containsEntry("recommendedAmount", 9_000L);
    }

    @Test
    void applicationNotCorrectedInTimeIsWithdrawn() {
        ProcessInstance pi = pledge.submit(enterpriseId, 100_000, 100);
        driver.decide(pi, VERIFICATION, "return", "correctionDays", 3L);
        driver.fire(pi, CORRECTION_DEADLINE);
        assertThat(pi).isEnded().hasPassed(CORRECTION_DEADLINE, END_WITHDRAWN);
        assertThat(driver.status(pi)).isEqualTo(WITHDRAWN);
    }

    @Test
    void approvalAboveWhatIsLeftOfTheCapGoesBackToFinanceWithLess() {
        ProcessInstance first = pledge.submitAndConfirm(enterpriseId, 600_000, 100);
        ProcessInstance second = pledge.submitAndConfirm(enterpriseId, 600_000, 100);
        assertThat(second).as("confirmed, not yet approved: not counted").variables()
                .containsEntry("approvedAmount", 360_000.0);
        driver.decide(first, APPROVER_DECISION, "approve");
        driver.decide(second, APPROVER_DECISION, "approve");

        assertThat(driver.status(first)).isEqualTo(APPROVED);
        assertThat(second).isWaitingAt(FINANCE_CONFIRMATION).variables().containsEntry("withinYearlyCap", false)
                .containsEntry("recommendedAmount", 140_000L);
        assertThat(driver.status(second)).isEqualTo(IN_REVIEW);
        assertThat(driver.timeline(second)).contains(RESERVE_YEARLY_CAP + ":cap-exceeded");
        pledge.confirmRecommended(second);
        driver.decide(second, APPROVER_DECISION, "approve");
        assertThat(second).isWaitingAt(DISBURSEMENT);
        assertThat(pledge.submitAndConfirm(enterpriseId, 100_000, 100)).as("nothing left this year").variables()
                .containsEntry("recommendedAmount", 0L);
        assertThat(pledge.submit(rows.newEnterprise(), 1_000_000, 100)).as("another enterprise").isWaitingAt(VERIFICATION);
    }

    @Test
    void paymentAboveWhatIsLeftOfTheCapGoesBackToFinance() {
        ProcessInstance first = pledge.submitAndConfirm(enterpriseId, 600_000, 100);
        driver.decide(first, APPROVER_DECISION, "approve");
        ProcessInstance second = pledge.submitAndConfirm(enterpriseId, 300_000, 100);
        assertThat(pledge.recommended(second)).isEqualTo(140_000.0);
        driver.decide(second, APPROVER_DECISION, "approve");

        pledge.disburse(second, 150_000, "BOC-1");
        assertThat(second).isWaitingAt(DISBURSEMENT).hasPassed(RECHECK_YEARLY_CAP).hasNotPassed(DISBURSE_ONCE);
        assertThat(driver.timeline(second)).contains(RECHECK_YEARLY_CAP + ":cap-exceeded");
        pledge.disburse(second, 140_000, "BOC-2");
        assertThat(second).isEnded().hasPassed(END_DISBURSED);
        assertThat(rows.payments(driver.application(second).id())).isEqualTo(1L);
    }
}
