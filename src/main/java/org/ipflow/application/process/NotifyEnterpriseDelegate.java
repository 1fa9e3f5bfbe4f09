package org.ipflow.application.process;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/**
 * Building block "notify": tells the enterprise the step's {@code message}. The enterprise reads its
 * application's timeline, so the notification is a timeline entry; mail or SMS would hook in here.
 */
@Component("notifyEnterpriseDelegate")
public class NotifyEnterpriseDelegate implements JavaDelegate {

    private final ProcessTimeline timeline;

    NotifyEnterpriseDelegate(ProcessTimeline timeline) {
        this.timeline = timeline;
    }

    @Override
    public void execute(DelegateExecution execution) {
        String message = ExecutionValues.input(execution, ProcessVariables.Inputs.MESSAGE);
        timeline.record(execution, ExecutionValues.applicationId(execution), "notified", message, null);
    }
}
