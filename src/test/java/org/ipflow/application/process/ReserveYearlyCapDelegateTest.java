package org.ipflow.application.process;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.anyMap;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.verifyNoInteractions;
import static org.mockito.Mockito.when;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.Date;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.ipflow.application.DecisionKind;
import org.ipflow.application.internal.YearlyCaps;
import org.ipflow.shared.Money;
import org.ipflow.shared.ProcessVariables;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.parallel.ResourceLock;

// The engine's clock is one for the JVM: tests that set it run one after another.
@ResourceLock("engine-clock")
class ReserveYearlyCapDelegateTest {

    private static final LocalDate TODAY = LocalDate.parse("2026-12-01");

    private final YearlyCaps caps = mock(YearlyCaps.class);
    private final ProcessTimeline timeline = mock(ProcessTimeline.class);
    private final ReserveYearlyCapDelegate block = new ReserveYearlyCapDelegate(caps, timeline, new OfficeCalendar(OfficeCalendarTest.WEEKDAYS));

    @BeforeEach
    void itIsTheFirstOfDecemberInChina() {
        ClockUtil.setCurrentTime(Date.from(OffsetDateTime.parse("2026-12-01T00:30:00+08:00").toInstant()));
    }

    @AfterEach
    void resetEngineClock() {
        ClockUtil.reset();
    }

    @Test
    void reservesTheStepsAmountUnderTheCapTheTableSet() {
        when(caps.check(TestExecution.APPLICATION_ID, Money.parse("149999.99"), Money.ofYuan(500000), TODAY, true))
                .thenReturn(new YearlyCaps.Room(2026, Money.ofYuan(100000), Money.ofYuan(400000), true));
        TestExecution step = new TestExecution("Task_ReserveYearlyCap")
                .input(ProcessVariables.Inputs.AMOUNT, new BigDecimal("149999.99"))
                .input(ProcessVariables.Inputs.RESERVE, "true")
                .with(ProcessVariables.YEARLY_CAP, 500000.0d);

        block.execute(step.execution());

        assertThat(step.variables).containsEntry(ProcessVariables.WITHIN_YEARLY_CAP, true);
        verifyNoInteractions(timeline);
    }

    @Test
    void anAmountThatNoLongerFitsIsNotedWithTheFigures() {
        when(caps.check(TestExecution.APPLICATION_ID, Money.ofYuan(90000), Money.ofYuan(500000), TODAY, false))
                .thenReturn(new YearlyCaps.Room(2026, Money.parse("420000.50"), Money.parse("79999.50"), false));
        TestExecution step = new TestExecution("Task_RecheckYearlyCap")
                .input(ProcessVariables.Inputs.AMOUNT, 90000L).with(ProcessVariables.YEARLY_CAP, 500000L);

        block.execute(step.execution());

        assertThat(step.variables).containsEntry(ProcessVariables.WITHIN_YEARLY_CAP, false);
        verify(timeline).record(eq(step.execution()), eq(TestExecution.APPLICATION_ID), eq(DecisionKind.CAP_EXCEEDED),
                eq("timeline.note.capExceeded"), eq(new Object[] {"2026", Money.parse("79999.50"), Money.ofYuan(90000)}), anyMap());
    }
}
