package org.ipflow.forms;

import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.ipflow.forms.FormField.Condition;
import org.ipflow.forms.FormSchemaException.Reason;

/**
 * IPFlow's custom properties {@code requiredIf} and {@code requiredUnless} ({@code "decision=approve"}).
 * The named field is looked up in the same row first, then at the top of the form, so that a row's field
 * can depend on its neighbour and any field can depend on the form's decision.
 */
final class FormConditions {

    private FormConditions() {
    }

    static Condition parse(String text, String property) {
        if (text == null || text.isBlank()) {
            return null;
        }
        int equals = text.indexOf('=');
        if (equals <= 0) {
            throw new FormSchemaException("property '" + property + "' must read field=value, not '" + text + "'",
                    Reason.of("form.schema.conditionSyntax", property, text));
        }
        return new Condition(text.substring(0, equals).strip(), text.substring(equals + 1).strip());
    }

    /** Fails when a condition names a field that is neither in its own level nor at the top of the form. */
    static void check(List<FormField> form) {
        check(form, form);
    }

    private static void check(List<FormField> top, List<FormField> level) {
        for (FormField field : FormSchema.dataFields(level)) {
            for (Condition condition : new Condition[] {field.rules().requiredIf(), field.rules().requiredUnless()}) {
                if (condition != null && !hasKey(level, condition.field()) && !hasKey(top, condition.field())) {
                    throw new FormSchemaException("component '" + field.id() + "': its condition names the unknown field '"
                            + condition.field() + "'", field.id(),
                            Reason.of("form.schema.unknownConditionField", field.id(), condition.field()));
                }
            }
            if (field.type() == FormField.Type.DYNAMICLIST || field.nests()) {
                check(top, field.components());
            }
        }
    }

    private static boolean hasKey(List<FormField> level, String key) {
        return FormSchema.dataFields(level).stream().anyMatch(f -> f.key().equals(key));
    }

    /** Whether the field must be filled, given the data of its own level and of the whole form. */
    static boolean isRequired(FormField field, Map<?, ?> level, Map<String, Object> top) {
        FormField.Rules rules = field.rules();
        if (rules.required()) {
            return true;
        }
        if (rules.requiredIf() == null && rules.requiredUnless() == null) {
            return false;
        }
        // both may be set: "required if the decision is return, unless the amount is zero" reads as an AND
        return (rules.requiredIf() == null || holds(rules.requiredIf(), level, top))
                && (rules.requiredUnless() == null || !holds(rules.requiredUnless(), level, top));
    }

    private static boolean holds(Condition condition, Map<?, ?> level, Map<String, Object> top) {
        Object value = FormValues.contains(level, condition.field()) ? FormValues.at(level, condition.field())
                : FormValues.at(top, condition.field());
        return Objects.equals(condition.value(), value == null ? null : FormValues.text(value));
    }
}
