package org.ipflow.programme;

import java.math.BigDecimal;

/**
 * What a call's applications hold of its budget, as the module that decides and pays them counts it; the
 * programme pages and the calls API show it next to the budget.
 */
public interface CallSpending {

    /**
     * @param committed what approvals within the call hold: paid amounts, or while unpaid the approved amount
     * @param paid what was paid on the call's applications
     * @param applications how many applications were submitted in the call
     */
    record Spending(BigDecimal committed, BigDecimal paid, long applications) {
    }

    Spending of(long callId);
}
