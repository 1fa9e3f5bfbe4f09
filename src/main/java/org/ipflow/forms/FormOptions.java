package org.ipflow.forms;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.Collection;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.UnaryOperator;
import org.ipflow.forms.FormField.Localized;
import org.ipflow.forms.FormField.Option;

/**
 * The options of a select, radio, checklist or taglist whose choices come from data, as form-js-viewer
 * 1.23 computes them ({@code render/hooks/useOptionsAsync.js}, {@code render/components/util/optionsUtil.js}):
 * {@code valuesKey} names a list in the form's input data (form-js's {@code initialData}; here the
 * process variables the form is given, never what the user typed); otherwise {@code values} as written;
 * otherwise {@code valuesExpression}, FEEL evaluated with the form's data. Anything but a list gives no
 * options. Entries are normalised as {@code normalizeOptionsData} does: a text, number or boolean (but
 * not an empty text) is value and label; an object gives its {@code value} with its {@code label}, or
 * with the value as label when the label is no text; other entries are dropped. Option values are texts
 * in IPFlow, as those written in {@code values} are, so an object as a value (which form-js allows) is
 * dropped too.
 */
final class FormOptions {

    private FormOptions() {
    }

    private static final Set<FormField.Type> CHOICES = EnumSet.of(FormField.Type.SELECT, FormField.Type.RADIO,
            FormField.Type.CHECKLIST, FormField.Type.TAGLIST);

    /** Whether the component is a choice whose options are computed from data rather than written in the form. */
    static boolean fromData(FormField field) {
        return CHOICES.contains(field.type()) && fromData(field.source());
    }

    static boolean fromData(JsonNode component) {
        return component != null && (component.has("valuesKey") || !component.has("values") && component.has("valuesExpression"));
    }

    /** The options for these input data ({@code initial}) and this expression context. */
    static List<Option> of(JsonNode component, Map<String, ?> initial, Map<String, ?> context, FeelExpressions feel) {
        Object entries = component.has("valuesKey") ? initial.get(component.path("valuesKey").asText())
                : feel.evaluate(component.path("valuesExpression").asText(null), context);
        List<Option> options = new ArrayList<>();
        if (entries instanceof Collection<?> list) {
            for (Object entry : list) {
                Option option = option(entry);
                if (option != null) {
                    options.add(option);
                }
            }
        }
        return options;
    }

    private static Option option(Object entry) {
        if (isPrimitive(entry)) {
            String value = text(entry);
            return new Option(value, new Localized(value, null));
        }
        if (entry instanceof Map<?, ?> map && isPrimitive(map.get("value"))) {
            String value = text(map.get("value"));
            Object label = map.get("label");
            return new Option(value, new Localized(label instanceof String text && !text.isEmpty() ? text : value, null));
        }
        return null;
    }

    /** A value as the form stores a choice: a text as it is, a number in plain decimals. */
    private static String text(Object value) {
        return value instanceof String text ? text : FormValues.text(value);
    }

    /** form-js's {@code _isAllowedPrimitive}: a text, number or boolean that is truthy, or 0, or false. */
    private static boolean isPrimitive(Object value) {
        if (value instanceof String text) {
            return !text.isEmpty();
        }
        return value instanceof Number || value instanceof Boolean;
    }

    /**
     * How an option's label is shown: form-js-viewer 1.23.0 renders a radio's and a checklist's option labels with its
     * {@code Label} component, which evaluates {@code {{ }}} templates and {@code =FEEL} ({@code Radio.js},
     * {@code Checklist.js}, {@code Label.js}: {@code useSingleLineTemplateEvaluation}), and a select's and a taglist's
     * as written ({@code SimpleSelect.js}, {@code SearchableSelect.js}, {@code Taglist.js}: {@code option.label}).
     */
    static UnaryOperator<String> shownLabels(FormField component, FormTemplates templates, Map<String, ?> context) {
        return component.type() == FormField.Type.RADIO || component.type() == FormField.Type.CHECKLIST
                ? label -> templates.line(label, context) : UnaryOperator.identity();
    }
}
