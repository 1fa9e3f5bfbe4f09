package org.ipflow.forms;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.MissingNode;
import java.math.BigDecimal;
import java.time.temporal.TemporalAccessor;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.springframework.stereotype.Component;

/**
 * Evaluates a form's FEEL properties for its current values and the process's variables, as form-js
 * 1.23's viewer does: the context is the variables overlaid with the form's values (a form field's key
 * always names the form's value, empty or not), and inside a
 * dynamic list's row also {@code this} (the row), {@code parent} and {@code i} (the 1-based row numbers),
 * as its {@code buildExpressionContext} builds it. A component hidden by {@code conditional.hide} hides
 * everything inside it ({@code ConditionChecker.applyConditions}, the {@code startHidden} argument).
 * Each component's expressions are read from the component itself ({@link FormField#source}), so a
 * component whose id {@link FormIds} generated has its conditions applied too. An {@code expression}
 * component that is shown gets its value computed (form-js-viewer 1.23 {@code ExpressionField.js}: with
 * {@code computeOn} {@code change} or {@code presubmit}, the value submitted is the expression's for the
 * data submitted); at the form's level later components read it, in the order they are written. The
 * options of a choice from data are computed for its place ({@link FormOptions}): {@code valuesKey} reads the
 * variables, {@code valuesExpression} the same context as every other expression.
 */
@Component
public class FormStates {

    private final FeelExpressions feel;
    private final FormLimits limits;

    public FormStates(FeelExpressions feel, FormLimits limits) {
        this.feel = feel;
        this.limits = limits;
    }

    /** The FEEL engine the form's expressions are evaluated with. */
    FeelExpressions feel() {
        return feel;
    }

    public FormState evaluate(FormSchema schema, Map<String, ?> data, Map<String, ?> variables) {
        Map<String, Object> top = top(schema, data, variables);
        Walk walk = new Walk(top, variables == null ? Map.of() : variables, new HashSet<>(), new HashSet<>(),
                new HashMap<>(), new LinkedHashMap<>(), new HashMap<>());
        level(schema.components(), new Scope(top, null, List.of(), top), "", false, walk);
        return new FormState(walk.hidden(), walk.locked(), walk.bounds(), live(schema.components()),
                walk.computed(), walk.options());
    }

    /** What the form's expressions and templates read: the variables, and over them the form's values. */
    static Map<String, Object> top(FormSchema schema, Map<String, ?> data, Map<String, ?> variables) {
        Map<String, Object> top = new HashMap<>(variables == null ? Map.of() : variables);
        // a field the user left empty is empty, whatever an earlier step stored under its key
        schema.dataFields().forEach(field -> top.put(field.root(), data == null ? null : data.get(field.root())));
        return top;
    }

    private record Walk(Map<String, Object> top, Map<String, ?> initial, Set<String> hidden, Set<String> locked,
            Map<String, FormState.Bounds> bounds, Map<String, Object> computed,
            Map<String, List<FormField.Option>> options) {
    }

    /**
     * A level's data ({@code this}), the context of the level above ({@code parent}), the row numbers leading to it
     * and the values its keys name: the data, or inside a group with a path the values nested under it.
     */
    private record Scope(Map<?, ?> data, Map<String, ?> parent, List<Integer> rows, Map<?, ?> values) {
    }

    private void level(List<FormField> components, Scope scope, String prefix, boolean hiddenAbove, Walk walk) {
        for (FormField component : components) {
            String path = prefix + (component.type().holdsData() ? component.key() : component.id());
            JsonNode node = component.source() == null ? MissingNode.getInstance() : component.source();
            Map<String, Object> context = context(walk.top(), scope);
            boolean hidden = hiddenAbove || feel.holds(node.path("conditional").path("hide").asText(null), context);
            if (hidden) {
                walk.hidden().add(path);
            } else if (component.type() == FormField.Type.EXPRESSION) {
                Object value = storable(feel.evaluate(node.path("expression").asText(null), context));
                walk.computed().put(path, value);
                if (scope.parent() == null && prefix.isEmpty()) {
                    // later components of the form read it, as form-js's data holds it once computed
                    FormValues.put(walk.top(), component.key(), value);
                }
            }
            if (FormOptions.fromData(component)) {
                walk.options().put(path, FormOptions.of(node, walk.initial(), context, feel));
            }
            if (feel.holds(node.path("readonly").asText(null), context) || feel.holds(node.path("disabled").asText(null), context)) {
                walk.locked().add(path);
            }
            JsonNode validate = node.path("validate");
            FormState.Bounds bounds = new FormState.Bounds(feel.number(expression(validate, "min"), context),
                    feel.number(expression(validate, "max"), context), whole(expression(validate, "minLength"), context),
                    whole(expression(validate, "maxLength"), context));
            if (!bounds.equals(FormState.Bounds.NONE)) {
                walk.bounds().put(path, bounds);
            }
            if (component.type() == FormField.Type.GROUP) {
                // a group's path nests its fields' paths, not their FEEL: form-js's Group.js gives no context of its own
                level(component.components(), component.nests() ? new Scope(scope.data(), scope.parent(), scope.rows(),
                        FormValues.under(scope.values(), component.key())) : scope,
                        component.nests() ? prefix + component.key() + "." : prefix, hidden, walk);
            } else if (component.type() == FormField.Type.DYNAMICLIST && FormValues.at(scope.values(), component.key()) instanceof List<?> rows) {
                // rows past the list's bound are refused whole by the validator: no FEEL is spent on them
                for (int i = 0; i < Math.min(rows.size(), limits.maxRows(component)); i++) {
                    if (rows.get(i) instanceof Map<?, ?> row) {
                        List<Integer> numbers = new ArrayList<>(scope.rows());
                        numbers.add(i + 1);
                        level(component.components(), new Scope(row, context, numbers, row), path + "[" + i + "].", hidden, walk);
                    }
                }
            }
        }
    }

    private static Map<String, Object> context(Map<String, Object> top, Scope scope) {
        return scope.parent() == null ? rootContext(top) : rowContext(top, scope.data(), scope.parent(), scope.rows());
    }

    /**
     * The form's own level as form-js-viewer 1.23 builds it ({@code util/expressions.js}, buildExpressionContext):
     * the data, with {@code this} the data itself, no {@code parent} and no row numbers.
     */
    static Map<String, Object> rootContext(Map<String, ?> top) {
        return wrap(top, top, null, List.of());
    }

    /**
     * The context inside a dynamic list's row: the form's data with {@code this} (the row), {@code parent} (the
     * whole context of the level around the list, with its own {@code this} and {@code parent}) and {@code i}.
     */
    static Map<String, Object> rowContext(Map<String, ?> top, Map<?, ?> row, Map<String, ?> parent, List<Integer> rows) {
        return wrap(top, row, parent, rows);
    }

    /** form-js's wrapExpressionContext: the special keys, the data over them, and the keys again as {@code _key_}. */
    private static Map<String, Object> wrap(Map<String, ?> top, Object self, Map<String, ?> parent, List<Integer> rows) {
        Map<String, Object> context = new HashMap<>();
        context.put("this", self);
        context.put("parent", parent);
        context.put("i", rows);
        context.putAll(top);
        context.put("_this_", self);
        context.put("_parent_", parent);
        context.put("_i_", rows);
        return context;
    }

    /** A computed value as application data holds values: dates and times as the ISO text form-js stores. */
    private static Object storable(Object value) {
        if (value instanceof TemporalAccessor) {
            return value.toString();
        }
        if (value instanceof Map<?, ?> map) {
            Map<String, Object> copy = new LinkedHashMap<>();
            map.forEach((k, v) -> copy.put(String.valueOf(k), storable(v)));
            return copy;
        }
        if (value instanceof List<?> list) {
            return list.stream().map(FormStates::storable).collect(java.util.stream.Collectors.toCollection(ArrayList::new));
        }
        return value;
    }

    private static String expression(JsonNode validate, String name) {
        String value = validate.path(name).asText(null);
        return FeelExpressions.isExpression(value) ? value : null;
    }

    private Integer whole(String expression, Map<String, ?> context) {
        BigDecimal value = feel.number(expression, context);
        return value == null ? null : value.intValue();
    }

    /**
     * Whether what the form shows can change while the user types: any component with FEEL or a template
     * in any of its texts ({@code conditional.hide}, {@code readonly}, bounds, {@code valuesExpression},
     * an expression, a templated label or text). A literal text that merely starts with {@code =} costs
     * only a needless question to the server.
     */
    private static boolean live(List<FormField> components) {
        return components.stream().anyMatch(component -> component.source() != null && live(component.source()));
    }

    private static boolean live(JsonNode node) {
        if (node.isTextual()) {
            return FormTemplates.isTemplate(node.asText());
        }
        for (JsonNode child : node) {
            if (live(child)) {
                return true;
            }
        }
        return false;
    }
}
