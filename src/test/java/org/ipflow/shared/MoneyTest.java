package org.ipflow.shared;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Locale;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class MoneyTest {

    @Test
    void tenAndTwentyFenAddUpToExactlyThirty() {
        assertThat(Money.parse("0.10").plus(Money.parse("0.20"))).isEqualTo(Money.parse("0.30"));
        assertThat(0.10 + 0.20).as("what double would have said").isNotEqualTo(0.30);
    }

    @Test
    void equalAmountsAreEqualWhateverTheirScale() {
        assertThat(Money.of(new BigDecimal("60000"))).isEqualTo(Money.parse("60000.00")).isEqualTo(Money.ofYuan(60000));
        assertThat(Money.ofYuan(60000).yuan().scale()).isEqualTo(2);
    }

    @Test
    void refusesMoreThanTwoDecimalsInsteadOfRounding() {
        assertThatIllegalArgumentException().isThrownBy(() -> Money.of(new BigDecimal("0.001")));
        assertThat(Money.of(new BigDecimal("0.100"))).isEqualTo(Money.parse("0.1"));
    }

    @Test
    void timesARateRoundsAsTheCallerSays() {
        Money fee = Money.parse("123456.78");
        assertThat(fee.times(new BigDecimal("0.3"), RoundingMode.FLOOR)).isEqualTo(Money.parse("37037.03"));
        assertThat(fee.times(new BigDecimal("0.3"), RoundingMode.HALF_UP).roundedDownToYuan()).isEqualTo(Money.ofYuan(37037));
    }

    @Test
    void comparesByAmount() {
        Money less = Money.parse("99.99");
        Money more = Money.ofYuan(100);
        assertThat(more.isGreaterThan(less)).isTrue();
        assertThat(less.min(more)).isSameAs(less);
        assertThat(less.max(more)).isSameAs(more);
        assertThat(less.minus(more).isNegative()).isTrue();
        assertThat(less.minus(less).isZero()).isTrue();
    }

    @Nested
    class Text {

        @Test
        void plainAndFormatted() {
            Money amount = Money.parse("60000.5");
            assertThat(amount.toPlainString()).isEqualTo("60000.50");
            assertThat(amount).hasToString("60000.50");
            assertThat(amount.format(Locale.SIMPLIFIED_CHINESE)).isEqualTo("60,000.50");
            assertThat(Money.parse("1234567.8").format(Locale.ENGLISH)).isEqualTo("1,234,567.80");
        }

        @Test
        void parsesWhatItFormats() {
            assertThat(Money.parse("60,000.50")).isEqualTo(Money.parse("60000.5"));
            assertThat(Money.parse(" -12.3 ")).isEqualTo(Money.of(new BigDecimal("-12.30")));
        }

        @ParameterizedTest
        @ValueSource(strings = {"", "abc", "1e9", "1.234", "6,0000", "0x10", "12,34.5", "NaN"})
        void refusesWhatIsNoAmount(String text) {
            assertThatIllegalArgumentException().isThrownBy(() -> Money.parse(text));
        }
    }

    @Nested
    class InProcessVariables {

        @Test
        void wholeYuanIsStoredAsALongAndFenAsAnExactDecimal() {
            assertThat(Money.ofYuan(60000).toVariable()).isEqualTo(60000L);
            assertThat(Money.parse("60000.50").toVariable()).isEqualTo(new BigDecimal("60000.5"));
            assertThat(Money.parse("0.10").plus(Money.parse("0.20")).toVariable()).isEqualTo(new BigDecimal("0.3"));
        }

        @Test
        void readsEveryShapeAVariableMayHold() {
            Money amount = Money.parse("150000.10");
            assertThat(Money.fromVariable(amount.toVariable())).isEqualTo(amount);
            assertThat(Money.fromVariable(150000.1d)).as("a Double of an older version").isEqualTo(amount);
            assertThat(Money.fromVariable(150000L)).isEqualTo(Money.ofYuan(150000));
            assertThat(Money.fromVariable(150000)).isEqualTo(Money.ofYuan(150000));
            assertThat(Money.fromVariable("150000.10")).isEqualTo(amount);
            assertThat(Money.fromVariable(new BigDecimal("150000.1"))).isEqualTo(amount);
        }

        @Test
        void aDoubleOfAnOlderVersionReadsAsTheAmountThatWasMeant() {
            assertThat(Money.fromVariable(0.1d).plus(Money.fromVariable(0.2d))).isEqualTo(Money.parse("0.30"));
            assertThat(Money.fromVariable(123456789.99d)).isEqualTo(Money.parse("123456789.99"));
        }

        @Test
        void refusesWhatIsNoAmount() {
            assertThatIllegalArgumentException().isThrownBy(() -> Money.fromVariable(null));
            assertThatIllegalArgumentException().isThrownBy(() -> Money.fromVariable("60000 元"));
            assertThatIllegalArgumentException().isThrownBy(() -> Money.fromVariable(Double.NaN));
            assertThatIllegalArgumentException().isThrownBy(() -> Money.fromVariable(0.001d));
        }
    }
}
