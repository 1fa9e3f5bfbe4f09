package org.ipflow.application;

/** A process step asked to tell the enterprise something (the "notify" building block). */
public record EnterpriseNotified(long applicationId, long enterpriseId, String number, String message) {
}
