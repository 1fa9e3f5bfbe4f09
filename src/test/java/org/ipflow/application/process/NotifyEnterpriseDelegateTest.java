package org.ipflow.application.process;

import static org.assertj.core.api.Assertions.assertThatIllegalStateException;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.verifyNoInteractions;
import static org.mockito.Mockito.when;

import java.util.Optional;
import org.ipflow.application.internal.ApplicationRepository;
import org.ipflow.application.DecisionKind;
import org.ipflow.application.EnterpriseNotified;
import org.ipflow.shared.ProcessVariables;
import org.junit.jupiter.api.Test;
import org.springframework.context.ApplicationEventPublisher;

class NotifyEnterpriseDelegateTest {

    private final ProcessTimeline timeline = mock(ProcessTimeline.class);
    private final ApplicationRepository applications = mock(ApplicationRepository.class);
    private final ApplicationEventPublisher events = mock(ApplicationEventPublisher.class);
    private final NotifyEnterpriseDelegate block = new NotifyEnterpriseDelegate(timeline, applications, events);

    @Test
    void tellsTheEnterpriseInTheTimelineAndItsNotifications() {
        when(applications.findById(TestExecution.APPLICATION_ID))
                .thenReturn(Optional.of(TestExecution.application("pledge-financing", null, null)));
        TestExecution step = new TestExecution("Task_NotifyApproved")
                .input(ProcessVariables.Inputs.MESSAGE, "知识产权质押融资贴息已批准，待财务拨付。")
                .input(ProcessVariables.Inputs.MESSAGE_EN, "Approved; awaits payment by finance.");

        block.execute(step.execution());

        verify(timeline).record(step.execution(), TestExecution.APPLICATION_ID, DecisionKind.NOTIFIED,
                "知识产权质押融资贴息已批准，待财务拨付。", "Approved; awaits payment by finance.", null);
        verify(events).publishEvent(new EnterpriseNotified(TestExecution.APPLICATION_ID, 7, "PTG-2026-000042",
                "知识产权质押融资贴息已批准，待财务拨付。", "Approved; awaits payment by finance."));
    }

    @Test
    void aStepWithoutAMessageFailsNamingIt() {
        TestExecution step = new TestExecution("Task_NotifyRejected");

        assertThatIllegalStateException().isThrownBy(() -> block.execute(step.execution()))
                .withMessageContaining("'message'");
        verifyNoInteractions(timeline, events);
    }
}
