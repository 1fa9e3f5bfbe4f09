package org.ipflow.application;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.ipflow.application.internal.Disbursements;
import org.ipflow.application.internal.IssuedLetters;
import org.ipflow.application.internal.ProcessProgress;
import org.ipflow.shared.Money;

/**
 * The JSON shape of an application in the API (DESIGN.md, contracts); amounts are numbers with their fen.
 * {@code number} is null on a draft (numbers are given at the first submission), {@code payment} until paid.
 * {@code queryCode}, the receipt's code for the public progress look-up, only for the enterprise's users;
 * {@code call} from the first submission on. {@code payments}: every payment in the order made (a grant paid in
 * tranches has its award and its acceptance tranche, a recovery is negative); {@code payment} is the first of them.
 */
record ApplicationJson(long id, String number, String programme, String status, String title, Map<String, Object> data,
        Money requestedAmount, Money approvedAmount, Instant submittedAt, Instant updatedAt,
        Correction correction, Instant noticeUntil, List<AttachmentJson> attachments, List<StepJson> currentSteps,
        List<HistoryJson> history, CertificateJson certificate, IssuedLetters.Letter letter,
        EnterpriseJson enterprise, PaymentJson payment, List<ProgressJson> progress, String queryCode,
        CallJson call, List<PaymentJson> payments) {

    /** The call the application was submitted in, named in the reader's language; null on a draft. */
    record CallJson(long id, String name) {
    }

    /** The applicant; {@code regionName} in the reader's language. */
    record EnterpriseJson(String name, String creditCode, String region, String regionName) {
    }

    /**
     * What was paid, on which day (office calendar), under which payment reference and for what ({@code purpose}
     * as the process records it: {@code grant} a grant's payment on award, whole or its award tranche,
     * {@code grant-acceptance} its acceptance tranche, {@code recovery} money returned as a negative amount,
     * {@code pledge-subsidy} the interest subsidy).
     */
    record PaymentJson(Money amount, LocalDate paidOn, String reference, String purpose) {

        static PaymentJson of(Disbursements.Disbursement d) {
            return d == null ? null
                    : new PaymentJson(Money.of(d.amount()), d.paidOn(), d.paymentReference(), d.purpose());
        }
    }

    /** A step of the programme: {@code state} is done, current or waiting (still to come); due only when current. */
    record ProgressJson(String step, String name, String state, Instant due) {

        static ProgressJson of(ProcessProgress.Step s) {
            return new ProgressJson(s.step(), s.name(), s.state(), s.due());
        }
    }

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

    /** One timeline entry; {@code onBehalfOf} only for a substitute's decision for an absent colleague. */
    record HistoryJson(String step, String stepName, String actor, Instant at, String decision, String comment,
            @JsonInclude(JsonInclude.Include.NON_NULL) String onBehalfOf) {

        static HistoryJson of(Decision d) {
            return new HistoryJson(d.stepKey(), d.stepName(), d.actor(), d.decidedAt(), d.decision(), d.comment(),
                    d.onBehalfOf());
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
