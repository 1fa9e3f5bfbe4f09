package org.ipflow.application;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.Map;

/**
 * One application of an enterprise to a programme; its form data lives here, not in the process. From
 * submission on it names the call it was submitted in and the start-form version it was submitted
 * with ({@code startFormVersion} null: the form was not deployed to the engine, the packaged one applies).
 */
public record Application(
        long id,
        String number,
        String programmeKey,
        long enterpriseId,
        String region,
        ApplicationStatus status,
        String title,
        Map<String, Object> data,
        BigDecimal requestedAmount,
        BigDecimal approvedAmount,
        String processInstanceId,
        String correctionRequest,
        Instant correctionDeadline,
        Instant noticeUntil,
        String createdBy,
        Instant createdAt,
        Instant updatedAt,
        Instant submittedAt,
        int version,
        Long callId,
        String startFormKey,
        Integer startFormVersion) {
}
