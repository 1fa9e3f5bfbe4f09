package org.ipflow.certificate;

/**
 * Everything Java shares with {@code bpmn/pilot-enterprise-certification.bpmn} (知识产权试点/示范企业认定)
 * and its decision table {@code bpmn/certification-level.dmn}: the keys, the ids of its steps and the
 * variables its building blocks read and write. Names shared by every programme are in
 * {@link org.ipflow.shared.ProcessVariables}.
 */
public final class CertificationProcess {

    public static final String KEY = "pilot-enterprise-certification";
    public static final String LEVEL_DECISION = "certification-level";

    private CertificationProcess() {
    }

    /** Ids of the model's steps that code and tests refer to. */
    public static final class Elements {
        public static final String START = "StartEvent_Submitted";
        public static final String REGIONAL_RECOMMENDATION = "Task_RegionalRecommendation";
        public static final String FORMAL_REVIEW = "Task_FormalReview";
        public static final String SITE_EVALUATION = "Task_SiteEvaluation";
        public static final String DECIDE_LEVEL = "Task_DecideLevel";
        public static final String RECORD_LEVEL = "Task_RecordLevel";
        public static final String SET_NOT_QUALIFIED = "Task_SetNotQualified";
        public static final String APPROVER_DECISION = "Task_ApproverDecision";
        public static final String OPEN_PUBLIC_NOTICE = "Task_OpenPublicNotice";
        public static final String NOTICE_ENDS = "Timer_NoticeEnds";
        public static final String REVIEW_OBJECTION = "Task_ReviewObjection";
        public static final String ISSUE_CERTIFICATE = "Task_IssueCertificate";
        public static final String NOTIFY_CERTIFIED = "Task_NotifyCertified";
        public static final String EXPIRY_REMINDER = "Timer_ExpiryReminder";
        public static final String REMIND_EXPIRY = "Task_RemindExpiry";
        public static final String CERTIFICATE_EXPIRES = "Timer_CertificateExpires";
        public static final String NOTE_EXPIRY = "Task_NoteExpiry";
        public static final String AWAIT_CORRECTION = "Task_AwaitCorrection";
        public static final String CORRECTION_DEADLINE = "Timer_CorrectionDeadline";
        public static final String END_EXPIRED = "EndEvent_CertificateExpired";
        public static final String END_NOT_QUALIFIED = "EndEvent_NotQualified";
        public static final String END_REJECTED = "EndEvent_Rejected";
        public static final String END_WITHDRAWN = "EndEvent_Withdrawn";

        private Elements() {
        }
    }

    /** Process variables of this programme only. */
    public static final class Variables {
        /** Start form: {@code initial} or {@code reevaluation} (复核). */
        public static final String APPLICATION_TYPE = "applicationType";
        public static final String INVENTION_PATENTS = "inventionPatents";
        public static final String IP_BUDGET = "ipBudget";
        public static final String IP_STAFF = "ipStaff";
        /** The site evaluation's score per clause of GB/T 29490-2023 (0–100), in clause order 4 to 10. */
        public static final String[] CLAUSE_SCORES = {"scoreContext", "scoreLeadership", "scorePlanning",
                "scoreSupport", "scoreOperation", "scoreEvaluation", "scoreImprovement"};
        /** The decision table's verdict: FAIL, PILOT or DEMONSTRATION, and why. */
        public static final String LEVEL = "certificationLevel";
        public static final String LEVEL_REASON = "levelReason";
        public static final String CERTIFICATE_NUMBER = "certificateNumber";
        /** Last day of validity, yyyy-MM-dd, for the enterprise's messages. */
        public static final String CERTIFICATE_VALID_UNTIL = "certificateValidUntil";
        /** ISO-8601 with offset: the reminder timer's and the expiry timer's timeDate. */
        public static final String CERTIFICATE_REMINDER_AT = "certificateReminderAt";
        public static final String CERTIFICATE_EXPIRES_AT = "certificateExpiresAt";

        private Variables() {
        }
    }

    /** Values of {@link Variables#LEVEL}. */
    public static final class Values {
        public static final String FAIL = "FAIL";
        public static final String PILOT = "PILOT";
        public static final String DEMONSTRATION = "DEMONSTRATION";

        private Values() {
        }
    }
}
