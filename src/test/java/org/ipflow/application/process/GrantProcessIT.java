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
import org.ipflow.programme.ProjectTerms;
import org.ipflow.application.process.grant.GrantProcess;
import org.camunda.bpm.engine.task.Task;
import org.ipflow.identity.ExpertPool;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

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
    @Autowired JdbcClient jdbc;
    @Autowired ExpertPool expertPool;
    @Autowired ProjectTerms projectTerms;
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
        assertThat(driver.tasks(pi, EXPERT_DECLARATION)).as("three experts drawn, each asked to declare first")
                .hasSize(3).allSatisfy(t -> assertThat(t.getAssignee()).startsWith("expert"))
                .extracting(t -> t.getAssignee()).doesNotHaveDuplicates();
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
        assertThat(pi).as("the release's terms: 70 % of the approval on award").variables()
                .containsEntry("trancheAmount", 105_000L).containsEntry("paymentTranche", "award");
        assertThat(driver.status(pi)).isEqualTo(APPROVED);
        driver.disburse(pi, 105_000, "BANK-2026-001");
        assertThat(pi).hasPassedInOrder(REGIONAL_PRE_REVIEW, FORMAL_REVIEW, DRAW_EXPERT, EXPERT_DECLARATION,
                EXPERT_SCORING, RATE_BY_TABLE,
                APPLY_YEARLY_CAP, APPROVER_DECISION, OPEN_PUBLIC_NOTICE, NOTICE_ENDS, AWARD_TRANCHE, DISBURSEMENT,
                DISBURSE_ONCE, NOTIFY_ENTERPRISE).isWaitingAt(PROJECT_ENDS);
        assertThat(driver.status(pi)).isEqualTo(DISBURSED);
        assertThat(disbursements.find(driver.application(pi).id(), GrantProcess.DISBURSEMENT_PURPOSE)).get()
                .extracting("amount", "paymentReference", "recordedBy")
                .containsExactly(new BigDecimal("105000.00"), "BANK-2026-001", "finance1");
        assertThat(driver.timeline(pi)).containsExactly(APPLY_YEARLY_CAP + ":recommended",
                OPEN_PUBLIC_NOTICE + ":notice-opened", "Task_CloseNotice:approved", NOTIFY_ENTERPRISE + ":notified");
    }

    /**
     * A grant paid in full on award before the release seeded the terms (it waited for finance during the
     * upgrade): its project is still reported and accepted, and nothing more is paid on acceptance.
     */
    @Test
    void aGrantPaidInFullBeforeTheTermsIsPaidNothingMoreOnAcceptance() {
        ProcessInstance pi = driver.approveRecommended(driver.submitAndScore(enterpriseId, 100_000, 90, 90, 90));
        driver.fire(pi, NOTICE_ENDS);
        driver.disburse(pi, 50_000, "BANK-BEFORE-V37");
        driver.fire(pi, PROJECT_ENDS);
        driver.reportResults(pi);
        driver.decide(pi, ACCEPTANCE_REVIEW, "approve");
        assertThat(pi).isEnded().hasPassed(END_ACCEPTED).hasNotPassed(ACCEPTANCE_DISBURSEMENT);
        assertThat(disbursements.paidInAll(driver.application(pi).id())).isEqualByComparingTo("50000");
    }

    /** A programme without project terms (an administrator removed them) pays in full on award and ends there. */
    @Test
    void aProgrammeWithoutTermsPaysInFullAndEnds() {
        String key = "no-terms-" + java.util.UUID.randomUUID().toString().substring(0, 8);
        ProcessInstance pi = driver.approveRecommended(driver.submitAndScore(key, enterpriseId, 100_000, 90, 90, 90));
        driver.fire(pi, NOTICE_ENDS);
        assertThat(pi).isWaitingAt(DISBURSEMENT).variables().containsEntry("trancheAmount", 50_000L);
        driver.disburse(pi, 50_000, "BANK-FULL-1");
        assertThat(pi).isEnded().hasPassed(END_DISBURSED).hasNotPassed(PROJECT_ENDS);
        assertThat(driver.status(pi)).isEqualTo(DISBURSED);
    }

    /**
     * A programme paying 70 % on award and 30 % on acceptance after a project period of 12 months: the award
     * payment step may pay the award tranche, the period's end asks the enterprise for its results, a report
     * returned for correction is reviewed again, and the acceptance pays the rest once.
     */
    @Test
    void aProjectPaidInTranchesIsAcceptedAtTheEndOfItsPeriod() {
        ProcessInstance pi = driver.approveRecommended(driver.submitAndScore(termsProgramme(), enterpriseId, 300_000,
                90, 90, 90));
        driver.fire(pi, NOTICE_ENDS);
        assertThat(pi).hasPassed(AWARD_TRANCHE).isWaitingAt(DISBURSEMENT).variables()
                .containsEntry("trancheAmount", 105_000L).containsEntry("trancheDue", true);
        driver.disburse(pi, 105_000, "BANK-AWARD-1");
        assertThat(pi).isWaitingAt(PROJECT_ENDS);
        assertThat(driver.status(pi)).isEqualTo(DISBURSED);
        assertThat(OffsetDateTime.parse((String) driver.variable(pi, "projectEnds")).toLocalDate())
                .isEqualTo(java.time.LocalDate.now(java.time.ZoneId.of("Asia/Shanghai")).plusMonths(12));

        driver.fire(pi, PROJECT_ENDS);
        assertThat(pi).isWaitingAt(AWAIT_RESULTS);
        driver.reportResults(pi);
        assertThat(pi).isWaitingAt(ACCEPTANCE_REVIEW).task().hasCandidateGroup("reviewer");
        driver.decide(pi, ACCEPTANCE_REVIEW, "return");
        assertThat(pi).hasPassed(RETURN_REPORT).isWaitingAt(AWAIT_RESULTS);
        driver.reportResults(pi);
        driver.decide(pi, ACCEPTANCE_REVIEW, "approve");

        assertThat(driver.status(pi)).isEqualTo(ACCEPTED);
        assertThat(pi).isWaitingAt(ACCEPTANCE_DISBURSEMENT).variables()
                .containsEntry("trancheAmount", 45_000L);
        driver.disburse(pi, ACCEPTANCE_DISBURSEMENT, 45_000, "BANK-ACCEPT-1");
        assertThat(pi).isEnded().hasPassed(END_ACCEPTED);
        long id = driver.application(pi).id();
        assertThat(disbursements.find(id, GrantProcess.ACCEPTANCE_PURPOSE)).get().extracting("amount")
                .isEqualTo(new BigDecimal("45000.00"));
        assertThat(disbursements.paidInAll(id)).isEqualByComparingTo("150000");
    }

    /** A reviewer who finds the project not carried out takes part of the grant back: a negative payment. */
    @Test
    void aRecoveryIsRecordedAsANegativePayment() {
        ProcessInstance pi = driver.approveRecommended(driver.submitAndScore(termsProgramme(), enterpriseId, 100_000,
                90, 90, 90));
        driver.fire(pi, NOTICE_ENDS);
        driver.disburse(pi, 35_000, "BANK-AWARD-2");
        driver.fire(pi, PROJECT_ENDS);
        driver.reportResults(pi);
        driver.decide(pi, ACCEPTANCE_REVIEW, "recover", "recoveryAmount", new BigDecimal("20000.50"));

        assertThat(pi).isEnded().hasPassed(END_RECOVERED).hasNotPassed(ACCEPTANCE_DISBURSEMENT);
        assertThat(driver.status(pi)).isEqualTo(RECOVERED);
        long id = driver.application(pi).id();
        assertThat(disbursements.find(id, "recovery")).get().extracting("amount", "recordedBy")
                .containsExactly(new BigDecimal("-20000.50"), "staff1");
        assertThat(disbursements.paidInAll(id)).isEqualByComparingTo("14999.50");
    }

    /** A programme of its own that runs this process and pays 70 % on award, 30 % on acceptance after 12 months. */
    private String termsProgramme() {
        String key = "terms-" + java.util.UUID.randomUUID().toString().substring(0, 8);
        projectTerms.define(key, new ProjectTerms.Terms(70, 12));
        return key;
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
    void aDeclinedExpertIsReplacedAndNeverDrawnAgainForTheApplicant() {
        ProcessInstance pi = reachExpertReview();
        Task declined = driver.tasks(pi, EXPERT_DECLARATION).get(0);
        java.util.Set<String> first = assignees(pi, EXPERT_DECLARATION);

        driver.declare(declined, "decline");

        java.util.Set<String> now = assignees(pi, EXPERT_DECLARATION);
        assertThat(now).hasSize(3).doesNotContain(declined.getAssignee()).containsAll(without(first, declined.getAssignee()));
        assertThat(jdbc.sql("select reason from expert_conflict where expert = ? and enterprise_id = ?")
                .params(declined.getAssignee(), enterpriseId).query(String.class).single()).isEqualTo("曾为申请人提供咨询");
        var replacement = jdbc.sql("select seed, candidates, drawn, excluded from expert_draw where application_id = ?"
                + " order by id desc").param(driver.application(pi).id()).query((rs, n) -> new String[] {rs.getString(1),
                        rs.getString(2), rs.getString(3), rs.getString(4)}).list().get(0);
        assertThat(replacement[3]).as("why the others were left out").contains(declined.getAssignee() + "=conflict");
        without(first, declined.getAssignee()).forEach(e -> assertThat(replacement[3]).contains(e + "=drawn"));
        assertThat(ExpertDraw.of(expertPool.active(GrantProcess.KEY, java.time.LocalDate.now()).stream()
                .filter(e -> java.util.Arrays.asList(replacement[1].split(",")).contains(e.username())).toList(),
                new ExpertDraw.Applicant(null, null, java.util.Set.of(), java.util.Set.of()), java.util.Set.of(), false,
                1, Long.parseLong(replacement[0])).drawn()).as("the recorded seed draws the same expert again")
                .containsExactly(replacement[2]);

        driver.score(pi, 90, 85, 80);
        assertThat(pi).isWaitingAt(APPROVER_DECISION).hasPassed(DRAW_REPLACEMENT);
    }

    @Test
    void aDeclarationNotMadeInTimeDrawsAReplacement() {
        ProcessInstance pi = reachExpertReview();
        java.util.Set<String> first = assignees(pi, EXPERT_DECLARATION);
        var jobs = engine.getManagementService();

        jobs.executeJob(jobs.createJobQuery().processInstanceId(pi.getId()).activityId(DECLARATION_DUE).list().get(0).getId());

        assertThat(assignees(pi, EXPERT_DECLARATION)).hasSize(3).isNotEqualTo(first);
        driver.score(pi, 80, 80, 80);
        assertThat(pi).isWaitingAt(APPROVER_DECISION).variables().containsEntry("meanScore", 80.0);
    }

    @Test
    void anExhaustedPoolGoesOnWithTheExpertsDrawnAndTellsTheAdministrators() {
        for (String expert : java.util.List.of("expert1", "expert2", "expert3", "expert4")) {
            jdbc.sql("insert into expert_conflict (expert, enterprise_id, declared_at) values (?, ?, current_timestamp)")
                    .params(expert, enterpriseId).update();
        }
        ProcessInstance pi = reachExpertReview();

        assertThat(assignees(pi, EXPERT_DECLARATION)).containsExactlyInAnyOrder("expert5", "expert6");
        assertThat(jdbc.sql("select count(*) from notification where username = 'admin' and application_id = ? and code = ?")
                .params(driver.application(pi).id(), "notification.expertPoolExhausted").query(Long.class).single()).isOne();
        driver.score(pi, 90, 70);
        assertThat(pi).hasPassed(END_NO_EXPERT).isWaitingAt(APPROVER_DECISION).variables().containsEntry("meanScore", 80.0);
    }

    private ProcessInstance reachExpertReview() {
        ProcessInstance pi = driver.submit(enterpriseId, 300_000);
        driver.decide(pi, REGIONAL_PRE_REVIEW, "approve");
        driver.decide(pi, FORMAL_REVIEW, "approve");
        return pi;
    }

    private java.util.Set<String> assignees(ProcessInstance pi, String step) {
        return driver.tasks(pi, step).stream().map(Task::getAssignee).collect(java.util.stream.Collectors.toSet());
    }

    private static java.util.Set<String> without(java.util.Set<String> names, String name) {
        java.util.Set<String> rest = new java.util.TreeSet<>(names);
        rest.remove(name);
        return rest;
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
