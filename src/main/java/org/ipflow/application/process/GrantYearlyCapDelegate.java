package org.ipflow.application.process;

import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.ipflow.application.Application;
import org.ipflow.application.DecisionKind;
import org.ipflow.application.internal.ApplicationRepository;
import org.ipflow.application.internal.YearlyCap;
import org.springframework.stereotype.Component;

/**
 * The grant's rule a decision table cannot express: the per-enterprise yearly cap depends on what the
 * enterprise was already paid or approved this year. Recommends min(eligible cost × funding rate, cap
 * left this year), never below zero, in whole yuan rounded down, and resets the score counters and the
 * façade's list of experts who scored and counts the scoring round, so that a later round of scoring
 * (after a correction) starts afresh: each expert scores once per round ({@code expert_score}). It runs
 * again, keeping the round's mean, when an approval finds the cap used up by another meanwhile.
 */
@Component("grantYearlyCapDelegate")
public class GrantYearlyCapDelegate implements JavaDelegate {

    private final ApplicationRepository applications;
    private final ProcessTimeline timeline;
    private final OfficeCalendar calendar;

    GrantYearlyCapDelegate(ApplicationRepository applications, ProcessTimeline timeline, OfficeCalendar calendar) {
        this.applications = applications;
        this.timeline = timeline;
        this.calendar = calendar;
    }

    @Override
    public void execute(DelegateExecution execution) {
        long applicationId = ExecutionValues.applicationId(execution);
        Application application = applications.findById(applicationId)
                .orElseThrow(() -> new IllegalStateException("no application " + applicationId));
        long scoreSum = ExecutionValues.number(execution, GrantProcess.Variables.SCORE_SUM).longValue();
        long scoreCount = ExecutionValues.number(execution, GrantProcess.Variables.SCORE_COUNT).longValue();
        // Run again after an approval found the cap used up meanwhile: the round's mean stands, its counters are reset.
        double meanScore = scoreCount == 0 ? meanScoreSoFar(execution) : (double) scoreSum / scoreCount;
        BigDecimal eligibleCost = decimal(execution, GrantProcess.Variables.ELIGIBLE_COST);
        BigDecimal rate = decimal(execution, GrantProcess.Variables.FUNDING_RATE);
        BigDecimal cap = decimal(execution, GrantProcess.Variables.YEARLY_CAP);
        int year = calendar.now().getYear();
        BigDecimal committed = applications.committedInYear(application.enterpriseId(), application.programmeKey(),
                year, applicationId);

        YearlyCap yearly = new YearlyCap(cap, committed);
        BigDecimal recommended = yearly.recommend(eligibleCost.multiply(rate));

        execution.setVariable(GrantProcess.Variables.MEAN_SCORE, meanScore);
        execution.setVariable(GrantProcess.Variables.RECOMMENDED_AMOUNT, recommended.doubleValue());
        execution.setVariable(GrantProcess.Variables.SCORE_SUM, 0L);
        execution.setVariable(GrantProcess.Variables.SCORE_COUNT, 0L);
        execution.getProcessInstance().removeVariable(GrantProcess.Variables.SCORERS);
        if (scoreCount > 0) {
            execution.setVariable(GrantProcess.Variables.SCORE_ROUND, scoreRound(execution) + 1);
        }

        Map<String, Object> figures = new LinkedHashMap<>();
        figures.put("meanScore", meanScore);
        figures.put("scores", scoreCount);
        figures.put("eligibleCost", eligibleCost);
        figures.put("fundingRate", rate);
        figures.put("yearlyCap", cap);
        figures.put("year", year);
        figures.put("committedInYear", committed);
        figures.put("recommendedAmount", recommended);
        timeline.record(execution, applicationId, DecisionKind.RECOMMENDED,
                "timeline.note.grantRecommended", new Object[] {
                recommended.toPlainString(), String.format(Locale.ROOT, "%.1f", meanScore), rate.stripTrailingZeros().toPlainString(),
                yearly.left().toPlainString()}, figures);
    }

    private static double meanScoreSoFar(DelegateExecution execution) {
        return execution.getVariable(GrantProcess.Variables.MEAN_SCORE) instanceof Number mean ? mean.doubleValue() : 0;
    }

    private static long scoreRound(DelegateExecution execution) {
        return execution.getVariable(GrantProcess.Variables.SCORE_ROUND) instanceof Number round ? round.longValue() : 0;
    }

    private static BigDecimal decimal(DelegateExecution execution, String name) {
        return new BigDecimal(ExecutionValues.number(execution, name).toString());
    }
}
