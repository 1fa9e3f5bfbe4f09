package org.ipflow.application;

/**
 * A process step asked to tell the enterprise something (the "notify" building block): the model's text and
 * its English ({@code messageEn}, null where the model gives none).
 */
public record EnterpriseNotified(long applicationId, long enterpriseId, String number, String message,
        String messageEn) {
}
