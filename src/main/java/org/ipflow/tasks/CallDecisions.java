package org.ipflow.tasks;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.ipflow.application.CallRounds;
import org.ipflow.application.ValidationFailed;
import org.ipflow.shared.Money;
import org.ipflow.shared.ProcessVariables;
import org.ipflow.shared.ProcessVariables.Values;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The approver's batch decision on a call's ranking. The batch's approvals are first checked together
 * against what is left of the call's budget: over it, the whole batch is refused and nothing decided.
 * Then each entry completes its application's approval task through {@link TaskCompletion}, in its own
 * transaction, so that each decision is checked (duties, money rules, the budget again, atomically) and
 * recorded individually with who, when and why; an approval joins the batch's public notice in the same
 * transaction, and the first one opens it. Deliberately not transactional itself.
 */
@Service
public class CallDecisions {

    private final CallRanking ranking;
    private final CallRounds rounds;
    private final TaskCompletion completion;
    private final TaskBatch batch;
    private final MessageSource messages;
    private final TransactionTemplate transactions;

    CallDecisions(CallRanking ranking, CallRounds rounds, TaskCompletion completion, TaskBatch batch,
            MessageSource messages, PlatformTransactionManager transactions) {
        this.ranking = ranking;
        this.rounds = rounds;
        this.completion = completion;
        this.batch = batch;
        this.messages = messages;
        this.transactions = new TransactionTemplate(transactions);
    }

    /** One decision of the batch: {@code amount} for an approval, the recommended one when left out. */
    public record Decision(Long applicationId, String decision, BigDecimal amount, String comment) {
    }

    /** The answer for one entry: its HTTP status and, when refused, why. */
    public record Result(long applicationId, int status, Map<String, String> errors) {
    }

    /** The batch's answer: the room it was checked against, per-entry results, the notice of its approvals. */
    public record Outcome(CallRounds.Room room, Money requested, List<Result> results, String noticeNumber) {

        public boolean overBudget() {
            return !room.within();
        }
    }

    public Outcome decide(Authentication user, long callId, List<Decision> decisions) {
        List<Decision> entries = checked(decisions);
        CallRanking.Ranking ranked = ranking.of(user, callId);
        Map<Long, CallRanking.Entry> byApplication = ranked.entries().stream()
                .collect(Collectors.toMap(CallRanking.Entry::applicationId, Function.identity()));
        Money requested = Money.ZERO;
        for (Decision d : entries) {
            if (Values.APPROVE.equals(d.decision()) && byApplication.containsKey(d.applicationId())) {
                requested = requested.plus(amount(d, byApplication.get(d.applicationId())));
            }
        }
        CallRounds.Room room = rounds.room(callId, requested, byApplication.keySet());
        if (!room.within()) {
            return new Outcome(room, requested, List.of(), null);
        }
        // The notice opens in the transaction of the batch's first approval that succeeds, so that a batch whose
        // approvals are all refused leaves no notice number behind without a notice.
        AtomicReference<Long> notice = new AtomicReference<>();
        List<Result> results = new ArrayList<>();
        for (Decision d : entries) {
            CallRanking.Entry entry = byApplication.get(d.applicationId());
            if (entry == null) {
                results.add(new Result(d.applicationId(), 404,
                        Map.of("applicationId", message("ranking.error.notInRanking"))));
                continue;
            }
            Long before = notice.get();
            TaskBatch.Outcome done = batch.outcome(entry.taskId(), taskId -> transactions.executeWithoutResult(tx -> {
                if (Values.APPROVE.equals(d.decision())) {
                    if (notice.get() == null) {
                        notice.set(rounds.openNotice(ranked.programme(), callId, user.getName()));
                    }
                    rounds.joinNotice(d.applicationId(), notice.get());
                }
                completion.complete(user, taskId, data(d, entry));
            }));
            if (!done.done()) {
                notice.set(before);
            }
            results.add(new Result(d.applicationId(), done.status(), done.errors()));
        }
        return new Outcome(room, requested, results, notice.get() == null ? null : rounds.noticeNumber(notice.get()));
    }

    private static Money amount(Decision d, CallRanking.Entry entry) {
        return d.amount() == null ? entry.recommendedAmount() : Money.of(d.amount());
    }

    private static Map<String, Object> data(Decision d, CallRanking.Entry entry) {
        Map<String, Object> data = new HashMap<>();
        data.put(ProcessVariables.DECISION, d.decision());
        if (d.comment() != null) {
            data.put(ProcessVariables.COMMENT, d.comment());
        }
        if (Values.APPROVE.equals(d.decision())) {
            data.put(ProcessVariables.APPROVED_AMOUNT, amount(d, entry).yuan());
        }
        return data;
    }

    /** Each application once, at most {@link TaskBatch#LIMIT}; else 400. */
    private List<Decision> checked(List<Decision> decisions) {
        List<Decision> entries = decisions == null ? List.of() : decisions.stream()
                .filter(d -> d != null && d.applicationId() != null).toList();
        Set<Long> ids = new LinkedHashSet<>();
        if (entries.isEmpty() || entries.size() > TaskBatch.LIMIT
                || !entries.stream().allMatch(d -> ids.add(d.applicationId()))) {
            throw new ValidationFailed(Map.of("entries", message("ranking.error.entries", TaskBatch.LIMIT)));
        }
        for (Decision d : entries) {
            if (d.amount() != null && (d.amount().signum() < 0 || d.amount().stripTrailingZeros().scale() > 2)) {
                throw new ValidationFailed(Map.of("entries", message("ranking.error.amount", d.applicationId())));
            }
        }
        return entries;
    }

    private String message(String code, Object... args) {
        return messages.getMessage(code, args, code, LocaleContextHolder.getLocale());
    }
}
