package org.ipflow.forms;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * What a form's FEEL makes of its components for one set of values ({@link FormStates}), by the path of
 * each component as errors name it ({@code key}, {@code list[0].child}; a component without a key by its
 * id): the components hidden by {@code conditional.hide} (with everything inside them), those made
 * readonly or disabled by an expression ({@code locked}) and the validation bounds given as expressions.
 * {@code live} tells whether what is shown can change while the user types at all (any FEEL or template
 * in the form), that is whether a page asks for the state as the user types. {@code computed} holds the values of the shown
 * {@code expression} components, which are stored under their keys whatever a client sent; {@code options}
 * the options of the choices computed from data ({@code valuesKey}, {@code valuesExpression}, {@link FormOptions}).
 */
public record FormState(Set<String> hidden, Set<String> locked, Map<String, Bounds> bounds, boolean live,
        Map<String, Object> computed, Map<String, List<FormField.Option>> options) {

    /** A form without expressions. */
    public static final FormState NONE = new FormState(Set.of(), Set.of(), Map.of(), false, Map.of(), Map.of());

    public FormState {
        hidden = Set.copyOf(hidden);
        locked = Set.copyOf(locked);
        bounds = Map.copyOf(bounds);
        // an expression may yield null, which Map.copyOf refuses
        computed = Collections.unmodifiableMap(new LinkedHashMap<>(computed));
        options = Map.copyOf(options);
    }

    /** The options of the field at this path: computed from data, or as the form writes them. */
    public List<FormField.Option> options(String path, FormField field) {
        return FormOptions.fromData(field) ? options.getOrDefault(path, List.of()) : field.options();
    }

    /** Validation bounds given as FEEL and evaluated; null where the bound is literal or not set. */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record Bounds(BigDecimal min, BigDecimal max, Integer minLength, Integer maxLength) {

        static final Bounds NONE = new Bounds(null, null, null, null);
    }

    public boolean isHidden(String path) {
        return hidden.contains(path);
    }

    /** Hidden, or readonly or disabled by an expression: no value of the user's is checked or kept. */
    public boolean isSkipped(String path) {
        return hidden.contains(path) || locked.contains(path);
    }

    public Bounds bounds(String path) {
        return bounds.getOrDefault(path, Bounds.NONE);
    }

    /**
     * The data without the values of skipped fields, as form-js submits it without hidden fields, and with
     * the computed values of expressions.
     */
    Map<String, Object> strip(Map<String, Object> data) {
        return hidden.isEmpty() && locked.isEmpty() && computed.isEmpty() ? data : strip(data, "");
    }

    private Map<String, Object> strip(Map<?, ?> level, String prefix) {
        Map<String, Object> kept = new LinkedHashMap<>();
        level.forEach((key, value) -> {
            String path = prefix + key;
            if (isSkipped(path)) {
                return;
            }
            if (value instanceof List<?> rows && rows.stream().allMatch(Map.class::isInstance)) {
                List<Object> keptRows = new ArrayList<>();
                for (int i = 0; i < rows.size(); i++) {
                    keptRows.add(strip((Map<?, ?>) rows.get(i), path + "[" + i + "]."));
                }
                kept.put(String.valueOf(key), keptRows);
            } else if (value instanceof Map<?, ?> group) {
                // a group's path: its fields are stripped by their nested paths; form-js submits only what its shown
                // fields set (Form.js _getSubmitData), so a path whose every field is hidden leaves no empty object
                Map<String, Object> inner = strip(group, path + ".");
                if (!inner.isEmpty() || group.isEmpty()) {
                    kept.put(String.valueOf(key), inner);
                }
            } else {
                kept.put(String.valueOf(key), value);
            }
        });
        computed.forEach((path, value) -> {
            String rest = path.startsWith(prefix) ? path.substring(prefix.length()) : "";
            // a dotted key nests its value here even where nothing else of the form put an object on its way
            if (!rest.isEmpty() && rest.indexOf('[') < 0) {
                if (value != null) {
                    FormValues.put(kept, rest, value);
                } else if (rest.indexOf('.') < 0) {
                    kept.remove(rest);
                }
            }
        });
        return kept;
    }
}
