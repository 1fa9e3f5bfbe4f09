package org.ipflow.application.process.pledge;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.LinkedHashMap;
import java.util.Map;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.ipflow.application.Application;
import org.ipflow.application.internal.ApplicationRepository;
import org.ipflow.application.DecisionKind;
import org.ipflow.application.internal.YearlyCap;
import org.ipflow.application.process.ExecutionValues;
import org.ipflow.application.process.OfficeCalendar;
import org.ipflow.application.process.ProcessTimeline;
import org.ipflow.application.process.ReserveYearlyCapDelegate;
import org.ipflow.shared.Money;
import org.ipflow.shared.ProcessVariables;
import org.springframework.stereotype.Component;

/**
 * The pledge subsidy's rule a decision table cannot express: the yearly cap depends on what the
 * enterprise was already paid or approved this calendar year. Recommends min(interest paid × IP share
 * / 100 × subsidy rate, cap left this year), never below zero, in whole yuan rounded down. This is
 * advice for finance; the cap itself is enforced when the approver approves
 * ({@link ReserveYearlyCapDelegate}), under a lock.
 */
@Component("pledgeSubsidyDelegate")
public class PledgeSubsidyDelegate implements JavaDelegate {

    private final ApplicationRepository applications;
    private final ProcessTimeline timeline;
    private final OfficeCalendar calendar;

    PledgeSubsidyDelegate(ApplicationRepository applications, ProcessTimeline timeline, OfficeCalendar calendar) {
        this.applications = applications;
        this.timeline = timeline;
        this.calendar = calendar;
    }

    @Override
    public void execute(DelegateExecution execution) {
        long applicationId = ExecutionValues.applicationId(execution);
        Application application = applications.findById(applicationId)
                .orElseThrow(() -> new IllegalStateException("no application " + applicationId));
        Money interest = ExecutionValues.money(execution, PledgeProcess.Variables.INTEREST_PAID);
        BigDecimal share = ExecutionValues.decimal(execution, PledgeProcess.Variables.IP_SHARE);
        BigDecimal rate = ExecutionValues.decimal(execution, PledgeProcess.Variables.SUBSIDY_RATE);
        Money cap = ExecutionValues.money(execution, ProcessVariables.YEARLY_CAP);
        int year = calendar.now().getYear();
        Money committed = Money.of(applications.committedInYear(application.enterpriseId(),
                application.programmeKey(), year, applicationId));

        // The share is a percentage: dividing by 100 moves the point, exactly.
        Money byRate = interest.times(share.multiply(rate).movePointLeft(2), RoundingMode.FLOOR);
        YearlyCap yearly = new YearlyCap(cap, committed);
        Money recommended = yearly.recommend(byRate);
        execution.setVariable(ProcessVariables.RECOMMENDED_AMOUNT, recommended.toVariable());

        Map<String, Object> figures = new LinkedHashMap<>();
        figures.put(PledgeProcess.Variables.INTEREST_PAID, interest.yuan());
        figures.put(PledgeProcess.Variables.IP_SHARE, share);
        figures.put(PledgeProcess.Variables.SUBSIDY_RATE, rate);
        figures.put("subsidyByRate", byRate.yuan());
        figures.put(ProcessVariables.YEARLY_CAP, cap.yuan());
        figures.put("year", year);
        figures.put("committedInYear", committed.yuan());
        figures.put(ProcessVariables.RECOMMENDED_AMOUNT, recommended.yuan());
        timeline.record(execution, applicationId, DecisionKind.RECOMMENDED, "timeline.note.pledgeRecommended",
                new Object[] {recommended, interest,
                        share.stripTrailingZeros().toPlainString(), rate.stripTrailingZeros().toPlainString(),
                        String.valueOf(year), yearly.left()}, figures);
    }
}
