package org.ipflow.application;

/** The status of an application, as enterprises, staff and API clients see it. */
public enum ApplicationStatus {
    DRAFT,
    SUBMITTED,
    IN_REVIEW,
    RETURNED,
    APPROVED,
    PUBLIC_NOTICE,
    DISBURSED,
    CERTIFIED,
    REJECTED,
    WITHDRAWN,
    /** A funded project whose results the office accepted at the end of its project period (项目验收). */
    ACCEPTED,
    /** A funded project whose grant (or part of it) was returned (追回), recorded as a negative payment. */
    RECOVERED;

    /** Whether the enterprise may still change the data and documents. */
    public boolean editableByEnterprise() {
        return this == DRAFT || this == RETURNED;
    }

    /**
     * Whether the enterprise may still withdraw it: submitted and before a final decision, that is before
     * the approver approved (public notice, payment and certificate follow an approval) or rejected it.
     */
    public boolean withdrawable() {
        return this == SUBMITTED || this == IN_REVIEW || this == RETURNED;
    }

    public boolean finished() {
        return this == DISBURSED || this == CERTIFIED || this == REJECTED || this == WITHDRAWN || this == ACCEPTED
                || this == RECOVERED;
    }
}
