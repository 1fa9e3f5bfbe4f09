package org.ipflow.application.process.grant;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.ipflow.application.Application;
import org.ipflow.application.DecisionKind;
import org.ipflow.application.internal.ApplicationRepository;
import org.ipflow.application.internal.YearlyCap;
import org.ipflow.application.process.ExecutionValues;
import org.ipflow.application.process.OfficeCalendar;
import org.ipflow.application.process.ProcessTimeline;
import org.ipflow.shared.Money;
import org.ipflow.shared.ProcessVariables;
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
        long scoreSum = ExecutionValues.number(execution, ProcessVariables.SCORE_SUM).longValue();
        long scoreCount = ExecutionValues.number(execution, ProcessVariables.SCORE_COUNT).longValue();
        // Run again after an approval found the cap used up meanwhile: the round's mean stands, its counters are reset.
        double meanScore = scoreCount == 0 ? meanScoreSoFar(execution) : (double) scoreSum / scoreCount;
        Money eligibleCost = ExecutionValues.money(execution, GrantProcess.Variables.ELIGIBLE_COST);
        BigDecimal rate = ExecutionValues.decimal(execution, GrantProcess.Variables.FUNDING_RATE);
        Money cap = ExecutionValues.money(execution, ProcessVariables.YEARLY_CAP);
        int year = calendar.now().getYear();
        Money committed = Money.of(applications.committedInYear(application.enterpriseId(),
                application.programmeKey(), year, applicationId));

        YearlyCap yearly = new YearlyCap(cap, committed);
        Money recommended = yearly.recommend(eligibleCost.times(rate, RoundingMode.FLOOR));

        execution.setVariable(ProcessVariables.MEAN_SCORE, meanScore);
        execution.setVariable(ProcessVariables.RECOMMENDED_AMOUNT, recommended.toVariable());
        execution.setVariable(ProcessVariables.SCORE_SUM, 0L);
        execution.setVariable(ProcessVariables.SCORE_COUNT, 0L);
        execution.getProcessInstance().removeVariable(ProcessVariables.SCORERS);
        if (scoreCount > 0) {
            execution.setVariable(ProcessVariables.SCORE_ROUND, scoreRound(execution) + 1);
        }

        Map<String, Object> figures = new LinkedHashMap<>();
        figures.put(ProcessVariables.MEAN_SCORE, meanScore);
        figures.put("scores", scoreCount);
        figures.put(GrantProcess.Variables.ELIGIBLE_COST, eligibleCost.yuan());
        figures.put(GrantProcess.Variables.FUNDING_RATE, rate);
        figures.put(ProcessVariables.YEARLY_CAP, cap.yuan());
        figures.put("year", year);
        figures.put("committedInYear", committed.yuan());
        figures.put(ProcessVariables.RECOMMENDED_AMOUNT, recommended.yuan());
        timeline.record(execution, applicationId, DecisionKind.RECOMMENDED, "timeline.note.grantRecommended",
                new Object[] {recommended, String.format(Locale.ROOT, "%.1f", meanScore),
                        rate.stripTrailingZeros().toPlainString(), yearly.left()}, figures);
    }

    /** The mean is a score, not an amount: the decision table compares it with whole scores (85, 70, 60). */
    private static double meanScoreSoFar(DelegateExecution execution) {
        return execution.getVariable(ProcessVariables.MEAN_SCORE) instanceof Number mean ? mean.doubleValue() : 0;
    }

    private static long scoreRound(DelegateExecution execution) {
        return execution.getVariable(ProcessVariables.SCORE_ROUND) instanceof Number round ? round.longValue() : 0;
    }
}
