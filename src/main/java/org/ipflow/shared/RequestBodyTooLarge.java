package org.ipflow.shared;

import java.io.IOException;

/**
 * A request body without a declared length ran past {@code ipflow.limits.body-size} while it was read.
 * An {@link IOException}, so that every reader stops; the API answers it 413 wherever it surfaces.
 */
public class RequestBodyTooLarge extends IOException {

    private static final long serialVersionUID = 1L;

    private final String limit;

    RequestBodyTooLarge(String limit) {
        super("request body larger than " + limit);
        this.limit = limit;
    }

    /** The bound as people read it, e.g. "2 MB". */
    public String limit() {
        return limit;
    }
}
