package org.ipflow.application.process;

/**
 * Process variables, messages and values every programme's process shares with IPFlow's code: the
 * façade sets them when it starts a process or completes a task; the building blocks read them.
 */
public final class ProcessVariables {

    /** The application's id in IPFlow's own table (Long): the only link from a process to its data. */
    public static final String APPLICATION_ID = "applicationId";
    public static final String APPLICATION_NUMBER = "applicationNumber";
    public static final String PROGRAMME = "programme";
    /** GB/T 2260 code of the enterprise's region, e.g. 150100: selects the regional reviewer group. */
    public static final String REGION = "region";
    public static final String ENTERPRISE_ID = "enterpriseId";
    /** Username of whoever completed the last task. */
    public static final String ACTOR = "actor";
    public static final String DECISION = "decision";
    public static final String COMMENT = "comment";
    public static final String CORRECTION_DAYS = "correctionDays";
    /** Id of the step that resumes after a correction (set by the return-for-correction block). */
    public static final String RETURN_TO = "returnTo";
    /** End of the correction period, ISO-8601 with offset: the deadline timer's timeDate. */
    public static final String CORRECTION_DEADLINE = "correctionDeadline";
    /** A programme's yearly cap per enterprise in yuan (from its decision table). */
    public static final String YEARLY_CAP = "yearlyCap";
    /** Set by the yearly-cap reservation: whether the amount fitted what is left of the cap. */
    public static final String WITHIN_YEARLY_CAP = "withinYearlyCap";

    private ProcessVariables() {
    }

    /** Local input parameters (camunda:inputOutput) the building blocks read. */
    public static final class Inputs {
        public static final String STATUS = "status";
        public static final String TIMELINE_NOTE = "timelineNote";
        /** The English of {@link #TIMELINE_NOTE}, for English readers; optional. */
        public static final String TIMELINE_NOTE_EN = "timelineNoteEn";
        public static final String RETURN_TO = ProcessVariables.RETURN_TO;
        public static final String PURPOSE = "purpose";
        public static final String MESSAGE = "message";
        /** The English of {@link #MESSAGE}, for English readers; optional. */
        public static final String MESSAGE_EN = "messageEn";
        public static final String AMOUNT = "amount";
        public static final String RESERVE = "reserve";

        private Inputs() {
        }
    }

    public static final class Messages {
        public static final String APPLICATION_RESUBMITTED = "ApplicationResubmitted";

        private Messages() {
        }
    }

    public static final class Values {
        public static final String APPROVE = "approve";
        public static final String RETURN = "return";
        public static final String REJECT = "reject";

        private Values() {
        }
    }
}
