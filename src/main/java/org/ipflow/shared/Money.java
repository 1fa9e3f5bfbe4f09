package org.ipflow.shared;

import com.fasterxml.jackson.annotation.JsonValue;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.util.Locale;
import java.util.Objects;
import java.util.regex.Pattern;

/**
 * An amount of money in yuan with exactly two decimals (fen), exact: a {@link BigDecimal} inside, never
 * binary floating point, so that 0.10 + 0.20 yuan is 0.30. Arithmetic that could leave more than two
 * decimals (an amount times a rate) names its rounding. In JSON an amount is a plain number with two
 * decimals; in a process variable it is {@link #toVariable()}.
 *
 * @param yuan the amount, scale 2; an amount with more than two decimals is refused rather than rounded
 */
public record Money(@JsonValue BigDecimal yuan) implements Comparable<Money> {

    public static final Money ZERO = new Money(BigDecimal.ZERO);

    /** Plain decimal notation, optionally grouped by thousands; no exponent (a short text, a huge number). */
    private static final Pattern TEXT = Pattern.compile("[+-]?(\\d{1,3}(,\\d{3})+|\\d{1,15})(\\.\\d{1,2})?");

    public Money {
        Objects.requireNonNull(yuan, "yuan");
        if (yuan.stripTrailingZeros().scale() > 2) {
            throw new IllegalArgumentException("an amount has at most two decimals (fen): " + yuan.toPlainString());
        }
        yuan = yuan.setScale(2);
    }

    public static Money of(BigDecimal yuan) {
        return new Money(yuan);
    }

    /** The amount, or null for none (a column or field left empty). */
    public static Money ofNullable(BigDecimal yuan) {
        return yuan == null ? null : new Money(yuan);
    }

    public static Money ofYuan(long yuan) {
        return new Money(BigDecimal.valueOf(yuan));
    }

    /** Parses {@code 60000}, {@code 60000.5} or {@code 60,000.50}; anything else is refused. */
    public static Money parse(String text) {
        String plain = text == null ? "" : text.strip();
        if (!TEXT.matcher(plain).matches()) {
            throw new IllegalArgumentException("not an amount in yuan: '" + text + "'");
        }
        return new Money(new BigDecimal(plain.replace(",", "")));
    }

    /**
     * The amount a process variable holds, whatever shape it was stored in: see
     * {@link ExactDecimals#fromVariable(Object)}, which also reads the {@code Double}s of older versions.
     */
    public static Money fromVariable(Object value) {
        return new Money(ExactDecimals.fromVariable(value));
    }

    /** The one shape IPFlow stores an amount in: see {@link ExactDecimals#toVariable(BigDecimal)}. */
    public Object toVariable() {
        return ExactDecimals.toVariable(yuan);
    }

    public Money plus(Money other) {
        return new Money(yuan.add(other.yuan));
    }

    public Money minus(Money other) {
        return new Money(yuan.subtract(other.yuan));
    }

    /** This amount times a rate (a share, a subsidy rate), rounded to fen as the caller says. */
    public Money times(BigDecimal rate, RoundingMode rounding) {
        return new Money(yuan.multiply(rate).setScale(2, rounding));
    }

    /** Rounded down to whole yuan, as the programmes' recommendations are. */
    public Money roundedDownToYuan() {
        return new Money(yuan.setScale(0, RoundingMode.FLOOR));
    }

    public Money min(Money other) {
        return compareTo(other) <= 0 ? this : other;
    }

    public Money max(Money other) {
        return compareTo(other) >= 0 ? this : other;
    }

    public boolean isNegative() {
        return yuan.signum() < 0;
    }

    public boolean isZero() {
        return yuan.signum() == 0;
    }

    public boolean isGreaterThan(Money other) {
        return compareTo(other) > 0;
    }

    @Override
    public int compareTo(Money other) {
        return yuan.compareTo(other.yuan);
    }

    /** {@code 60000.00}: CSV, JSON-like text and form inputs. */
    public String toPlainString() {
        return yuan.toPlainString();
    }

    /** {@code 60,000.00}: grouped by thousands with two decimals, in the locale's symbols. */
    public String format(Locale locale) {
        return new DecimalFormat("#,##0.00", DecimalFormatSymbols.getInstance(locale)).format(yuan);
    }

    @Override
    public String toString() {
        return toPlainString();
    }
}
