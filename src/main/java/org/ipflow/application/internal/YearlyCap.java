package org.ipflow.application.internal;

import java.math.BigDecimal;
import java.math.RoundingMode;

/**
 * The arithmetic of a per-enterprise yearly cap, shared by the grant's and the pledge's recommendation and
 * by the reservation under lock ({@link YearlyCaps}): what is left of the cap, whether an amount fits, and
 * an amount by rate capped by what is left. Exact decimals throughout, never {@code double}, so that
 * 0.10 and 0.20 yuan committed leave exactly 0.70 of a cap of 1.00; only a recommendation is rounded, down
 * to whole yuan, as the programmes' rules say.
 *
 * @param cap       the programme's yearly cap for one enterprise
 * @param committed what the enterprise was already paid or approved in the cap year
 */
public record YearlyCap(BigDecimal cap, BigDecimal committed) {

    /** What is left of the cap, never below zero (the cap may have been lowered after commitments). */
    public BigDecimal left() {
        return cap.subtract(committed).max(BigDecimal.ZERO);
    }

    /** Whether the amount may still be committed: not negative and at most what is left. */
    public boolean fits(BigDecimal amount) {
        return amount.signum() >= 0 && amount.compareTo(left()) <= 0;
    }

    /** The amount by rate capped by what is left, never below zero, in whole yuan rounded down. */
    public BigDecimal recommend(BigDecimal byRate) {
        return byRate.min(left()).max(BigDecimal.ZERO).setScale(0, RoundingMode.FLOOR);
    }
}
