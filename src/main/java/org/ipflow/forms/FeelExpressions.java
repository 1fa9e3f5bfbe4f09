package org.ipflow.forms;

import java.math.BigDecimal;
import java.time.temporal.TemporalAccessor;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.camunda.feel.api.EvaluationResult;
import org.camunda.feel.api.FeelEngineApi;
import org.camunda.feel.api.FeelEngineBuilder;
import org.springframework.stereotype.Component;

/**
 * FEEL as form-js evaluates it, on the server, with the FEEL engine Camunda 7 ships (feel-scala). A
 * property is an expression when it is a string starting with {@code =} (form-js 1.23,
 * {@code FeelExpressionLanguage.isExpression}); an expression that fails yields null, as in form-js.
 * The engine has no time limit, so the context is bounded instead: plain values only (text, numbers,
 * booleans, dates, lists and maps of them, {@link #MAX_DEPTH} deep), never an object whose methods
 * the engine could call, and external (Java) functions stay disabled. Expressions come from deployed
 * forms and are at most {@link #MAX_LENGTH} characters long.
 */
@Component
public class FeelExpressions {

    static final int MAX_LENGTH = 2000;
    static final int MAX_DEPTH = 4;

    private final FeelEngineApi engine = FeelEngineBuilder.forJava().withEnabledExternalFunctions(false).build();

    /** Whether form-js would read this property as a FEEL expression. */
    public static boolean isExpression(Object value) {
        return value instanceof String text && text.startsWith("=");
    }

    /** The value of {@code =expression}; a value that is no expression is returned as it is. */
    public Object evaluate(Object property, Map<String, ?> context) {
        if (!isExpression(property)) {
            return property;
        }
        return evaluate(((String) property).substring(1), context, null);
    }

    /** The value of a FEEL expression (written without {@code =}), or {@code failed} when it cannot be evaluated. */
    Object evaluate(String expression, Map<String, ?> context, Object failed) {
        if (expression.length() > MAX_LENGTH) {
            return failed;
        }
        EvaluationResult result = engine.evaluateExpression(expression, safe(context));
        return result.isSuccess() ? plain(result.result()) : failed;
    }

    /**
     * A condition such as {@code conditional.hide}: true only when the expression yields true, as form-js's
     * {@code ConditionChecker._checkHideCondition} reads it ({@code result === true}).
     */
    public boolean holds(String property, Map<String, ?> context) {
        return isExpression(property) && Boolean.TRUE.equals(evaluate(property, context));
    }

    /** A number for a validation bound; null when the expression yields none. */
    public BigDecimal number(Object property, Map<String, ?> context) {
        Object value = evaluate(property, context);
        if (value instanceof BigDecimal number) {
            return number;
        }
        return value instanceof Number number ? new BigDecimal(number.toString()) : null;
    }

    private static Object plain(Object value) {
        if ((value instanceof Double || value instanceof Float) && !Double.isFinite(((Number) value).doubleValue())) {
            return null; // NaN and infinities are no FEEL number
        }
        if (value instanceof Number number && !(value instanceof BigDecimal)) {
            return new BigDecimal(number.toString());
        }
        return value;
    }

    /** The context reduced to plain values, so that no expression can reach a Java object's methods. */
    static Map<String, Object> safe(Map<String, ?> context) {
        Map<String, Object> safe = new LinkedHashMap<>();
        if (context != null) {
            context.forEach((name, value) -> {
                Object plain = safeValue(value, 0);
                if (plain != null || value == null) {
                    safe.put(name, plain);
                }
            });
        }
        return safe;
    }

    private static Object safeValue(Object value, int depth) {
        if (value == null || value instanceof String || value instanceof Boolean || value instanceof TemporalAccessor) {
            return value;
        }
        if (value instanceof Number number) {
            return plain(number);
        }
        if (depth >= MAX_DEPTH) {
            return null;
        }
        if (value instanceof Map<?, ?> map) {
            Map<String, Object> copy = new LinkedHashMap<>();
            map.forEach((k, v) -> copy.put(String.valueOf(k), safeValue(v, depth + 1)));
            return copy;
        }
        if (value instanceof Iterable<?> items) {
            List<Object> copy = new ArrayList<>();
            items.forEach(item -> copy.add(safeValue(item, depth + 1)));
            return copy;
        }
        return null;
    }
}
