package org.ipflow.application.process.grant;

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
class GrantYearlyCapDelegateTest {

    private final ApplicationRepository applications = mock(ApplicationRepository.class);
    private final ProcessTimeline timeline = mock(ProcessTimeline.class);
    private final GrantYearlyCapDelegate block = new GrantYearlyCapDelegate(applications, timeline,
            new OfficeCalendar(day -> day.getDayOfWeek().getValue() < 6));

    @BeforeEach
    void aGrantIn2026() {
        ClockUtil.setCurrentTime(Date.from(OffsetDateTime.parse("2026-06-01T10:00:00+08:00").toInstant()));
        when(applications.findById(TestExecution.APPLICATION_ID))
                .thenReturn(Optional.of(TestExecution.application(GrantProcess.KEY, null, null)));
    }

    @AfterEach
    void resetEngineClock() {
        ClockUtil.reset();
    }

    private void committed(String amount) {
        when(applications.committedInYear(7, GrantProcess.KEY, 2026, TestExecution.APPLICATION_ID))
                .thenReturn(new BigDecimal(amount));
    }

    /** What the decision table and the start left behind, in the Double shape of older versions. */
    private static TestExecution scored(long sum, long count) {
        return new TestExecution("Task_ApplyYearlyCap").with(ProcessVariables.SCORE_SUM, sum)
                .with(ProcessVariables.SCORE_COUNT, count).with(ProcessVariables.SCORERS, "expert1,expert2,expert3")
                .with(GrantProcess.Variables.ELIGIBLE_COST, 300000.5d).with(GrantProcess.Variables.FUNDING_RATE, 0.5d)
                .with(ProcessVariables.YEARLY_CAP, 500000.0d);
    }

    @Test
    void recommendsTheFeeTimesTheRateInWholeYuanAndStartsANewRound() {
        committed("100000.00");
        TestExecution step = scored(255, 3);

        block.execute(step.execution());

        assertThat(step.variables).containsEntry(ProcessVariables.RECOMMENDED_AMOUNT, 150000L)
                .containsEntry(ProcessVariables.MEAN_SCORE, 85.0).containsEntry(ProcessVariables.SCORE_SUM, 0L)
                .containsEntry(ProcessVariables.SCORE_COUNT, 0L).containsEntry(ProcessVariables.SCORE_ROUND, 1L)
                .doesNotContainKey(ProcessVariables.SCORERS);
        verify(timeline).record(eq(step.execution()), eq(TestExecution.APPLICATION_ID), eq(DecisionKind.RECOMMENDED),
                eq("timeline.note.grantRecommended"), eq(new Object[] {Money.ofYuan(150000), "85.0", "0.5", Money.ofYuan(400000)}), anyMap());
    }

    @Test
    void isCappedByWhatIsLeftOfTheYearToTheFenThenRoundedDown() {
        committed("450000.10");

        TestExecution step = scored(270, 3);
        block.execute(step.execution());

        assertThat(step.variables).containsEntry(ProcessVariables.RECOMMENDED_AMOUNT, 49999L);
    }

    @Test
    void runAgainAfterAnApprovalFoundTheCapUsedUpItKeepsTheRoundsMean() {
        committed("0");
        TestExecution step = scored(0, 0).with(ProcessVariables.MEAN_SCORE, 85.0).with(ProcessVariables.SCORE_ROUND, 1L);

        block.execute(step.execution());

        assertThat(step.variables).containsEntry(ProcessVariables.MEAN_SCORE, 85.0)
                .containsEntry(ProcessVariables.SCORE_ROUND, 1L).containsEntry(ProcessVariables.RECOMMENDED_AMOUNT, 150000L);
    }
}
