package org.ipflow.application.process;

import static org.assertj.core.api.Assertions.assertThatIllegalStateException;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.verifyNoInteractions;

import org.ipflow.application.internal.ApplicationRepository;
import org.ipflow.application.ApplicationStatus;
import org.ipflow.application.DecisionKind;
import org.ipflow.shared.ManualJobRun;
import org.ipflow.shared.ProcessVariables;
import org.junit.jupiter.api.Test;

class SetStatusDelegateTest {

    private final ApplicationRepository applications = mock(ApplicationRepository.class);
    private final ProcessTimeline timeline = mock(ProcessTimeline.class);
    private final ManualJobRun manualRun = new ManualJobRun();
    private final SetStatusDelegate block = new SetStatusDelegate(applications, timeline, manualRun);

    @Test
    void setsTheStatusTheStepNamesAndSaysNothingMore() {
        TestExecution step = new TestExecution("Task_SetInReview").input(ProcessVariables.Inputs.STATUS, "IN_REVIEW");

        block.execute(step.execution());

        verify(applications).updateStatus(TestExecution.APPLICATION_ID, ApplicationStatus.IN_REVIEW);
        verifyNoInteractions(timeline);
    }

    @Test
    void aTimelineNoteTellsWhyInBothLanguages() {
        TestExecution step = new TestExecution("Task_Withdraw").input(ProcessVariables.Inputs.STATUS, "WITHDRAWN")
                .input(ProcessVariables.Inputs.TIMELINE_NOTE, "补正期限已过，申请自动撤回")
                .input(ProcessVariables.Inputs.TIMELINE_NOTE_EN, "Not corrected in time: withdrawn");

        block.execute(step.execution());

        verify(applications).updateStatus(TestExecution.APPLICATION_ID, ApplicationStatus.WITHDRAWN);
        verify(timeline).record(step.execution(), TestExecution.APPLICATION_ID, DecisionKind.of(ApplicationStatus.WITHDRAWN),
                "补正期限已过，申请自动撤回", "Not corrected in time: withdrawn", null);
    }

    @Test
    void aNoticeAnAdministratorEndedEarlySaysSoWithTheirReasonInsteadOfThatItsPeriodIsOver() {
        TestExecution step = noticeClosing();

        manualRun.during("admin", "申请人书面放弃异议期", () -> block.execute(step.execution()));

        verify(timeline).record(step.execution(), TestExecution.APPLICATION_ID, DecisionKind.of(ApplicationStatus.APPROVED),
                "公示由管理员提前结束：申请人书面放弃异议期",
                "Public notice ended early by an administrator: 申请人书面放弃异议期", null);
    }

    @Test
    void aNoticeWhoseTimerCameDueSaysItsPeriodIsOver() {
        TestExecution step = noticeClosing();

        block.execute(step.execution());

        verify(timeline).record(step.execution(), TestExecution.APPLICATION_ID, DecisionKind.of(ApplicationStatus.APPROVED),
                "公示期满", "Public notice period ended", null);
    }

    private static TestExecution noticeClosing() {
        return new TestExecution("Task_CloseNotice").input(ProcessVariables.Inputs.STATUS, "APPROVED")
                .input(ProcessVariables.Inputs.TIMELINE_NOTE, "公示期满")
                .input(ProcessVariables.Inputs.TIMELINE_NOTE_EN, "Public notice period ended")
                .input(ProcessVariables.Inputs.TIMELINE_NOTE_EARLY, "公示由管理员提前结束")
                .input(ProcessVariables.Inputs.TIMELINE_NOTE_EARLY_EN, "Public notice ended early by an administrator");
    }

    @Test
    void aStepWithoutAStatusFailsNamingIt() {
        TestExecution step = new TestExecution("Task_Broken");

        assertThatIllegalStateException().isThrownBy(() -> block.execute(step.execution()))
                .withMessageContaining("Task_Broken").withMessageContaining("'status'");
        verify(applications, org.mockito.Mockito.never()).updateStatus(any(Long.class), any());
    }
}
