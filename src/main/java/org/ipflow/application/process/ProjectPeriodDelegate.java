package org.ipflow.application.process;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.ipflow.application.Application;
import org.ipflow.application.internal.ApplicationRepository;
import org.ipflow.programme.ProjectTerms;
import org.ipflow.shared.ProcessVariables;
import org.springframework.stereotype.Component;

/**
 * Building block "project period" (项目期): after the award is paid, sets {@code projectEnds} to the end of the
 * day the programme's project period ends (ISO-8601 with offset, what the report timer's timeDate parses), or to
 * nothing when the programme has no project terms, so that the model ends there as before.
 */
@Component("projectPeriodDelegate")
public class ProjectPeriodDelegate implements JavaDelegate {

    private final ApplicationRepository applications;
    private final ProjectTerms terms;
    private final OfficeCalendar calendar;

    ProjectPeriodDelegate(ApplicationRepository applications, ProjectTerms terms, OfficeCalendar calendar) {
        this.applications = applications;
        this.terms = terms;
        this.calendar = calendar;
    }

    @Override
    public void execute(DelegateExecution execution) {
        Application application = applications.findById(ExecutionValues.applicationId(execution)).orElseThrow();
        String ends = terms.of(application.programmeKey()).map(t -> calendar.endOfMonthsAfterToday(t.projectMonths())
                .toString()).orElse("");
        execution.setVariable(ProcessVariables.PROJECT_ENDS, ends);
    }
}
