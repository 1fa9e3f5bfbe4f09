package org.ipflow.application.process.pledge;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.anyMap;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

import java.math.BigDecimal;
import java.time.OffsetDateTime;
import java.util.Date;
import java.util.Optional;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.ipflow.application.internal.ApplicationRepository;
import org.ipflow.application.DecisionKind;
import org.ipflow.application.process.OfficeCalendar;
import org.ipflow.application.process.ProcessTimeline;
import org.ipflow.application.process.TestExecution;
import org.ipflow.shared.Money;
import org.ipflow.shared.ProcessVariables;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.parallel.ResourceLock;

// The engine's clock is one for the JVM: tests that set it run one after another.
@ResourceLock("engine-clock")
class PledgeSubsidyDelegateTest {

    private final ApplicationRepository applications = mock(ApplicationRepository.class);
    private final ProcessTimeline timeline = mock(ProcessTimeline.class);
    private final PledgeSubsidyDelegate block = new PledgeSubsidyDelegate(applications, timeline,
            new OfficeCalendar(day -> day.getDayOfWeek().getValue() < 6));

    @BeforeEach
    void aPledgeIn2026() {
        ClockUtil.setCurrentTime(Date.from(OffsetDateTime.parse("2026-06-01T10:00:00+08:00").toInstant()));
        when(applications.findById(TestExecution.APPLICATION_ID))
                .thenReturn(Optional.of(TestExecution.application(PledgeProcess.KEY, null, null)));
    }

    @AfterEach
    void resetEngineClock() {
        ClockUtil.reset();
    }

    private void committed(String amount) {
        when(applications.committedInYear(7, PledgeProcess.KEY, 2026, TestExecution.APPLICATION_ID))
                .thenReturn(new BigDecimal(amount));
    }

    private static TestExecution computed(Object interestPaid, Object ipShare) {
        return new TestExecution("Task_ComputeSubsidy").with(PledgeProcess.Variables.INTEREST_PAID, interestPaid)
                .with(PledgeProcess.Variables.IP_SHARE, ipShare).with(PledgeProcess.Variables.SUBSIDY_RATE, 0.5d)
                .with(ProcessVariables.YEARLY_CAP, 500000.0d);
    }

    @Test
    void recommendsInterestTimesShareTimesRateInWholeYuan() {
        committed("0");
        TestExecution step = computed(new BigDecimal("120000.55"), new BigDecimal("62.5"));

        block.execute(step.execution());

        // 120000.55 × 62.5% × 0.5 = 37500.171875
        assertThat(step.variables).containsEntry(ProcessVariables.RECOMMENDED_AMOUNT, 37500L);
        verify(timeline).record(eq(step.execution()), eq(TestExecution.APPLICATION_ID), eq(DecisionKind.RECOMMENDED),
                eq("timeline.note.pledgeRecommended"),
                eq(new Object[] {Money.ofYuan(37500), Money.parse("120000.55"), "62.5", "0.5", "2026", Money.ofYuan(500000)}), anyMap());
    }

    @Test
    void readsTheStartFiguresOlderVersionsStoredAsDoubles() {
        committed("0");
        TestExecution step = computed(80000.0d, 60.0d);

        block.execute(step.execution());

        assertThat(step.variables).containsEntry(ProcessVariables.RECOMMENDED_AMOUNT, 24000L);
    }

    @Test
    void isCappedByWhatTheEnterpriseHasLeftThisYear() {
        committed("480000.01");
        TestExecution step = computed(120000L, 100L);

        block.execute(step.execution());

        assertThat(step.variables).containsEntry(ProcessVariables.RECOMMENDED_AMOUNT, 19999L);
    }
}
