package org.ipflow.shared;

import java.math.BigDecimal;
import java.util.Locale;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Component;

/**
 * Money and file sizes as pages show them, in the reader's language: {@code 60,000.00 元} or
 * {@code CNY 60,000.00} (always two decimals, grouped by thousands, never {@code 60000.0}), and
 * {@code 812 B}, {@code 0.5 KB}, {@code 12.3 MB} (a small file is not "0 KB"). Templates call the bean as
 * {@code ${@shown.money(x)}}; a missing value is shown as nothing.
 */
@Component("shown")
public class ShownAmounts {

    private static final long KB = 1024;

    private final MessageSource messages;

    public ShownAmounts(MessageSource messages) {
        this.messages = messages;
    }

    /** Takes {@link Money}, {@link BigDecimal} or another number (exactly, by its decimal text). */
    public String money(Object amount) {
        return money(amount, LocaleContextHolder.getLocale());
    }

    /**
     * In the given language: for text written once and read in both (a timeline note), and for a form's
     * money field, whose language the page hands over.
     */
    public String money(Object amount, Locale locale) {
        if (amount == null) {
            return "";
        }
        Money money = amount instanceof Money m ? m
                : Money.of(amount instanceof BigDecimal d ? d : new BigDecimal(amount.toString()));
        return messages.getMessage("money.yuan", new Object[] {money.format(Locale.ROOT)}, locale);
    }

    public String fileSize(long bytes) {
        if (bytes < KB) {
            return bytes + " B";
        }
        if (bytes < KB * KB) {
            return oneDecimal(bytes, KB) + " KB";
        }
        return oneDecimal(bytes, KB * KB) + " MB";
    }

    private static String oneDecimal(long bytes, long unit) {
        return BigDecimal.valueOf(bytes).divide(BigDecimal.valueOf(unit), 1, java.math.RoundingMode.HALF_UP)
                .stripTrailingZeros().toPlainString();
    }
}
