package org.ipflow.application.process;

import java.time.OffsetDateTime;
import java.util.Map;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.ipflow.application.DecisionKind;
import org.ipflow.application.Application;
import org.ipflow.application.internal.ApplicationRepository;
import org.ipflow.application.internal.NoticeBatches;
import org.ipflow.shared.ProcessVariables;
import org.springframework.stereotype.Component;

/**
 * Building block "public notice" (公示): puts the application on the public notice list until the end of
 * the configured number of working days, and hands that moment to the notice timer as
 * {@code noticeUntil} (ISO-8601 with offset, what a timer's timeDate parses). The application is published
 * in the notice of the batch it was decided in ({@link NoticeBatches}), or alone in a notice of its own.
 */
@Component("publicNoticeDelegate")
public class PublicNoticeDelegate implements JavaDelegate {

    /** The certification's decision table result, published as the level instead of an amount. */
    private static final String CERTIFICATION_LEVEL = "certificationLevel";

    private final ApplicationRepository applications;
    private final ProcessTimeline timeline;
    private final OfficeCalendar calendar;
    private final ProcessSettings settings;
    private final NoticeBatches batches;

    PublicNoticeDelegate(ApplicationRepository applications, ProcessTimeline timeline, OfficeCalendar calendar,
            ProcessSettings settings, NoticeBatches batches) {
        this.batches = batches;
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
        if (batches.of(applicationId).isEmpty()) {
            Application application = applications.findById(applicationId).orElseThrow();
            batches.join(applicationId, batches.open(application.programmeKey(), application.callId(), "system"));
        }
        if (execution.getVariable(CERTIFICATION_LEVEL) instanceof String level) {
            batches.level(applicationId, level);
        }
        execution.setVariable(ProcessVariables.NOTICE_UNTIL, until.toString());
        timeline.record(execution, applicationId, DecisionKind.NOTICE_OPENED, "timeline.note.noticeUntil",
                new Object[] {until.toLocalDate().toString()}, Map.of("workingDays", workingDays, ProcessVariables.NOTICE_UNTIL, until.toString()));
    }
}
