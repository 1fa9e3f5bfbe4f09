package org.ipflow.forms;

import com.fasterxml.jackson.databind.JsonNode;
import java.math.BigDecimal;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.regex.PatternSyntaxException;
import org.ipflow.forms.FormField.Rules;
import org.ipflow.forms.FormField.Type;
import org.ipflow.forms.FormSchemaException.Reason;

/**
 * Reads a component's {@code validate} block and IPFlow's conditions. A bound or flag given as FEEL
 * ({@code "=recommendedAmount"}) is left unset here and evaluated with the form's values by {@link FormStates}.
 */
final class FormRulesReader {

    private static final Pattern MAX_ROWS = Pattern.compile("[1-9]\\d{0,3}");

    private FormRulesReader() {
    }

    static Rules rules(JsonNode node, Type type) {
        JsonNode validate = node.path("validate");
        JsonNode properties = node.path("properties");
        Pattern pattern = pattern(validate.path("pattern").asText(null));
        String validationType = validate.path("validationType").asText("");
        // email and phone are checked with form-js's own expressions (FormJsRules)
        if (!validationType.isEmpty() && !Set.of("custom", "email", "phone").contains(validationType)) {
            throw new FormSchemaException("validationType '" + validationType + "' is not supported",
                    Reason.of("form.schema.validationType", validationType));
        }
        Integer decimalDigits = type == Type.NUMBER ? integer(node, "decimalDigits") : null;
        return new Rules(flag(validate, "required"), number(validate, "min"), number(validate, "max"),
                integer(validate, "minLength"), integer(validate, "maxLength"), pattern, decimalDigits,
                FormConditions.parse(properties.path("requiredIf").asText(null), "requiredIf"),
                FormConditions.parse(properties.path("requiredUnless").asText(null), "requiredUnless"),
                TextChecks.require(properties.path("validator").asText(null)), maxRows(properties, type));
    }

    /** IPFlow's {@code properties.maxRows} of a dynamic list: form-js writes custom properties as strings. */
    private static Integer maxRows(JsonNode properties, Type type) {
        JsonNode value = properties.path("maxRows");
        if (value.isMissingNode() || value.isNull()) {
            return null;
        }
        if (type != Type.DYNAMICLIST) {
            throw new FormSchemaException("'maxRows' applies to dynamic lists only", Reason.of("form.schema.maxRowsNotList"));
        }
        String text = value.asText().strip();
        if (!MAX_ROWS.matcher(text).matches()) {
            throw new FormSchemaException("'maxRows' must be a whole number from 1 to 9999, not '" + text + "'",
                    Reason.of("form.schema.maxRows", text));
        }
        return Integer.valueOf(text);
    }

    static boolean flag(JsonNode node, String name) {
        JsonNode value = node.path(name);
        if (value.isTextual() && FeelExpressions.isExpression(value.asText()) && !"required".equals(name)) {
            return false; // form-js evaluates readonly (and IPFlow disabled) as FEEL; required it does not
        }
        if (!value.isMissingNode() && !value.isNull() && !value.isBoolean()) {
            throw new FormSchemaException("'" + name + "' must be true or false (expressions are not supported)",
                    Reason.of("form.schema.notBoolean", name));
        }
        return value.asBoolean(false);
    }

    private static BigDecimal number(JsonNode node, String name) {
        JsonNode value = node.path(name);
        if (value.isMissingNode() || value.isNull() || value.isTextual() && value.asText().isEmpty()
                || value.isTextual() && FeelExpressions.isExpression(value.asText())) {
            return null;
        }
        if (value.isNumber()) {
            return value.decimalValue();
        }
        throw new FormSchemaException("'" + name + "' must be a number (expressions are not supported)",
                Reason.of("form.schema.notNumber", name));
    }

    private static Integer integer(JsonNode node, String name) {
        BigDecimal value = number(node, name);
        if (value != null && (value.signum() < 0 || value.stripTrailingZeros().scale() > 0)) {
            throw new FormSchemaException("'" + name + "' must be a whole number ≥ 0", Reason.of("form.schema.notWholeNumber", name));
        }
        return value == null ? null : value.intValue();
    }

    private static Pattern pattern(String regex) {
        try {
            return regex == null || regex.isEmpty() ? null : Pattern.compile(regex);
        } catch (PatternSyntaxException e) {
            throw new FormSchemaException("pattern is not a valid regular expression: " + e.getDescription(),
                    Reason.of("form.schema.badPattern", e.getDescription()), e);
        }
    }
}
