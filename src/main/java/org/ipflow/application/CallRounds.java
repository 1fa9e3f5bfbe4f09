package org.ipflow.application;

import java.util.Collection;
import org.ipflow.application.internal.CallBudgets;
import org.ipflow.application.internal.NoticeBatches;
import org.ipflow.shared.Money;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * What a batch decision of a call (the {@code tasks} module's ranking page and API) needs of applications:
 * the call's budget room for the whole batch, and the batch's public notice, which each application joins
 * in the transaction that decides it.
 */
@Service
public class CallRounds {

    private final CallBudgets budgets;
    private final NoticeBatches batches;

    CallRounds(CallBudgets budgets, NoticeBatches batches) {
        this.budgets = budgets;
        this.batches = batches;
    }

    /** A call's budget (null: none), what others hold of it, what is left (null: no bound), whether the total fits. */
    public record Room(Money budget, Money committed, Money left, boolean within) {
    }

    /**
     * The call's budget, what applications outside the batch hold of it and what is left for the batch's
     * total. The call stays locked for the check only: each approval of the batch checks its own amount
     * again, atomically, when it is decided.
     */
    @Transactional
    public Room room(long callId, Money total, Collection<Long> batch) {
        CallBudgets.Room room = budgets.check(callId, total, batch);
        return new Room(room.budget(), room.committed(), room.left(), room.within());
    }

    /** A new notice for the batch; its number is given now, its entries join as they are approved. */
    @Transactional
    public long openNotice(String programmeKey, long callId, String actor) {
        return batches.open(programmeKey, callId, actor);
    }

    @Transactional(readOnly = true)
    public String noticeNumber(long batchId) {
        return batches.number(batchId);
    }

    /** Within the decision's transaction: an approval refused meanwhile leaves the batch as it was. */
    @Transactional(propagation = Propagation.MANDATORY)
    public void joinNotice(long applicationId, long batchId) {
        batches.join(applicationId, batchId);
    }
}
