package org.ipflow.forms;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.net.URI;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * Components that show something rather than ask for it: {@code image}, {@code iframe} and {@code table}
 * ({@code documentPreview}: {@link FilePickers}). An image shows an address of this site or a {@code data:image} URI
 * (the pages' content security policy allows no other); an image elsewhere is shown as a link. An
 * iframe, which form-js-viewer 1.23 shows for https addresses only ({@code IFrame.js}), shows nothing
 * when its address is not https; it is framed, sandboxed, only when its host is on the allow-list
 * {@code ipflow.forms.iframe-hosts} and shown as a link otherwise, so a form stays usable when an
 * operator has not allowed the host. As in form-js, a form is not refused for an address: a source or url,
 * also one written as a template or {@code =FEEL}, is evaluated when the page is shown and then checked; an
 * image that is neither of this site, a {@code data:image} nor https, like a frame that is not https, is shown
 * as nothing. A table's rows are the list its {@code dataSource} (FEEL, with or without {@code =}) yields in
 * the context its FEEL is evaluated in; its columns are what its {@code columnsExpression} gives when that is a list of
 * {@code {label, key}} texts, else the static {@code columns} (form-js-viewer 1.23.0's {@code Table.js}:
 * {@code useEvaluatedColumns}, {@code isColumn}), each headed by its label, or its key when the label is empty.
 */
final class FormMedia {

    private static final Pattern DATA_IMAGE = Pattern.compile("data:image/(png|jpeg|gif|webp);base64,[A-Za-z0-9+/=]+");
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Pattern NAME = Pattern.compile("=?\\s*([A-Za-z_][A-Za-z0-9_]*)\\s*");

    private FormMedia() {
    }

    /** The host of an https address, lower case; null when the text is not one. */
    static String host(String url) {
        try {
            URI uri = new URI(url);
            return "https".equalsIgnoreCase(uri.getScheme()) && uri.getHost() != null ? uri.getHost().toLowerCase(Locale.ROOT) : null;
        } catch (java.net.URISyntaxException e) {
            return null;
        }
    }

    /** Whether an image address can be shown inline under the pages' content security policy. */
    static boolean inline(String source) {
        return isLocal(source) || DATA_IMAGE.matcher(source).matches();
    }

    private static boolean isLocal(String source) {
        return source.startsWith("/") && !source.startsWith("//");
    }

    /**
     * The table's column keys and headings: the columns its {@code columnsExpression} yields when it is a list whose
     * every entry has a text {@code label} and a text {@code key}, else the static {@code columns}; a heading is
     * {@code label || key}. As form-js's {@code useExpressionEvaluation}, a value that is no {@code =FEEL} is taken
     * as it is written, so only a list written in place of the expression can be columns too.
     */
    static List<String[]> columns(FormField table, FeelExpressions feel, Map<String, ?> context) {
        JsonNode expression = table.source().path("columnsExpression");
        Object evaluated = expression.isMissingNode() ? null : feel.evaluate(JSON.convertValue(expression, Object.class), context);
        List<String[]> columns = new ArrayList<>();
        if (evaluated instanceof List<?> entries && entries.stream().allMatch(FormMedia::isColumn)) {
            entries.forEach(entry -> {
                Map<?, ?> column = (Map<?, ?>) entry;
                columns.add(column((String) column.get("key"), (String) column.get("label")));
            });
            return columns;
        }
        for (JsonNode column : table.source().path("columns")) {
            columns.add(column(column.path("key").asText(""), column.path("label").asText("")));
        }
        return columns;
    }

    private static boolean isColumn(Object entry) {
        return entry instanceof Map<?, ?> column && column.get("label") instanceof String && column.get("key") instanceof String;
    }

    private static String[] column(String key, String label) {
        return new String[] {key, label.isEmpty() ? key : label};
    }

    /** A row's value under a column as JSON, which the page's sorting compares; null when the row has no such entry. */
    static String raw(Map<?, ?> row, String key) {
        if (!row.containsKey(key)) {
            return null;
        }
        try {
            return JSON.writeValueAsString(row.get(key));
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
            return null;
        }
    }

    /**
     * The rows its {@code dataSource} gives: FEEL evaluated in the context form-js evaluates it in (the form's values
     * over the variables the form is given), written with or without {@code =}, as form-js-viewer 1.23.0's
     * {@code Table.js} prefixes it ({@code dataSource.startsWith('=') ? dataSource : `=${dataSource}`}); the
     * objects of the list it yields, else none.
     */
    static List<Map<?, ?>> rows(FormField table, FeelExpressions feel, Map<String, ?> context) {
        String source = table.source().path("dataSource").asText("").strip();
        if (source.isEmpty() || "=".equals(source)) {
            return List.of();
        }
        // a plain name is read from the context as it is, so that an exact amount keeps its decimals
        var name = NAME.matcher(source);
        Object list = name.matches() ? context.get(name.group(1))
                : feel.evaluate(source.startsWith("=") ? source : "=" + source, context);
        if (!(list instanceof List<?> rows)) {
            return List.of();
        }
        List<Map<?, ?>> found = new ArrayList<>();
        rows.stream().filter(Map.class::isInstance).forEach(row -> found.add((Map<?, ?>) row));
        return found;
    }
}
