package org.ipflow.application.internal;

import org.ipflow.shared.Money;

/**
 * The arithmetic of a per-enterprise yearly cap, shared by the grant's and the pledge's recommendation and
 * by the reservation under lock ({@link YearlyCaps}): what is left of the cap, whether an amount fits, and
 * an amount by rate capped by what is left. Exact {@link Money} throughout, never {@code double}, so that
 * 0.10 and 0.20 yuan committed leave exactly 0.70 of a cap of 1.00; only a recommendation is rounded, down
 * to whole yuan, as the programmes' rules say.
 *
 * @param cap       the programme's yearly cap for one enterprise
 * @param committed what the enterprise was already paid or approved in the cap year
 */
public record YearlyCap(Money cap, Money committed) {

    /** What is left of the cap, never below zero (the cap may have been lowered after commitments). */
    public Money left() {
        return cap.minus(committed).max(Money.ZERO);
    }

    /** Whether the amount may still be committed: not negative and at most what is left. */
    public boolean fits(Money amount) {
        return !amount.isNegative() && !amount.isGreaterThan(left());
    }

    /**
     * The amount by rate capped by what is left, never below zero, in whole yuan rounded down; an amount by
     * rate rounded down to fen first recommends the same whole yuan.
     */
    public Money recommend(Money byRate) {
        return byRate.min(left()).max(Money.ZERO).roundedDownToYuan();
    }
}
