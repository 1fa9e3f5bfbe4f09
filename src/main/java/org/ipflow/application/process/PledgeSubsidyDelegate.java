package org.ipflow.application.process;

import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;
import java.util.LinkedHashMap;
import java.util.Map;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.ipflow.application.Application;
import org.ipflow.application.DecisionKind;
import org.ipflow.application.internal.ApplicationRepository;
import org.ipflow.application.internal.YearlyCap;
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

    private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

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
        BigDecimal interest = decimal(execution, PledgeProcess.Variables.INTEREST_PAID);
        BigDecimal share = decimal(execution, PledgeProcess.Variables.IP_SHARE);
        BigDecimal rate = decimal(execution, PledgeProcess.Variables.SUBSIDY_RATE);
        BigDecimal cap = decimal(execution, ProcessVariables.YEARLY_CAP);
        int year = calendar.now().getYear();
        BigDecimal committed = applications.committedInYear(application.enterpriseId(), application.programmeKey(),
                year, applicationId);

        BigDecimal byRate = interest.multiply(share).multiply(rate).divide(HUNDRED, MathContext.DECIMAL64);
        YearlyCap yearly = new YearlyCap(cap, committed);
        BigDecimal recommended = yearly.recommend(byRate);
        execution.setVariable(PledgeProcess.Variables.RECOMMENDED_AMOUNT, recommended.doubleValue());

        Map<String, Object> figures = new LinkedHashMap<>();
        figures.put("interestPaid", interest);
        figures.put("ipShare", share);
        figures.put("subsidyRate", rate);
        figures.put("subsidyByRate", byRate.setScale(2, RoundingMode.FLOOR));
        figures.put("yearlyCap", cap);
        figures.put("year", year);
        figures.put("committedInYear", committed);
        figures.put("recommendedAmount", recommended);
        timeline.record(execution, applicationId, DecisionKind.RECOMMENDED,
                "timeline.note.pledgeRecommended", new Object[] {
                recommended.toPlainString(), interest.toPlainString(), share.stripTrailingZeros().toPlainString(),
                rate.stripTrailingZeros().toPlainString(), String.valueOf(year),
                yearly.left().stripTrailingZeros().toPlainString()}, figures);
    }

    private static BigDecimal decimal(DelegateExecution execution, String name) {
        return new BigDecimal(ExecutionValues.number(execution, name).toString());
    }
}
