package org.ipflow.application.process;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.ipflow.application.DecisionKind;
import org.ipflow.application.EnterpriseNotified;
import org.ipflow.application.internal.ApplicationRepository;
import org.springframework.context.ApplicationEventPublisher;
import org.ipflow.shared.ProcessVariables;
import org.springframework.stereotype.Component;

/**
 * Building block "notify": tells the enterprise the step's {@code message} (and its English,
 * {@code messageEn}, for English readers). The enterprise reads its
 * application's timeline and its notifications (an in-app message); mail or SMS would hook in here.
 */
@Component("notifyEnterpriseDelegate")
public class NotifyEnterpriseDelegate implements JavaDelegate {

    private final ProcessTimeline timeline;
    private final ApplicationRepository applications;
    private final ApplicationEventPublisher events;

    NotifyEnterpriseDelegate(ProcessTimeline timeline, ApplicationRepository applications,
            ApplicationEventPublisher events) {
        this.timeline = timeline;
        this.applications = applications;
        this.events = events;
    }

    @Override
    public void execute(DelegateExecution execution) {
        String message = ExecutionValues.input(execution, ProcessVariables.Inputs.MESSAGE);
        String messageEn = ExecutionValues.optionalInput(execution, ProcessVariables.Inputs.MESSAGE_EN);
        long applicationId = ExecutionValues.applicationId(execution);
        timeline.record(execution, applicationId, DecisionKind.NOTIFIED, message, messageEn, null);
        applications.findById(applicationId).ifPresent(a -> events.publishEvent(
                new EnterpriseNotified(a.id(), a.enterpriseId(), a.number(), message, messageEn)));
    }
}
