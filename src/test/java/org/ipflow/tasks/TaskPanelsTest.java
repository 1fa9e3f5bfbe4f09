package org.ipflow.tasks;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.List;
import org.ipflow.application.Attachment;
import org.ipflow.application.Decision;
import org.junit.jupiter.api.Test;

/** Which documents a reviewer sees marked "new since return": those uploaded after the latest return. */
class TaskPanelsTest {

    private static final Instant FIRST_RETURN = Instant.parse("2026-11-02T02:00:00Z");
    private static final Instant SECOND_RETURN = Instant.parse("2026-11-09T02:00:00Z");

    @Test
    void onlyDocumentsUploadedAfterTheLatestReturnAreMarked() {
        var before = document(1, "2026-11-01T02:00:00Z");
        var betweenReturns = document(2, "2026-11-05T02:00:00Z");
        var afterLatest = document(3, "2026-11-10T02:00:00Z");
        var timeline = List.of(entry("return", FIRST_RETURN), entry("returned", SECOND_RETURN),
                entry("resubmitted", Instant.parse("2026-11-10T03:00:00Z")));

        assertThat(TaskPanels.reviewed(List.of(before, betweenReturns, afterLatest), timeline))
                .extracting(TaskPanels.ReviewedDocument::newSinceReturn).containsExactly(false, false, true);
    }

    @Test
    void anApplicationNeverReturnedHasNothingMarkedAndPdfsAndImagesArePreviewed() {
        var reviewed = TaskPanels.reviewed(List.of(document(1, "2026-11-10T02:00:00Z")),
                List.of(entry("approve", SECOND_RETURN)));
        assertThat(reviewed).extracting(TaskPanels.ReviewedDocument::newSinceReturn).containsExactly(false);
        assertThat(reviewed.get(0).previewable()).isTrue();
    }

    private static Attachment document(long id, String uploadedAt) {
        return new Attachment(id, 7, "contract", "c" + id + ".pdf", "application/pdf", 10, "sha", "enterprise1",
                Instant.parse(uploadedAt));
    }

    private static Decision entry(String decision, Instant at) {
        return new Decision(at.toEpochMilli(), 7, null, "Task_FormalReview", "形式审查", "reviewer3", at, decision,
                null, null, null, null);
    }
}
