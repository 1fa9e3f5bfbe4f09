package org.ipflow.forms;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Bounds that hold for every form, whatever its schema leaves open (issue 14: one list of 100,000 rows
 * made a draft's page take minutes to render). A text field or text area without its own
 * {@code validate.maxLength} takes the length here; a dynamic list without IPFlow's
 * {@code properties.maxRows} takes {@code listRows}. A form's own values win, so a programme may allow
 * more where it needs to; the request body limit still bounds what one request can carry.
 *
 * @param textFieldLength characters of a text field (code points, as the validator counts them)
 * @param textAreaLength  characters of a text area
 * @param listRows        rows of a dynamic list
 */
@ConfigurationProperties("ipflow.limits")
public record FormLimits(@DefaultValue("500") int textFieldLength, @DefaultValue("10000") int textAreaLength,
        @DefaultValue("200") int listRows) {

    /** The longest text the field may hold: its own maximum, else the default of its type. */
    Integer maxLength(FormField field) {
        if (field.rules().maxLength() != null) {
            return field.rules().maxLength();
        }
        return switch (field.type()) {
            case TEXTFIELD -> textFieldLength;
            case TEXTAREA -> textAreaLength;
            default -> null;
        };
    }

    /** The most rows the dynamic list may hold: its own {@code maxRows}, else the default. */
    int maxRows(FormField list) {
        return list.rules().maxRows() != null ? list.rules().maxRows() : listRows;
    }
}
