package org.ipflow.forms;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.UnaryOperator;
import java.util.regex.Pattern;
import org.springframework.stereotype.Component;
import org.springframework.web.util.HtmlUtils;

/**
 * form-js's templates in texts, evaluated on the server as form-js-viewer 1.23 evaluates them with the
 * feelers library ({@code features/expressionLanguage/FeelersTemplating.js}, feelers'
 * {@code src/interpreter/index.js}): a text is a template when it starts with {@code =} (one FEEL expression)
 * or holds {@code {{ }}}; {@code {{expression}}} inserts {@code string(expression)} (nothing for null; a
 * number as JavaScript writes it, without trailing zeros),
 * {@code {{#if expression}}…{{/if}}} keeps its content when the value is truthy as in JavaScript, and
 * {@code {{#loop expression}}…{{/loop}}} repeats its content for each item of a list (a single value is a
 * list of one, null none), the item's own entries and {@code this}/{@code parent} naming what is inside.
 * A closing tag followed by a line break keeps one line break after the block. An expression that fails
 * shows {@value #FAILED}, as form-js's {@code debug} mode does for labels and texts.
 */
@Component
public class FormTemplates {

    static final String FAILED = " {{⚠}} ";
    private static final Pattern TEMPLATE = Pattern.compile("\\{\\{.*?}}");
    private static final Object FAILURE = new Object();

    private final FeelExpressions feel;

    public FormTemplates(FeelExpressions feel) {
        this.feel = feel;
    }

    /** form-js's {@code FeelersTemplating.isTemplate}. */
    static boolean isTemplate(String value) {
        return value != null && (value.startsWith("=") || TEMPLATE.matcher(value).find());
    }

    /** A label or adornment: the template's first line ({@code useSingleLineTemplateEvaluation}). */
    String line(String value, Map<String, ?> context) {
        String text = text(value, context);
        return text == null ? null : text.split("\n", -1)[0];
    }

    /** A description or a text component's Markdown, evaluated ({@code useTemplateEvaluation}). */
    String text(String value, Map<String, ?> context) {
        return evaluate(value, context, UnaryOperator.identity());
    }

    /** An html component's content: each inserted value escaped, so that data adds text and never markup. */
    String html(String value, Map<String, ?> context) {
        return evaluate(value, context, HtmlUtils::htmlEscape);
    }

    private String evaluate(String value, Map<String, ?> context, UnaryOperator<String> escape) {
        if (!isTemplate(value)) {
            return value;
        }
        Map<String, Object> top = enhance(context == null ? Map.of() : context, null);
        if (value.startsWith("=")) {
            return insert(value.substring(1), top, escape);
        }
        StringBuilder out = new StringBuilder();
        render(parse(value, new int[] {0}, null), top, escape, out);
        return out.toString();
    }

    private sealed interface Node permits Text, Insert, Block {
    }

    private record Text(String text) implements Node {
    }

    private record Insert(String expression) implements Node {
    }

    private record Block(boolean loop, String expression, List<Node> body, boolean newline) implements Node {

        Block {
            body = List.copyOf(body);
        }
    }

    /** The nodes up to the closing tag of {@code block} ({@code if}/{@code loop}), or to the end. */
    private static List<Node> parse(String template, int[] at, String block) {
        List<Node> nodes = new ArrayList<>();
        while (at[0] < template.length()) {
            int open = template.indexOf("{{", at[0]);
            int close = open < 0 ? -1 : template.indexOf("}}", open + 2);
            if (close < 0) {
                nodes.add(new Text(template.substring(at[0])));
                at[0] = template.length();
                break;
            }
            if (open > at[0]) {
                nodes.add(new Text(template.substring(at[0], open)));
            }
            String inner = template.substring(open + 2, close).strip();
            at[0] = close + 2;
            if (inner.startsWith("#if ") || inner.startsWith("#loop ")) {
                boolean loop = inner.startsWith("#loop ");
                List<Node> body = parse(template, at, loop ? "loop" : "if");
                boolean newline = at[0] < template.length() && template.charAt(at[0]) == '\n';
                at[0] += newline ? 1 : 0;
                nodes.add(new Block(loop, inner.substring(inner.indexOf(' ') + 1), body, newline));
            } else if (block != null && inner.equals("/" + block)) {
                return nodes;
            } else if (!inner.isEmpty()) {
                nodes.add(new Insert(inner));
            }
        }
        return nodes;
    }

    private void render(List<Node> nodes, Map<String, Object> context, UnaryOperator<String> escape, StringBuilder out) {
        for (Node node : nodes) {
            if (node instanceof Text text) {
                out.append(text.text());
            } else if (node instanceof Insert insert) {
                out.append(insert(insert.expression(), context, escape));
            } else {
                block((Block) node, context, escape, out);
            }
        }
    }

    private void block(Block block, Map<String, Object> context, UnaryOperator<String> escape, StringBuilder out) {
        Object value = feel.evaluate(block.expression(), context, FAILURE);
        if (value == FAILURE) {
            out.append(FAILED);
            return;
        }
        if (!block.loop() && !truthy(value)) {
            return;
        }
        StringBuilder inner = new StringBuilder();
        if (block.loop()) {
            List<?> items = value == null ? List.of() : value instanceof List<?> list ? list : List.of(value);
            for (Object item : items) {
                render(block.body(), enhance(item, context), escape, inner);
            }
        } else {
            render(block.body(), context, escape, inner);
        }
        out.append(inner);
        if (block.newline() && (inner.isEmpty() || inner.charAt(inner.length() - 1) != '\n')) {
            out.append('\n');
        }
    }

    private String insert(String expression, Map<String, Object> context, UnaryOperator<String> escape) {
        Object value = feel.evaluate(expression, context, FAILURE);
        if (value instanceof BigDecimal number) {
            // a JavaScript number: 2401.00 is written 2401
            value = number.signum() == 0 ? "0" : number.stripTrailingZeros().toPlainString();
        } else if (value != FAILURE && value != null && !(value instanceof String)) {
            value = feel.evaluate("string(" + expression + ")", context, FAILURE);
        }
        if (value == FAILURE) {
            return FAILED;
        }
        return value == null ? "" : escape.apply(value.toString());
    }

    /** JavaScript's truthiness of a FEEL value, which feelers' {@code #if} tests. */
    private static boolean truthy(Object value) {
        if (value instanceof Boolean b) {
            return b;
        }
        if (value instanceof BigDecimal number) {
            return number.signum() != 0;
        }
        return value instanceof String text ? !text.isEmpty() : value != null;
    }

    /** feelers' {@code enhanceContext}: a level's entries with {@code this} and {@code parent}. */
    private static Map<String, Object> enhance(Object level, Map<String, Object> parent) {
        Map<String, Object> context = new HashMap<>();
        context.put("this", level);
        context.put("parent", parent);
        if (level instanceof Map<?, ?> entries) {
            entries.forEach((key, value) -> context.put(String.valueOf(key), value));
        }
        context.put("_this_", level);
        context.put("_parent_", parent);
        return context;
    }
}
