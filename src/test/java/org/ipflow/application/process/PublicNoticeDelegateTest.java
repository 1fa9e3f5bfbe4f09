package org.ipflow.application.process;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

import java.time.OffsetDateTime;
import java.util.Date;
import java.util.Map;
import java.util.Optional;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.ipflow.application.internal.ApplicationRepository;
import org.ipflow.application.internal.NoticeBatches;
import org.ipflow.application.DecisionKind;
import org.ipflow.shared.ProcessVariables;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.parallel.ResourceLock;

// The engine's clock is one for the JVM: tests that set it run one after another.
@ResourceLock("engine-clock")
class PublicNoticeDelegateTest {

    private final ApplicationRepository applications = mock(ApplicationRepository.class);
    private final ProcessTimeline timeline = mock(ProcessTimeline.class);
    private final NoticeBatches batches = mock(NoticeBatches.class);
    private final PublicNoticeDelegate block = new PublicNoticeDelegate(applications, timeline, new OfficeCalendar(OfficeCalendarTest.WEEKDAYS),
            new ProcessSettings(new ProcessSettings.Correction(15), new ProcessSettings.PublicNotice(5)), batches);

    @AfterEach
    void resetEngineClock() {
        ClockUtil.reset();
    }

    @Test
    void putsTheApplicationOnNoticeUntilTheEndOfTheFifthWorkingDayAndHandsThatToTheTimer() {
        ClockUtil.setCurrentTime(Date.from(OffsetDateTime.parse("2026-11-27T16:00:00+08:00").toInstant())); // a Friday
        TestExecution step = new TestExecution("Task_OpenPublicNotice");
        when(batches.of(TestExecution.APPLICATION_ID)).thenReturn(Optional.of(7L)); // decided in a batch

        block.execute(step.execution());

        OffsetDateTime until = OffsetDateTime.parse("2026-12-04T23:59:59+08:00");
        verify(applications).openNotice(TestExecution.APPLICATION_ID, until.toInstant());
        assertThat(step.variables).containsEntry(ProcessVariables.NOTICE_UNTIL, until.toString());
        verify(timeline).record(step.execution(), TestExecution.APPLICATION_ID, DecisionKind.NOTICE_OPENED,
                "timeline.note.noticeUntil", new Object[] {"2026-12-04"},
                Map.of("workingDays", 5, ProcessVariables.NOTICE_UNTIL, until.toString()));
    }
}
