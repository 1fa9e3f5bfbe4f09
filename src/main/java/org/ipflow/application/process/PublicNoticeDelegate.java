package org.ipflow.application.process;

import java.time.OffsetDateTime;
import java.util.Map;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.ipflow.application.DecisionKind;
import org.ipflow.application.internal.ApplicationRepository;
import org.ipflow.shared.ProcessVariables;
import org.springframework.stereotype.Component;

/**
 * Building block "public notice" (公示): puts the application on the public notice list until the end of
 * the configured number of working days, and hands that moment to the notice timer as
 * {@code noticeUntil} (ISO-8601 with offset, what a timer's timeDate parses).
 */
@Component("publicNoticeDelegate")
public class PublicNoticeDelegate implements JavaDelegate {

    private final ApplicationRepository applications;
    private final ProcessTimeline timeline;
    private final OfficeCalendar calendar;
    private final ProcessSettings settings;

    PublicNoticeDelegate(ApplicationRepository applications, ProcessTimeline timeline, OfficeCalendar calendar,
            ProcessSettings settings) {
        this.applications = applications;
        this.timeline = timeline;
        this.calendar = calendar;
        this.settings = settings;
    }

    @Override
    public void execute(DelegateExecution execution) {
        long applicationId = ExecutionValues.applicationId(execution);
        int workingDays = settings.publicNotice().workingDays();
        OffsetDateTime until = calendar.endOfWorkingDaysAfterToday(workingDays);
        applications.openNotice(applicationId, until.toInstant());
        execution.setVariable(ProcessVariables.NOTICE_UNTIL, until.toString());
        timeline.record(execution, applicationId, DecisionKind.NOTICE_OPENED, "timeline.note.noticeUntil",
                new Object[] {until.toLocalDate().toString()}, Map.of("workingDays", workingDays, ProcessVariables.NOTICE_UNTIL, until.toString()));
    }
}
