package org.ipflow.application;

/** An application moved to another status; published inside the transaction that moved it. */
public record ApplicationStatusChanged(long applicationId, long enterpriseId, String number, String programmeKey,
        ApplicationStatus status) {
}
