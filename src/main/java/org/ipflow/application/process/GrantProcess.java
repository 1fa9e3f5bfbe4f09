package org.ipflow.application.process;

/**
 * Everything Java shares with {@code bpmn/patent-transformation-grant.bpmn} (专利转化资助): the process key,
 * the ids of its steps, its variables, messages and values. Names shared by every programme are in
 * {@link ProcessVariables}.
 */
public final class GrantProcess {

    public static final String KEY = "patent-transformation-grant";
    public static final String FUNDING_DECISION = "grant-funding-rate";
    public static final String DISBURSEMENT_PURPOSE = "grant";

    private GrantProcess() {
    }

    /** Ids of the model's steps that code refers to (task definition keys, wait states, gateways). */
    public static final class Elements {
        public static final String START = "StartEvent_Submitted";
        public static final String REGIONAL_PRE_REVIEW = "Task_RegionalPreReview";
        public static final String FORMAL_REVIEW = "Task_FormalReview";
        public static final String EXPERT_SCORING = "Task_ExpertScoring";
        public static final String RATE_BY_TABLE = "Task_RateByTable";
        public static final String APPLY_YEARLY_CAP = "Task_ApplyYearlyCap";
        public static final String RESERVE_YEARLY_CAP = "Task_ReserveYearlyCap";
        public static final String APPROVER_DECISION = "Task_ApproverDecision";
        public static final String OPEN_PUBLIC_NOTICE = "Task_OpenPublicNotice";
        public static final String PUBLIC_NOTICE_SUBPROCESS = "SubProcess_PublicNotice";
        public static final String NOTICE_ENDS = "Timer_NoticeEnds";
        public static final String OBJECTION = "SubProcess_Objection";
        public static final String REVIEW_OBJECTION = "Task_ReviewObjection";
        public static final String OBJECTION_UPHELD = "Boundary_ObjectionUpheld";
        public static final String DISBURSEMENT = "Task_Disbursement";
        public static final String DISBURSE_ONCE = "Task_DisburseOnce";
        public static final String NOTIFY_ENTERPRISE = "Task_NotifyEnterprise";
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
        /** Transfer or licence fee actually paid, yuan (Double). */
        public static final String ELIGIBLE_COST = "eligibleCost";
        public static final String REQUESTED_AMOUNT = "requestedAmount";
        /** Running sum and count of expert scores (Long): the façade adds each score, the cap step resets them. */
        public static final String SCORE_SUM = "scoreSum";
        public static final String SCORE_COUNT = "scoreCount";
        /** Who has scored in the current round (kept by the façade); cleared with the counters. */
        public static final String SCORERS = "scorers";
        /** The scoring round (Long, absent before the first round ends): one score per expert and round. */
        public static final String SCORE_ROUND = "scoreRound";
        public static final String MEAN_SCORE = "meanScore";
        public static final String FUNDING_RATE = "fundingRate";
        public static final String YEARLY_CAP = "yearlyCap";
        public static final String RECOMMENDED_AMOUNT = "recommendedAmount";
        public static final String APPROVED_AMOUNT = "approvedAmount";
        /** End of the public notice, ISO-8601 with offset: the notice timer's timeDate. */
        public static final String NOTICE_UNTIL = "noticeUntil";
        /** Set locally by the correlation of {@link Messages#OBJECTION_FILED}; copied into each objection's scope. */
        public static final String OBJECTION_ID = "objectionId";
        public static final String PAID_AMOUNT = "paidAmount";
        public static final String PAYMENT_REFERENCE = "paymentReference";
        /** Payment date, yyyy-MM-dd. */
        public static final String PAID_ON = "paidOn";

        private Variables() {
        }
    }

    /** Message names correlated by business key (the application number). */
    public static final class Messages {
        public static final String APPLICATION_RESUBMITTED = ProcessVariables.Messages.APPLICATION_RESUBMITTED;
        public static final String OBJECTION_FILED = "ObjectionFiled";

        private Messages() {
        }
    }

    /** Values of {@code decision} on this programme's forms. */
    public static final class Values {
        public static final String APPROVE = ProcessVariables.Values.APPROVE;
        public static final String RETURN = ProcessVariables.Values.RETURN;
        public static final String REJECT = ProcessVariables.Values.REJECT;
        public static final String UPHOLD = "uphold";
        public static final String DISMISS = "dismiss";
        public static final String OBJECTION_UPHELD_ERROR = "ObjectionUpheld";

        private Values() {
        }
    }
}
