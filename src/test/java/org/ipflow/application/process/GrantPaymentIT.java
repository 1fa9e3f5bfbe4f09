package org.ipflow.application.process;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;
import static org.ipflow.application.process.grant.GrantProcess.Elements.DISBURSEMENT;
import static org.ipflow.application.process.grant.GrantProcess.Elements.DISBURSE_ONCE;
import static org.ipflow.application.process.grant.GrantProcess.Elements.NOTICE_ENDS;

import java.time.LocalDate;
import java.util.Map;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests;
import org.ipflow.application.process.grant.GrantProcess;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** The money rules of the grant, through the process: a payment recorded once, the yearly cap. */
@ProgrammeProcessTest
class GrantPaymentIT {

    @Autowired
    ProcessEngine engine;
    @Autowired
    GrantProcessDriver driver;
    @Autowired
    TestApplications rows;
    long enterpriseId;

    @BeforeEach
    void setUp() {
        BpmnAwareTests.init(engine);
        enterpriseId = rows.newEnterprise();
    }

    @Test
    void paymentIsRecordedOnceWhenTheStepRunsAgain() {
        ProcessInstance pi = driver.approveRecommended(driver.submitAndScore(enterpriseId, 100_000, 75, 75, 75));
        driver.fire(pi, NOTICE_ENDS);
        // An administrator restarts the recording step before finance has completed its task.
        engine.getRuntimeService().setVariables(pi.getId(), Map.of("paidAmount", 30_000.0, "paymentReference",
                "BANK-7", "paidOn", LocalDate.now().toString(), "actor", "finance1"));
        engine.getRuntimeService().createProcessInstanceModification(pi.getId()).startBeforeActivity(DISBURSE_ONCE)
                .execute();
        assertThat(pi).isWaitingAt(DISBURSEMENT);
        assertThatThrownBy(() -> driver.disburse(pi, 29_000, "BANK-8"))
                .hasMessageContaining("already has a different 'grant' payment");
        driver.disburse(pi, 30_000, "BANK-7");
        assertThat(pi).as("paid once, the project period begins").isWaitingAt(GrantProcess.Elements.PROJECT_ENDS);
        assertThat(rows.payments(driver.application(pi).id())).isEqualTo(1L);
    }

    @Test
    void yearlyCapLeavesLessForTheEnterprisesNextGrant() {
        ProcessInstance first = driver.approveRecommended(driver.submitAndScore(enterpriseId, 800_000, 90, 90, 90));
        driver.fire(first, NOTICE_ENDS);
        driver.disburse(first, 400_000, "BANK-1");
        ProcessInstance second = driver.submitAndScore(enterpriseId, 800_000, 90, 90, 90);
        assertThat(second).variables().containsEntry("recommendedAmount", 100_000L);
        driver.approveRecommended(second);
        ProcessInstance third = driver.submitAndScore(enterpriseId, 800_000, 90, 90, 90);
        assertThat(third).as("approved but unpaid grants count too; never below zero").variables()
                .containsEntry("recommendedAmount", 0L);
        assertThat(driver.submitAndScore(rows.newEnterprise(), 800_000, 90, 90, 90)).variables()
                .containsEntry("recommendedAmount", 400_000L);
    }
}
