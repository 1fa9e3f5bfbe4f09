package org.ipflow.forms;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.regex.Pattern;
import org.ipflow.forms.FormErrors.Problem;

/**
 * form-js's own checks of a value, as form-js-viewer 1.23 makes them in {@code core/Validator.js}
 * ({@code runNumberValidation}, {@code runPresetValidation}): a pattern is found anywhere in the value
 * ({@code new RegExp(pattern).test(value)}, not anchored); minimum and maximum lengths count the value
 * with its surrounding spaces trimmed ({@code value.trim().length}, UTF-16 units), the value itself is
 * kept as typed; e-mail and phone use form-js's expressions; decimal digits and the increment are
 * checked on the exact decimal ({@code Big.js} there, {@link BigDecimal} here). A bound the form gives
 * as FEEL ({@link FormState.Bounds}, evaluated) takes the place of the static one, as form-js evaluates
 * {@code validate} before it checks. Each check answers the first problem in form-js's order, or null.
 */
final class FormJsRules {

    /** form-js-viewer 1.23 {@code core/Validator.js} {@code EMAIL_PATTERN}. */
    static final Pattern EMAIL = Pattern.compile("^[a-zA-Z0-9.!#$%&'*+/=?^_`{|}~-]+@[a-zA-Z0-9](?:[a-zA-Z0-9-]{0,61}"
            + "[a-zA-Z0-9])?(?:\\.[a-zA-Z0-9](?:[a-zA-Z0-9-]{0,61}[a-zA-Z0-9])?)*$");

    /** form-js-viewer 1.23 {@code core/Validator.js} {@code PHONE_PATTERN}: a country code, a prefix, 4 to 20 digits. */
    static final Pattern PHONE = Pattern.compile("(\\+|00)(297|93|244|1264|358|355|376|971|54|374|1684|1268|61|43|994|257"
            + "|32|229|226|880|359|973|1242|387|590|375|501|1441|591|55|1246|673|975|267|236|1|61|41|56|86|225|237|243|242"
            + "|682|57|269|238|506|53|5999|61|1345|357|420|49|253|1767|45|1809|1829|1849|213|593|20|291|212|34|372|251|358"
            + "|679|500|33|298|691|241|44|995|44|233|350|224|590|220|245|240|30|1473|299|502|594|1671|592|852|504|385|509"
            + "|36|62|44|91|246|353|98|964|354|972|39|1876|44|962|81|76|77|254|996|855|686|1869|82|383|965|856|961|231|218"
            + "|1758|423|94|266|370|352|371|853|590|212|377|373|261|960|52|692|389|223|356|95|382|976|1670|258|222|1664|596"
            + "|230|265|60|262|264|687|227|672|234|505|683|31|47|977|674|64|968|92|507|64|51|63|680|675|48|1787|1939|850|351"
            + "|595|970|689|974|262|40|7|250|966|249|221|65|500|4779|677|232|503|378|252|508|381|211|239|597|421|386|46|268"
            + "|1721|248|963|1649|235|228|66|992|690|993|670|676|1868|216|90|688|886|255|256|380|598|1|998|3906698|379|1784"
            + "|58|1284|1340|84|678|681|685|967|27|260|263)(9[976]\\d|8[987530]\\d|6[987]\\d|5[90]\\d|42\\d|3[875]\\d"
            + "|2[98654321]\\d|9[8543210]|8[6421]|6[6543210]|5[87654321]|4[987654310]|3[9643210]|2[70]|7|1)\\d{4,20}$");

    private static final Pattern TIME = Pattern.compile("([01]\\d|2[0-3]):[0-5]\\d(Z|[+-]([01]\\d|2[0-3]):[0-5]\\d)?");

    private FormJsRules() {
    }

    /** Decimal digits, increment, minimum and maximum, in form-js's order. */
    static Problem number(FormField field, BigDecimal number, FormState.Bounds bounds) {
        FormField.Rules rules = field.rules();
        BigDecimal min = bounds.min() != null ? bounds.min() : rules.min();
        BigDecimal max = bounds.max() != null ? bounds.max() : rules.max();
        BigDecimal increment = FormComponents.increment(field);
        if (rules.decimalDigits() != null && Math.max(0, number.stripTrailingZeros().scale()) > rules.decimalDigits()) {
            return rules.decimalDigits() == 0 ? problem("form.error.integer") : problem("form.error.decimalDigits", rules.decimalDigits());
        }
        if (increment != null) {
            // Big.js's mod keeps the dividend's sign, as BigDecimal's remainder does
            BigDecimal offset = number.remainder(increment);
            if (offset.signum() != 0) {
                BigDecimal previous = number.subtract(offset);
                return problem("form.error.increment", previous.toPlainString(), previous.add(increment).toPlainString());
            }
        }
        if (min != null && number.compareTo(min) < 0) {
            return problem("form.error.min", min.toPlainString());
        }
        if (max != null && number.compareTo(max) > 0) {
            return problem("form.error.max", max.toPlainString());
        }
        return null;
    }

    /** Pattern, lengths, phone and e-mail, in form-js's order. */
    static Problem text(FormField field, String text, FormState.Bounds bounds) {
        FormField.Rules rules = field.rules();
        Integer minLength = bounds.minLength() != null ? bounds.minLength() : rules.minLength();
        Integer maxLength = bounds.maxLength() != null ? bounds.maxLength() : rules.maxLength();
        int trimmed = text.strip().length();
        String validationType = field.source().path("validate").path("validationType").asText("");
        if (rules.pattern() != null && !rules.pattern().matcher(text).find()) {
            return problem("form.error.pattern");
        }
        if (minLength != null && trimmed < minLength) {
            return problem("form.error.minLength", minLength);
        }
        if (maxLength != null && trimmed > maxLength) {
            return problem("form.error.maxLength", maxLength);
        }
        if ("phone".equals(validationType) && !PHONE.matcher(text).find()) {
            return problem("form.error.phone");
        }
        if ("email".equals(validationType) && !EMAIL.matcher(text).find()) {
            return problem("form.error.email");
        }
        return null;
    }

    /**
     * A date-time's value as form-js writes it: {@code 2024-05-31} (date), {@code 14:30} with the
     * offset of its {@code timeSerializingFormat} (time), both joined by {@code T} (datetime). A past
     * date is refused when {@code disallowPassedDates} is set: form-js only hides past days in its picker,
     * the server holds the rule for every client.
     */
    static Problem dateTime(FormField field, String text, LocalDate today) {
        String subtype = FormComponents.subtype(field);
        // a date's value may carry a time after T (a defaultValue such as 2023-04-05T16:06:09.526+0000): form-js's
        // Datetime.js reads it with Date.parse and shows its date; only the date part is the field's
        String date = "time".equals(subtype) ? null : text.indexOf('T') > 0 ? text.substring(0, text.indexOf('T')) : text;
        String time = "date".equals(subtype) ? null : "time".equals(subtype) ? text
                : text.indexOf('T') > 0 ? text.substring(text.indexOf('T') + 1) : "";
        try {
            LocalDate day = date == null ? null : LocalDate.parse(date);
            if (time != null && !TIME.matcher(time).matches()) {
                return problem("form.error.time");
            }
            if (day != null && FormComponents.disallowPassedDates(field) && day.isBefore(today)) {
                return problem("form.error.pastDate");
            }
            return null;
        } catch (DateTimeParseException e) {
            return problem("form.error.date");
        }
    }

    private static Problem problem(String code, Object... args) {
        return new Problem(code, java.util.List.of(args));
    }
}
