package org.ipflow.tasks;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.ipflow.application.StateConflict;
import org.ipflow.programme.Call;
import org.ipflow.programme.CallSpending;
import org.ipflow.programme.Programme;
import org.ipflow.programme.ProgrammeCalls;
import org.ipflow.programme.ProgrammeCatalog;
import org.ipflow.shared.Money;
import org.ipflow.shared.ProcessVariables;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * A call's applications waiting for the approver, ranked by the decision table's result (the funding
 * rate) and then the experts' mean score, with the running sum of the recommended amounts against what is
 * left of the call's budget: the entries whose running sum fits are above the funding line. Only tasks the
 * approver may work are ranked (the inbox's rules). A programme whose approvals carry no score (the pledge
 * subsidy) has no ranking: its applications are decided one by one.
 */
@Service
@Transactional(readOnly = true)
public class CallRanking {

    /** The process values a ranking reads from each approval task. */
    static final List<String> READS = List.of(ProcessVariables.MEAN_SCORE, ProcessVariables.RECOMMENDED_AMOUNT,
            Values.FUNDING_RATE);

    private final Inbox inbox;
    private final ProcessTasks tasks;
    private final ProgrammeCalls calls;
    private final CallSpending spending;
    private final MessageSource messages;
    private final ProgrammeCatalog programmes;

    CallRanking(Inbox inbox, ProcessTasks tasks, ProgrammeCalls calls, CallSpending spending, MessageSource messages,
            ProgrammeCatalog programmes) {
        this.programmes = programmes;
        this.inbox = inbox;
        this.tasks = tasks;
        this.calls = calls;
        this.spending = spending;
        this.messages = messages;
    }

    /** The decision table's output the ranking orders by first. */
    static final class Values {
        static final String FUNDING_RATE = "fundingRate";

        private Values() {
        }
    }

    /** One application in the ranking: {@code aboveLine} when its running sum fits the budget left. */
    public record Entry(int rank, long applicationId, String number, String enterpriseName, String title,
            String taskId, double meanScore, BigDecimal fundingRate, Money recommendedAmount, Money runningSum,
            boolean aboveLine) {
    }

    /** {@code budget} and {@code left} null for a call without a budget; {@code fundingLine}: entries above it. */
    public record Ranking(long callId, String name, String programme, Money budget, Money committed, Money left,
            int fundingLine, List<Entry> entries) {
    }

    public Ranking of(Authentication user, long callId) {
        Call call = calls.find(callId).orElseThrow(() -> new org.ipflow.application.ApplicationNotFound("call " + callId));
        List<Ranked> waiting = new ArrayList<>();
        // The inbox filters by process; programmes sharing a process are told apart by the application's call.
        String process = programmes.find(call.programmeKey()).map(Programme::processKey).orElse(call.programmeKey());
        for (WorkItem item : inbox.upTo(user, new InboxFilter(process, null, null, false, null), 1000)) {
            if (item.application() != null && Long.valueOf(callId).equals(item.application().callId())) {
                waiting.add(new Ranked(item, tasks.values(user, item.id(), READS)));
            }
        }
        if (!waiting.isEmpty() && waiting.stream().noneMatch(r -> r.values().containsKey(ProcessVariables.MEAN_SCORE))) {
            throw new StateConflict(messages.getMessage("ranking.error.notRanked", null, LocaleContextHolder.getLocale()));
        }
        waiting.removeIf(r -> !r.values().containsKey(ProcessVariables.RECOMMENDED_AMOUNT));
        waiting.sort(Comparator.comparing(Ranked::rate).reversed().thenComparing(Comparator.comparingDouble(Ranked::score)
                .reversed()).thenComparing(r -> r.item().application().number()));
        Money committed = Money.of(spending.of(callId).committed());
        Money budget = call.budget() == null ? null : Money.of(call.budget());
        Money left = budget == null ? null : Money.of(budget.yuan().subtract(committed.yuan()).max(BigDecimal.ZERO));
        List<Entry> entries = new ArrayList<>();
        Money sum = Money.ZERO;
        int line = 0;
        for (Ranked r : waiting) {
            Money recommended = Money.fromVariable(r.values().get(ProcessVariables.RECOMMENDED_AMOUNT));
            sum = sum.plus(recommended);
            boolean above = left == null || !sum.isGreaterThan(left);
            line += above ? 1 : 0;
            var a = r.item().application();
            entries.add(new Entry(entries.size() + 1, a.id(), a.number(), r.item().applicant().enterpriseName(),
                    a.title(), r.item().id(), r.score(), r.rate(), recommended, sum, above));
        }
        Locale locale = LocaleContextHolder.getLocale();
        return new Ranking(callId, call.name(locale), call.programmeKey(), budget, committed, left, line, entries);
    }

    /** An approval task with the values it is ranked by. */
    private record Ranked(WorkItem item, Map<String, Object> values) {

        BigDecimal rate() {
            return values.get(Values.FUNDING_RATE) == null ? BigDecimal.ZERO
                    : new BigDecimal(values.get(Values.FUNDING_RATE).toString());
        }

        double score() {
            return values.get(ProcessVariables.MEAN_SCORE) instanceof Number n ? n.doubleValue() : 0;
        }
    }
}
