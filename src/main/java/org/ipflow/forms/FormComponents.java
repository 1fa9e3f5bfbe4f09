package org.ipflow.forms;

import com.fasterxml.jackson.databind.JsonNode;
import java.math.BigDecimal;
import java.util.Set;
import org.ipflow.forms.FormField.Type;
import org.ipflow.forms.FormSchemaException.Reason;

/**
 * The settings that only some families of components have, read from the component as written
 * (form-js-viewer 1.23, {@code render/components/form-fields/*.js}): a number's {@code increment} and
 * {@code serializeToString}, a date-time's {@code subtype}, {@code use24h}, {@code disallowPassedDates}
 * and {@code timeSerializingFormat}, a select's {@code searchable}, a list's {@code defaultRepetitions}
 * and {@code allowAddRemove}, and the {@code appearance.prefixAdorner}/{@code suffixAdorner} of text and
 * number fields. {@link #check} refuses settings the server could not honour when the form is read.
 */
final class FormComponents {

    static final Set<String> SUBTYPES = Set.of("date", "time", "datetime");
    static final Set<String> TIME_FORMATS = Set.of("utc_offset", "utc_normalized", "no_timezone");
    /** An expression's {@code computeOn}: both yield the value of the data submitted (ExpressionField.js). */
    static final Set<String> COMPUTE_ON = Set.of("change", "presubmit");

    private FormComponents() {
    }

    static void check(JsonNode node, Type type) {
        if (type == Type.DATETIME) {
            String subtype = node.path("subtype").asText("date");
            if (!SUBTYPES.contains(subtype)) {
                throw new FormSchemaException("datetime subtype '" + subtype + "' is not one of date, time, datetime",
                        Reason.of("form.schema.dateSubtype", subtype));
            }
            String format = node.path("timeSerializingFormat").asText("utc_offset");
            if (!TIME_FORMATS.contains(format)) {
                throw new FormSchemaException("timeSerializingFormat '" + format + "' is not known",
                        Reason.of("form.schema.timeFormat", format));
            }
        }
        if (type == Type.NUMBER && node.has("increment") && !node.path("increment").asText().isEmpty()) {
            BigDecimal increment = decimal(node.path("increment"));
            if (increment == null || increment.signum() <= 0) {
                throw new FormSchemaException("'increment' must be a number above 0", Reason.of("form.schema.increment"));
            }
        }
        if (type == Type.EXPRESSION) {
            if (!FeelExpressions.isExpression(node.path("expression").asText(null))) {
                throw new FormSchemaException("'expression' must be FEEL starting with =", Reason.of("form.schema.expression"));
            }
            String computeOn = node.path("computeOn").asText("change");
            if (!COMPUTE_ON.contains(computeOn)) {
                throw new FormSchemaException("computeOn '" + computeOn + "' is not change or presubmit",
                        Reason.of("form.schema.computeOn", computeOn));
            }
        }
    }

    /** A number's step, form-js's {@code increment} (written as a number or a string); null when not set. */
    static BigDecimal increment(FormField field) {
        return field.type() == Type.NUMBER ? decimal(field.source().path("increment")) : null;
    }

    /** Whether form-js keeps the number as a string in the data (for numbers beyond JavaScript's precision). */
    static boolean serializeToString(FormField field) {
        return field.source().path("serializeToString").asBoolean(false);
    }

    static String subtype(FormField field) {
        return field.source().path("subtype").asText("date");
    }

    static String timeFormat(FormField field) {
        return field.source().path("timeSerializingFormat").asText("utc_offset");
    }

    static boolean use24h(FormField field) {
        return field.source().path("use24h").asBoolean(false);
    }

    static boolean disallowPassedDates(FormField field) {
        return field.source().path("disallowPassedDates").asBoolean(false);
    }

    static boolean searchable(FormField field) {
        return field.source().path("searchable").asBoolean(false);
    }

    /** The rows a fresh list shows: form-js's {@code defaultRepetitions}, 1 when not set. */
    static int defaultRepetitions(FormField list) {
        int repetitions = list.source().path("defaultRepetitions").asInt(1);
        return Math.max(0, Math.min(repetitions, 50));
    }

    /** Whether users may add and remove rows (form-js's {@code allowAddRemove}, on by default). */
    static boolean allowAddRemove(FormField list) {
        return list.source().path("allowAddRemove").asBoolean(true);
    }

    static String prefix(FormField field) {
        return text(field.source().path("appearance").path("prefixAdorner"));
    }

    static String suffix(FormField field) {
        return text(field.source().path("appearance").path("suffixAdorner"));
    }

    private static String text(JsonNode node) {
        return node.isValueNode() && !node.asText().isBlank() ? node.asText() : null;
    }

    private static BigDecimal decimal(JsonNode node) {
        if (node.isNumber()) {
            return node.decimalValue();
        }
        try {
            return node.isTextual() && !node.asText().isBlank() ? new BigDecimal(node.asText().strip()) : null;
        } catch (NumberFormatException e) {
            throw new FormSchemaException("'" + node.asText() + "' is not a number", Reason.of("form.schema.increment"));
        }
    }
}
