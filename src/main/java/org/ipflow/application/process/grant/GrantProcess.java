package org.ipflow.application.process.grant;

import org.ipflow.shared.ProcessVariables;

/**
 * Everything Java shares with {@code bpmn/patent-transformation-grant.bpmn} (专利转化资助): the process key,
 * the ids of its steps and its own variables. Names it shares with other programmes (amounts, payment,
 * public notice and objections, scores, messages, decisions) are in {@link ProcessVariables}.
 */
public final class GrantProcess {

    public static final String KEY = "patent-transformation-grant";
    public static final String FUNDING_DECISION = "grant-funding-rate";
    public static final String DISBURSEMENT_PURPOSE = "grant";
    /** The purpose the acceptance tranche is paid under, once, beside the award's {@link #DISBURSEMENT_PURPOSE}. */
    public static final String ACCEPTANCE_PURPOSE = "grant-acceptance";

    private GrantProcess() {
    }

    /** Ids of the model's steps that code refers to (task definition keys, wait states, gateways). */
    public static final class Elements {
        public static final String START = "StartEvent_Submitted";
        public static final String REGIONAL_PRE_REVIEW = "Task_RegionalPreReview";
        public static final String FORMAL_REVIEW = "Task_FormalReview";
        public static final String EXPERT_REVIEW = "SubProcess_ExpertReview";
        public static final String DRAW_EXPERT = "Task_DrawExpert";
        public static final String EXPERT_DECLARATION = "Task_ExpertDeclaration";
        public static final String DECLARATION_DUE = "Timer_DeclarationDue";
        public static final String DRAW_REPLACEMENT = "Task_DrawReplacement";
        public static final String EXPERT_SCORING = "Task_ExpertScoring";
        public static final String END_NO_EXPERT = "EndEvent_NoExpert";
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
        public static final String AWARD_TRANCHE = "Task_AwardTranche";
        public static final String PROJECT_ENDS = "Timer_ProjectEnds";
        public static final String AWAIT_RESULTS = "Task_AwaitResults";
        public static final String ACCEPTANCE_REVIEW = "Task_AcceptanceReview";
        public static final String ACCEPTANCE_DISBURSEMENT = "Task_AcceptanceDisbursement";
        public static final String RETURN_REPORT = "Task_ReturnReport";
        public static final String END_ACCEPTED = "EndEvent_Accepted";
        public static final String END_RECOVERED = "EndEvent_Recovered";

        private Elements() {
        }
    }

    /** Process variables of this programme only. */
    public static final class Variables {
        /** Transfer or licence fee actually paid, yuan (a start variable): what the funding rate applies to. */
        public static final String ELIGIBLE_COST = "eligibleCost";
        /** The decision table's share of the eligible cost, by the mean score. */
        public static final String FUNDING_RATE = "fundingRate";

        private Variables() {
        }
    }
}
