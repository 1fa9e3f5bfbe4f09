package org.ipflow.application;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import java.util.Locale;
import org.ipflow.application.internal.DecisionRecords;
import org.junit.jupiter.api.Test;

/** The kinds store exactly the values decision_record held before them, so no old entry changes meaning. */
class DecisionKindTest {

    @Test
    void aStatusStepStoresTheStatusInLowerCase() {
        for (ApplicationStatus status : ApplicationStatus.values()) {
            assertThat(DecisionKind.of(status).value()).isEqualTo(status.name().toLowerCase(Locale.ROOT));
        }
    }

    @Test
    void theOtherKindsKeepTheirStoredValues() {
        assertThat(Arrays.stream(new DecisionKind[] {DecisionKind.SUBMITTED, DecisionKind.RESUBMITTED,
                DecisionKind.OBJECTION, DecisionKind.JOB_RUN, DecisionKind.SCORE, DecisionKind.COMPLETED,
                DecisionKind.RECOMMENDED, DecisionKind.CAP_EXCEEDED, DecisionKind.CORRECTION_DEADLINE,
                DecisionKind.NOTICE_OPENED, DecisionKind.NOTIFIED, DecisionKind.LETTER_ISSUED})
                .map(DecisionKind::value))
                .containsExactly("submitted", "resubmitted", "objection", "job-run", "score", "completed",
                        "recommended", "cap-exceeded", "correction-deadline", "notice-opened", "notified",
                        "letterIssued");
    }

    @Test
    void anEntryStartsBareAndGainsItsCommentAndDetails() {
        NewDecision entry = NewDecision.bySystem(7, "Task_X", "X", DecisionKind.NOTIFIED)
                .withComment("已通知", "Notified").withDetails("{}");

        assertThat(entry).isEqualTo(new NewDecision(7, null, "Task_X", "X", DecisionRecords.SYSTEM, "notified",
                "已通知", "Notified", "{}", false, null));
    }
}
