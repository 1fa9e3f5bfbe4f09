package org.ipflow.shared;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.util.regex.Pattern;

/**
 * How IPFlow keeps a decimal number (an amount, a share, a form's number field) in a process variable,
 * so that no binary floating point is ever stored, compared or summed, and the models administrators
 * write still compare it as a number:
 * <ul>
 * <li>a whole number is a {@code Long} (60000 yuan: what decision tables and gateways such as
 * {@code ${requestedAmount > 50000}} have always compared);</li>
 * <li>any other number is an exact decimal: the engine variable type {@code decimal} that IPFlow
 * registers ({@link ExactDecimalsPlugin}) stores its plain text ({@code 60000.5}) and hands expressions a
 * {@code BigDecimal}, which JUEL compares and adds exactly (a {@code BigDecimal} operand makes JUEL
 * compute in {@code BigDecimal}) and FEEL reads as a number.</li>
 * </ul>
 * A {@code String} would not do: JUEL cannot compare {@code "60000.5"} with a {@code Long} (it fails) and
 * compares two strings by their letters, and a FEEL test {@code > 500000} on a string silently does not
 * match. A {@code Long} of fen would make every threshold in a model a hundred times too small.
 * <p>
 * Reading accepts every shape a variable may hold: this shape, the {@code Double}s that versions before
 * it stored and that a decision table's {@code double} output still produces (read through
 * {@link BigDecimal#valueOf(double)}, the shortest decimal that is the same double, so 0.1 reads as 0.1),
 * other integers, and a plain decimal string.
 */
public final class ExactDecimals {

    private static final Pattern PLAIN = Pattern.compile("[+-]?\\d{1,20}(\\.\\d{1,20})?");

    private ExactDecimals() {
    }

    /** A {@code Long} when the number is whole, else the exact decimal itself. */
    public static Object toVariable(BigDecimal number) {
        BigDecimal stripped = number.stripTrailingZeros();
        if (stripped.scale() <= 0 && stripped.toBigInteger().bitLength() < Long.SIZE) {
            return stripped.longValueExact();
        }
        return stripped.scale() < 0 ? stripped.setScale(0) : stripped;
    }

    /** The exact number a variable holds; the compatibility read of the {@code Double}s of older versions. */
    public static BigDecimal fromVariable(Object value) {
        if (value instanceof BigDecimal decimal) {
            return decimal;
        }
        if (value instanceof Long || value instanceof Integer || value instanceof Short || value instanceof Byte) {
            return BigDecimal.valueOf(((Number) value).longValue());
        }
        if (value instanceof BigInteger integer) {
            return new BigDecimal(integer);
        }
        if (value instanceof Double || value instanceof Float) {
            double number = ((Number) value).doubleValue();
            if (Double.isNaN(number) || Double.isInfinite(number)) {
                throw new IllegalArgumentException("not a number: " + value);
            }
            // Float through its own shortest text: widening it to double first would add digits (0.1f).
            return value instanceof Float ? new BigDecimal(value.toString()) : BigDecimal.valueOf(number);
        }
        if (value instanceof String text && PLAIN.matcher(text.strip()).matches()) {
            return new BigDecimal(text.strip());
        }
        throw new IllegalArgumentException("not a number: " + (value == null ? "nothing" : value.getClass().getSimpleName()
                + (value instanceof String ? " '" + value + "'" : "")));
    }
}
