package org.ipflow.modeling;

import java.time.Instant;

/** Someone saved the model's draft after the version the caller started from: who, when, which version. */
class DraftConflict extends RuntimeException {

    private final String author;
    private final Instant updatedAt;
    private final int version;

    DraftConflict(String author, Instant updatedAt, int version) {
        super(author == null ? "the draft was deployed or discarded meanwhile"
                : "the draft was saved by " + author + " at " + updatedAt);
        this.author = author;
        this.updatedAt = updatedAt;
        this.version = version;
    }

    String author() {
        return author;
    }

    Instant updatedAt() {
        return updatedAt;
    }

    int version() {
        return version;
    }
}
