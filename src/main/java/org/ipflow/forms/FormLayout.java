package org.ipflow.forms;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.regex.Pattern;
import org.ipflow.forms.FormField.Type;

/**
 * Where a component stands and how a container is drawn, as form-js-viewer 1.23.0 lays a form out.
 * {@code core/FormLayouter.js} puts the components of a level into rows with min-dash's {@code groupBy}:
 * components of one {@code layout.row} share a row (also when others stand between them), a component
 * without one gets a row of its own, and the rows follow the order of a JavaScript object's keys (ids that
 * are array indexes first, ascending, then the others in the order they first appear).
 * {@code render/components/Util.js}'s {@code gridColumnClasses} gives a component {@code layout.columns}
 * sixteenths of its row on wide screens ({@code cds--col-lg-N}), the rest sharing what is left
 * ({@code cds--col}), and stacks every component on screens under 66rem (form-js.css). The page draws the
 * same with Bootstrap's row and IPFlow's {@code form-col}/{@code form-col-N} classes.
 */
final class FormLayout {

    /** form-js's spacer height when none is written ({@code Spacer.js}). */
    static final int SPACER_HEIGHT = 60;
    /** form-js's {@code RepeatRenderManager._getNonCollapsedItems} default. */
    static final int NON_COLLAPSED_ITEMS = 5;
    private static final Set<String> ALIGNMENTS = Set.of("start", "center", "end");
    private static final Pattern INDEX = Pattern.compile("0|[1-9][0-9]{0,9}");

    private FormLayout() {
    }

    static RenderedForm.Layout of(FormField component, boolean expanded) {
        JsonNode node = component.source();
        JsonNode layout = node.path("layout");
        String row = layout.path("row").isValueNode() ? layout.path("row").asText("") : "";
        JsonNode columns = layout.path("columns");
        // form-js writes the class of any truthy number; form-js.css styles 1 to 16 only
        int width = columns.isIntegralNumber() && columns.asInt() >= 1 && columns.asInt() <= 16 ? columns.asInt() : 0;
        boolean container = component.type() == Type.GROUP || component.type() == Type.DYNAMICLIST;
        String align = node.path("verticalAlignment").asText("start");
        return new RenderedForm.Layout(row.isEmpty() ? null : row, width,
                component.type() == Type.SPACER ? height(node) : 0,
                container && node.path("showOutline").asBoolean(false),
                container && ALIGNMENTS.contains(align) ? align : "start",
                component.type() == Type.DYNAMICLIST ? nonCollapsed(node) : 0, expanded);
    }

    /** The rows of one level, in form-js's order. */
    static List<List<RenderedForm.Field>> rows(List<RenderedForm.Field> fields) {
        Map<Long, List<RenderedForm.Field>> indexed = new TreeMap<>();
        Map<String, List<RenderedForm.Field>> named = new LinkedHashMap<>();
        int unnamed = 0;
        for (RenderedForm.Field field : fields) {
            String row = field.layout().row();
            if (row == null) {
                // FormLayouter gives it a fresh Row_ id: a row of its own
                named.put("\u0000" + unnamed++, new ArrayList<>(List.of(field)));
            } else if (INDEX.matcher(row).matches() && Long.parseLong(row) < 4294967295L) {
                indexed.computeIfAbsent(Long.parseLong(row), r -> new ArrayList<>()).add(field);
            } else {
                named.computeIfAbsent(row, r -> new ArrayList<>()).add(field);
            }
        }
        List<List<RenderedForm.Field>> rows = new ArrayList<>(indexed.values());
        rows.addAll(named.values());
        return rows;
    }

    private static int height(JsonNode spacer) {
        JsonNode height = spacer.path("height");
        // the style's height in pixels; bounded so that a form cannot push the page's buttons away
        return height.isNumber() ? Math.max(0, Math.min(height.asInt(), 2000)) : SPACER_HEIGHT;
    }

    private static int nonCollapsed(JsonNode list) {
        int items = list.path("nonCollapsedItems").asInt(0);
        // form-js: `nonCollapsedItems ? nonCollapsedItems : 5`, and a list collapses when it has more rows
        return items > 0 ? items : NON_COLLAPSED_ITEMS;
    }
}
