package org.ipflow.application;

/**
 * What a timeline entry written by IPFlow's own code records. Each kind keeps the value stored in
 * {@code decision_record.decision} before the kinds existed, so old entries and the {@code decision.*}
 * message keys still match. The status kinds carry the names of {@link ApplicationStatus} because a model's
 * status step records the status it sets. A reviewer's choice in a form (approve, return, ...) is no kind:
 * programmes are data and may offer choices of their own, see {@link NewDecision#inTask}.
 */
public enum DecisionKind {
    SUBMITTED("submitted"),
    RESUBMITTED("resubmitted"),
    OBJECTION("objection"),
    JOB_RUN("job-run"),
    SCORE("score"),
    COMPLETED("completed"),
    RECOMMENDED("recommended"),
    CAP_EXCEEDED("cap-exceeded"),
    CORRECTION_DEADLINE("correction-deadline"),
    NOTICE_OPENED("notice-opened"),
    NOTIFIED("notified"),
    LETTER_ISSUED("letterIssued"),
    /** The enterprise withdrew its application, giving a reason (the entry's comment). */
    WITHDRAWAL("withdrawal"),
    /** A task handed by its holder to a colleague, with a note: for the office only, never shown to the applicant. */
    TRANSFERRED("transferred"),
    /** The enterprise reported its project's results at the end of the project period (项目验收). */
    RESULTS_REPORTED("results-reported"),
    DRAFT("draft"),
    IN_REVIEW("in_review"),
    RETURNED("returned"),
    APPROVED("approved"),
    PUBLIC_NOTICE("public_notice"),
    DISBURSED("disbursed"),
    CERTIFIED("certified"),
    REJECTED("rejected"),
    WITHDRAWN("withdrawn"),
    ACCEPTED("accepted"),
    RECOVERED("recovered");

    private final String value;

    DecisionKind(String value) {
        this.value = value;
    }

    /** The value stored in {@code decision_record.decision}. */
    public String value() {
        return value;
    }

    /** The entry of a step that sets {@code status}. */
    public static DecisionKind of(ApplicationStatus status) {
        return valueOf(status.name());
    }
}
