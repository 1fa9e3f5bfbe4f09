package org.ipflow.shared;

import java.util.List;
import java.util.Set;
import java.util.stream.Stream;

/**
 * The one name of each process variable, message and value that more than one programme shares with
 * IPFlow's code: the façade sets them when it starts a process or completes a task, the building blocks
 * and the task pages read them, the programme catalogue keeps them from being replaced. Here, in the
 * module every other may use, because all of those read the same names. A programme's own names are in
 * its constants class ({@code GrantProcess}, {@code PledgeProcess}, {@code CertificationProcess}).
 * <p>
 * Amounts ({@link #REQUESTED_AMOUNT}, {@link #RECOMMENDED_AMOUNT}, {@link #APPROVED_AMOUNT},
 * {@link #PAID_AMOUNT}, {@link #YEARLY_CAP}) are yuan, written as {@link Money#toVariable()} (a
 * {@code Long} when whole, an exact decimal otherwise, never a {@code Double}) and read with
 * {@link Money#fromVariable(Object)}, which also reads the {@code Double}s older versions wrote and
 * decision tables with a {@code double} output still produce; see {@link ExactDecimals}.
 */
public final class ProcessVariables {

    /** The application's id in IPFlow's own table (Long): the only link from a process to its data. */
    public static final String APPLICATION_ID = "applicationId";
    public static final String APPLICATION_NUMBER = "applicationNumber";
    public static final String PROGRAMME = "programme";
    /** GB/T 2260 code of the enterprise's region, e.g. 150100: selects the regional reviewer group. */
    public static final String REGION = "region";
    public static final String ENTERPRISE_ID = "enterpriseId";
    /** The amount the enterprise asked for (the programme's amount field); zero when it has none. */
    public static final String REQUESTED_AMOUNT = "requestedAmount";

    /** Username of whoever completed the last task. */
    public static final String ACTOR = "actor";
    public static final String DECISION = "decision";
    public static final String COMMENT = "comment";
    public static final String CORRECTION_DAYS = "correctionDays";
    /** Id of the step that resumes after a correction (set by the return-for-correction block). */
    public static final String RETURN_TO = "returnTo";
    /** End of the correction period, ISO-8601 with offset: the deadline timer's timeDate. */
    public static final String CORRECTION_DEADLINE = "correctionDeadline";

    /** What a programme's rule recommends (computed, whole yuan), shown to the person who decides. */
    public static final String RECOMMENDED_AMOUNT = "recommendedAmount";
    /** The amount approved or confirmed (a form's field), at most the recommended one. */
    public static final String APPROVED_AMOUNT = "approvedAmount";
    /** A programme's yearly cap per enterprise in yuan (from its decision table). */
    public static final String YEARLY_CAP = "yearlyCap";
    /** Set by the yearly-cap reservation: whether the amount fitted what is left of the cap. */
    public static final String WITHIN_YEARLY_CAP = "withinYearlyCap";
    /** The payment finance recorded (a form's fields): amount, bank reference, date (yyyy-MM-dd). */
    public static final String PAID_AMOUNT = "paidAmount";
    public static final String PAYMENT_REFERENCE = "paymentReference";
    public static final String PAID_ON = "paidOn";

    /** End of the public notice, ISO-8601 with offset: the notice timer's timeDate. */
    public static final String NOTICE_UNTIL = "noticeUntil";
    /** Set locally by the correlation of {@link Messages#OBJECTION_FILED}; copied into each objection's scope. */
    public static final String OBJECTION_ID = "objectionId";
    /** The most the current payment step may pay: the tranche the programme's terms make due now. */
    public static final String TRANCHE_AMOUNT = "trancheAmount";
    /** Whether the tranche is more than nothing, so that a model skips a payment of zero. */
    public static final String TRANCHE_DUE = "trancheDue";
    /** Which tranche the current payment step pays ({@code award} or {@code acceptance}), for finance's page. */
    public static final String PAYMENT_TRANCHE = "paymentTranche";
    /** End of the project period, ISO-8601 with offset (the report timer's timeDate); empty: no project period. */
    public static final String PROJECT_ENDS = "projectEnds";
    /** What the reviewer of a project's acceptance decides to take back (追回), at most what was paid. */
    public static final String RECOVERY_AMOUNT = "recoveryAmount";
    /** The number of the letter the issue-letter block issued. */
    public static final String LETTER_NUMBER = "letterNumber";

    /** An expert's score (the scoring form's field, 0–100); the engine keeps only the round's sum and count. */
    public static final String SCORE = "score";
    /** Running sum and count of the round's scores (Long), absent until the first score of a programme that scores. */
    public static final String SCORE_SUM = "scoreSum";
    public static final String SCORE_COUNT = "scoreCount";
    /** Who has scored in the current round (comma-separated usernames); cleared with the counters. */
    public static final String SCORERS = "scorers";
    /** The scoring round (Long, absent before the first round ends): one score per expert and round. */
    public static final String SCORE_ROUND = "scoreRound";
    /** The mean of the last round's scores. */
    public static final String MEAN_SCORE = "meanScore";
    /**
     * True when the programme had a rubric as the instance started: its scores are then given by criterion and a
     * typed total is refused; absent in instances started before rubrics, whose clients still type one number.
     */
    public static final String SCORED_BY_RUBRIC = "scoredByRubric";

    /** Variables IPFlow starts every process with. */
    public static final List<String> STARTED_WITH = List.of(APPLICATION_ID, APPLICATION_NUMBER, PROGRAMME, REGION,
            ENTERPRISE_ID, REQUESTED_AMOUNT);

    /** Variables IPFlow itself sets: a programme's start variable may not replace them. */
    public static final Set<String> RESERVED = Set.copyOf(Stream.concat(STARTED_WITH.stream(),
            Stream.of(ACTOR, SCORE_SUM, SCORE_COUNT, SCORERS, SCORE_ROUND)).toList());

    private ProcessVariables() {
    }

    /** Local input parameters (camunda:inputOutput) the building blocks read. */
    public static final class Inputs {
        public static final String STATUS = "status";
        public static final String TIMELINE_NOTE = "timelineNote";
        /** The English of {@link #TIMELINE_NOTE}, for English readers; optional. */
        public static final String TIMELINE_NOTE_EN = "timelineNoteEn";
        /** What the timeline says instead of {@link #TIMELINE_NOTE} when an administrator ran the step early; optional. */
        public static final String TIMELINE_NOTE_EARLY = "timelineNoteEarly";
        /** The English of {@link #TIMELINE_NOTE_EARLY}; optional. */
        public static final String TIMELINE_NOTE_EARLY_EN = "timelineNoteEarlyEn";
        public static final String RETURN_TO = ProcessVariables.RETURN_TO;
        public static final String PURPOSE = "purpose";
        public static final String MESSAGE = "message";
        /** The English of {@link #MESSAGE}, for English readers; optional. */
        public static final String MESSAGE_EN = "messageEn";
        public static final String AMOUNT = "amount";
        public static final String RESERVE = "reserve";
        /** Which payment of the programme's terms a tranche step prepares: {@code award} or {@code acceptance}. */
        public static final String TRANCHE = "tranche";

        private Inputs() {
        }
    }

    /** Message names correlated by business key (the application number). */
    public static final class Messages {
        public static final String APPLICATION_RESUBMITTED = "ApplicationResubmitted";
        public static final String OBJECTION_FILED = "ObjectionFiled";
        public static final String RESULTS_REPORTED = "ResultsReported";

        private Messages() {
        }
    }

    /** Values of {@link #DECISION} on the forms, and the error an upheld objection throws. */
    public static final class Values {
        public static final String APPROVE = "approve";
        public static final String RETURN = "return";
        public static final String REJECT = "reject";
        public static final String UPHOLD = "uphold";
        public static final String DISMISS = "dismiss";
        public static final String RECOVER = "recover";
        public static final String OBJECTION_UPHELD_ERROR = "ObjectionUpheld";

        private Values() {
        }
    }
}
