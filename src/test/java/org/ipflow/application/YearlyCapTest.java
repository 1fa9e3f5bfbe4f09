package org.ipflow.application;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import org.ipflow.application.internal.YearlyCap;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

class YearlyCapTest {

    private static BigDecimal yuan(String amount) {
        return new BigDecimal(amount);
    }

    @Test
    void centsCommittedAcrossTheCapAddUpExactly() {
        BigDecimal committed = yuan("0.10").add(yuan("0.20"));
        YearlyCap cap = new YearlyCap(yuan("1.00"), committed);

        assertThat(committed.toPlainString()).isEqualTo("0.30");
        assertThat(cap.left().toPlainString()).isEqualTo("0.70");
        assertThat(0.10 + 0.20).as("what double would have said").isNotEqualTo(0.30);
    }

    @Test
    void amountsThatSumToTheCapUseItUpExactly() {
        YearlyCap first = new YearlyCap(yuan("0.30"), yuan("0.10"));
        assertThat(first.fits(yuan("0.20"))).isTrue();

        YearlyCap after = new YearlyCap(yuan("0.30"), yuan("0.10").add(yuan("0.20")));
        assertThat(after.left().signum()).isZero();
        assertThat(after.fits(yuan("0.01"))).isFalse();
        assertThat(after.fits(BigDecimal.ZERO)).isTrue();
    }

    @Nested
    class Left {

        @Test
        void isTheCapLessWhatWasCommitted() {
            assertThat(new YearlyCap(yuan("500000"), yuan("120000.50")).left()).isEqualByComparingTo("379999.50");
        }

        @Test
        void isNeverBelowZeroWhenTheCapWasLowered() {
            assertThat(new YearlyCap(yuan("100"), yuan("150")).left()).isEqualByComparingTo("0");
        }
    }

    @Nested
    class Fits {

        @Test
        void refusesANegativeAmount() {
            assertThat(new YearlyCap(yuan("100"), BigDecimal.ZERO).fits(yuan("-0.01"))).isFalse();
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
            BigDecimal byRate = yuan("123456.78").multiply(yuan("0.3"));

            assertThat(new YearlyCap(yuan("500000"), BigDecimal.ZERO).recommend(byRate).toPlainString())
                    .isEqualTo("37037");
        }

        @Test
        void isCappedByWhatIsLeftAndRoundedDownToWholeYuan() {
            assertThat(new YearlyCap(yuan("1000.99"), yuan("0.50")).recommend(yuan("5000")).toPlainString())
                    .isEqualTo("1000");
        }

        @Test
        void isZeroWhenTheCapIsUsedUp() {
            assertThat(new YearlyCap(yuan("100"), yuan("100")).recommend(yuan("50")).toPlainString()).isEqualTo("0");
        }
    }
}
