package org.ipflow.application.process;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyMap;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.verify;

import java.time.OffsetDateTime;
import java.util.Date;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.ipflow.application.internal.ApplicationRepository;
import org.ipflow.application.DecisionKind;
import org.ipflow.shared.ProcessVariables;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.parallel.ResourceLock;

// The engine's clock is one for the JVM: tests that set it run one after another.
@ResourceLock("engine-clock")
class ReturnForCorrectionDelegateTest {

    private final ApplicationRepository applications = mock(ApplicationRepository.class);
    private final ProcessTimeline timeline = mock(ProcessTimeline.class);
    private final ReturnForCorrectionDelegate block = new ReturnForCorrectionDelegate(applications, timeline,
            new OfficeCalendar(OfficeCalendarTest.WEEKDAYS), new ProcessSettings(new ProcessSettings.Correction(15), new ProcessSettings.PublicNotice(5)));

    @BeforeEach
    void itIsAfternoonInHohhot() {
        ClockUtil.setCurrentTime(Date.from(OffsetDateTime.parse("2026-11-25T17:30:00+08:00").toInstant()));
    }

    @AfterEach
    void resetEngineClock() {
        ClockUtil.reset();
    }

    @Test
    void returnsWithTheReviewersCommentUntilTheEndOfTheDayTheFormAllows() {
        TestExecution step = new TestExecution("Task_ReturnFromFormalReview")
                .input(ProcessVariables.Inputs.RETURN_TO, "Task_FormalReview")
                .with(ProcessVariables.COMMENT, "请补充付款凭证原件").with(ProcessVariables.CORRECTION_DAYS, 10L);

        block.execute(step.execution());

        OffsetDateTime deadline = OffsetDateTime.parse("2026-12-05T23:59:59+08:00");
        verify(applications).requestCorrection(TestExecution.APPLICATION_ID, "请补充付款凭证原件", deadline.toInstant());
        assertThat(step.variables).containsEntry(ProcessVariables.RETURN_TO, "Task_FormalReview")
                .containsEntry(ProcessVariables.CORRECTION_DEADLINE, deadline.toString());
        verify(timeline).record(eq(step.execution()), eq(TestExecution.APPLICATION_ID),
                eq(DecisionKind.CORRECTION_DEADLINE), eq("timeline.note.correctionDeadline"),
                eq(new Object[] {"2026-12-05"}), anyMap());
    }

    @Test
    void withoutDaysOnTheFormTheConfiguredDefaultApplies() {
        TestExecution step = new TestExecution("Task_ReturnFromPreReview")
                .input(ProcessVariables.Inputs.RETURN_TO, "Task_RegionalPreReview");

        block.execute(step.execution());

        verify(applications).requestCorrection(eq(TestExecution.APPLICATION_ID), eq(""),
                eq(OffsetDateTime.parse("2026-12-10T23:59:59+08:00").toInstant()));
        assertThat(step.variables).containsEntry(ProcessVariables.CORRECTION_DEADLINE, "2026-12-10T23:59:59+08:00");
        verify(timeline).record(any(), eq(TestExecution.APPLICATION_ID), eq(DecisionKind.CORRECTION_DEADLINE), any(String.class),
                any(Object[].class), anyMap());
    }
}
