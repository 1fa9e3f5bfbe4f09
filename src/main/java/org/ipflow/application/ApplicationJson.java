package org.ipflow.application;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.ipflow.application.internal.IssuedLetters;
import org.ipflow.shared.Money;

/**
 * The JSON shape of an application in the API (DESIGN.md, contracts); amounts are numbers with their fen.
 * {@code queryCode}, the receipt's code for the public progress look-up, only for the enterprise's users.
 */
record ApplicationJson(long id, String number, String programme, String status, String title, Map<String, Object> data,
        Money requestedAmount, Money approvedAmount, Instant submittedAt, Instant updatedAt,
        Correction correction, Instant noticeUntil, List<AttachmentJson> attachments, List<StepJson> currentSteps,
        List<HistoryJson> history, CertificateJson certificate, IssuedLetters.Letter letter, String queryCode) {

    record Correction(String request, Instant deadline) {
    }

    /** The certificate issued on the application; null for programmes without certificates. */
    record CertificateJson(String number, String code) {
    }

    record AttachmentJson(long id, String kind, String fileName, String contentType, long size, Instant uploadedAt) {

        static AttachmentJson of(Attachment a) {
            return new AttachmentJson(a.id(), a.kind(), a.fileName(), a.contentType(), a.sizeBytes(), a.uploadedAt());
        }
    }

    /** A step the application waits in: {@code id} is the step (task definition key), {@code taskId} the engine task. */
    record StepJson(String id, String taskId, String name, String assignee, Instant due) {
    }

    record HistoryJson(String step, String stepName, String actor, Instant at, String decision, String comment) {

        static HistoryJson of(Decision d) {
            return new HistoryJson(d.stepKey(), d.stepName(), d.actor(), d.decidedAt(), d.decision(), d.comment());
        }
    }

    record Summary(long id, String number, String programme, String status, String title, Instant updatedAt) {

        static Summary of(Application a) {
            return new Summary(a.id(), a.number(), a.programmeKey(), a.status().name(), a.title(), a.updatedAt());
        }
    }

    record Created(long id, String number, String status) {

        static Created of(Application a) {
            return new Created(a.id(), a.number(), a.status().name());
        }
    }
}
