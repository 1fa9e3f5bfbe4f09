package org.ipflow.application.process;

import static org.assertj.core.api.Assertions.assertThatIllegalStateException;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.verifyNoInteractions;

import org.ipflow.application.internal.ApplicationRepository;
import org.ipflow.application.ApplicationStatus;
import org.ipflow.application.DecisionKind;
import org.ipflow.shared.ProcessVariables;
import org.junit.jupiter.api.Test;

class SetStatusDelegateTest {

    private final ApplicationRepository applications = mock(ApplicationRepository.class);
    private final ProcessTimeline timeline = mock(ProcessTimeline.class);
    private final SetStatusDelegate block = new SetStatusDelegate(applications, timeline);

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
    void aStepWithoutAStatusFailsNamingIt() {
        TestExecution step = new TestExecution("Task_Broken");

        assertThatIllegalStateException().isThrownBy(() -> block.execute(step.execution()))
                .withMessageContaining("Task_Broken").withMessageContaining("'status'");
        verify(applications, org.mockito.Mockito.never()).updateStatus(any(Long.class), any());
    }
}
