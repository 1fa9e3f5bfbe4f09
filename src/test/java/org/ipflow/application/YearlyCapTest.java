package org.ipflow.application;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import org.ipflow.application.internal.YearlyCap;
import java.math.RoundingMode;
import org.ipflow.shared.Money;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

class YearlyCapTest {

    private static Money yuan(String amount) {
        return Money.parse(amount);
    }

    @Test
    void centsCommittedAcrossTheCapAddUpExactly() {
        Money committed = yuan("0.10").plus(yuan("0.20"));
        YearlyCap cap = new YearlyCap(yuan("1.00"), committed);

        assertThat(committed.toPlainString()).isEqualTo("0.30");
        assertThat(cap.left().toPlainString()).isEqualTo("0.70");
        assertThat(0.10 + 0.20).as("what double would have said").isNotEqualTo(0.30);
    }

    @Test
    void amountsThatSumToTheCapUseItUpExactly() {
        YearlyCap first = new YearlyCap(yuan("0.30"), yuan("0.10"));
        assertThat(first.fits(yuan("0.20"))).isTrue();

        YearlyCap after = new YearlyCap(yuan("0.30"), yuan("0.10").plus(yuan("0.20")));
        assertThat(after.left().isZero()).isTrue();
        assertThat(after.fits(yuan("0.01"))).isFalse();
        assertThat(after.fits(Money.ZERO)).isTrue();
    }

    @Test
    void amountsReadFromTheDoublesOfOlderVersionsAddUpExactly() {
        Money committed = Money.fromVariable(0.10d).plus(Money.fromVariable(0.20d));
        assertThat(new YearlyCap(Money.fromVariable(1.0d), committed).left()).isEqualTo(yuan("0.70"));
    }

    @Nested
    class Left {

        @Test
        void isTheCapLessWhatWasCommitted() {
            assertThat(new YearlyCap(yuan("500000"), yuan("120000.50")).left()).isEqualTo(yuan("379999.50"));
        }

        @Test
        void isNeverBelowZeroWhenTheCapWasLowered() {
            assertThat(new YearlyCap(yuan("100"), yuan("150")).left()).isEqualTo(Money.ZERO);
        }
    }

    @Nested
    class Fits {

        @Test
        void refusesANegativeAmount() {
            assertThat(new YearlyCap(yuan("100"), Money.ZERO).fits(yuan("-0.01"))).isFalse();
        }

        @Test
        void acceptsExactlyWhatIsLeft() {
            assertThat(new YearlyCap(yuan("100"), yuan("99.99")).fits(yuan("0.01"))).isTrue();
        }
    }

    @Nested
    class Recommend {

        @Test
        void takesTheAmountByRateWhenItFits() {
            Money byRate = yuan("123456.78").times(new BigDecimal("0.3"), RoundingMode.FLOOR);

            assertThat(new YearlyCap(yuan("500000"), Money.ZERO).recommend(byRate).toPlainString()).isEqualTo("37037.00");
        }

        @Test
        void isCappedByWhatIsLeftAndRoundedDownToWholeYuan() {
            assertThat(new YearlyCap(yuan("1000.99"), yuan("0.50")).recommend(yuan("5000")).toPlainString())
                    .isEqualTo("1000.00");
        }

        @Test
        void isZeroWhenTheCapIsUsedUp() {
            assertThat(new YearlyCap(yuan("100"), yuan("100")).recommend(yuan("50")).toPlainString()).isEqualTo("0.00");
        }
    }
}
