package org.ipflow.programme;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.Locale;

/**
 * A call for applications (申报批次) of a programme: submissions are accepted from {@code opensAt}
 * until {@code closesAt} (exclusive); without {@code closesAt} the call stays open until it is closed.
 * Its {@code budget} (yuan) bounds what approvals within it commit together; null: no bound of its own.
 */
public record Call(long id, String programmeKey, String nameZh, String nameEn, Instant opensAt, Instant closesAt,
        BigDecimal budget) {

    /** Where a call stands at a moment. */
    public enum State { UPCOMING, OPEN, CLOSED }

    public State state(Instant at) {
        if (at.isBefore(opensAt)) {
            return State.UPCOMING;
        }
        return closesAt == null || at.isBefore(closesAt) ? State.OPEN : State.CLOSED;
    }

    public boolean openAt(Instant at) {
        return state(at) == State.OPEN;
    }

    public String name(Locale locale) {
        return "en".equals(locale.getLanguage()) && nameEn != null ? nameEn : nameZh;
    }
}
