package org.ipflow.reporting;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import org.ipflow.shared.Money;
import org.ipflow.shared.Table;

/**
 * What the dashboard's script needs to draw a bar chart of a {@link Table}: labels, and one series of
 * numbers per dataset. Serialised into a {@code data-chart} attribute; the page holds no script of its own.
 *
 * @param labels a label per bar, or per group of bars; a list of strings is drawn on several lines
 */
record Chart(boolean stacked, boolean horizontal, List<Object> labels, List<Series> series) {

    record Series(String label, List<Number> data) {
    }

    /** One bar group per distinct label, one series per distinct value of another column (e.g. status). */
    static Chart pivot(Table table, Function<List<Object>, Object> label, int seriesColumn, int valueColumn) {
        List<Object> labels = new ArrayList<>();
        Map<String, Map<Object, Number>> bySeries = new LinkedHashMap<>();
        for (List<Object> row : table.rows()) {
            Object key = label.apply(row);
            if (!labels.contains(key)) {
                labels.add(key);
            }
            bySeries.computeIfAbsent(Table.text(row.get(seriesColumn)), s -> new LinkedHashMap<>())
                    .put(key, number(row.get(valueColumn)));
        }
        List<Series> series = new ArrayList<>();
        bySeries.forEach((name, values) -> series.add(new Series(name,
                labels.stream().map(l -> values.getOrDefault(l, 0)).toList())));
        return new Chart(true, false, labels, series);
    }

    /** One bar group per row, one series per value column, named by its heading. */
    static Chart columns(Table table, Function<List<Object>, Object> label, boolean horizontal, int... valueColumns) {
        List<Series> series = new ArrayList<>();
        for (int column : valueColumns) {
            series.add(new Series(table.columns().get(column).heading(),
                    table.rows().stream().map(row -> number(row.get(column))).toList()));
        }
        return new Chart(false, horizontal, table.rows().stream().map(label).toList(), series);
    }

    private static Number number(Object cell) {
        return cell instanceof Money amount ? amount.yuan() : (Number) cell;
    }
}
