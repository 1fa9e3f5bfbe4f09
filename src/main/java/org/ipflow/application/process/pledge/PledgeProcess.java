package org.ipflow.application.process.pledge;

import org.ipflow.shared.ProcessVariables;

/**
 * Everything Java shares with {@code bpmn/pledge-financing.bpmn} (知识产权质押融资贴息): the process key,
 * the ids of its steps and its own variables. Names it shares with other programmes (amounts, payment,
 * messages, decisions) are in {@link ProcessVariables}.
 */
public final class PledgeProcess {

    public static final String KEY = "pledge-financing";
    public static final String SUBSIDY_DECISION = "pledge-subsidy";
    public static final String DISBURSEMENT_PURPOSE = "pledge-subsidy";

    private PledgeProcess() {
    }

    /** Ids of the model's steps that code refers to (task definition keys, wait states, gateways). */
    public static final class Elements {
        public static final String VERIFICATION = "Task_Verification";
        public static final String RATE_BY_TABLE = "Task_RateByTable";
        public static final String COMPUTE_SUBSIDY = "Task_ComputeSubsidy";
        public static final String FINANCE_CONFIRMATION = "Task_FinanceConfirmation";
        public static final String APPROVER_DECISION = "Task_ApproverDecision";
        public static final String RESERVE_YEARLY_CAP = "Task_ReserveYearlyCap";
        public static final String NOTIFY_APPROVED = "Task_NotifyApproved";
        public static final String DISBURSEMENT = "Task_Disbursement";
        public static final String RECHECK_YEARLY_CAP = "Task_RecheckYearlyCap";
        public static final String DISBURSE_ONCE = "Task_DisburseOnce";
        public static final String NOTIFY_DISBURSED = "Task_NotifyDisbursed";
        public static final String NOTIFY_REJECTED = "Task_NotifyRejected";
        public static final String AWAIT_CORRECTION = "Task_AwaitCorrection";
        public static final String CORRECTION_DEADLINE = "Timer_CorrectionDeadline";
        public static final String END_DISBURSED = "EndEvent_Disbursed";
        public static final String END_REJECTED = "EndEvent_Rejected";
        public static final String END_WITHDRAWN = "EndEvent_Withdrawn";

        private Elements() {
        }
    }

    /** Process variables of this programme only. */
    public static final class Variables {
        /** Interest actually paid, yuan (start variable from the start form). */
        public static final String INTEREST_PAID = "interestPaid";
        /** Share of the collateral's value that is IP, 0–100 (start variable). */
        public static final String IP_SHARE = "ipShare";
        /** The decision table's share of the interest on the IP share that is subsidised. */
        public static final String SUBSIDY_RATE = "subsidyRate";

        private Variables() {
        }
    }
}
