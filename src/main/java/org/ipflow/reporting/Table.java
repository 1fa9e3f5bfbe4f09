package org.ipflow.reporting;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

/**
 * One table of the dashboard as the page, the CSV and the Excel export all show it: localised column
 * headings and rows of plain values (text, whole numbers, amounts, hours, dates).
 *
 * @param name the table's name in its export address, e.g. {@code status} for {@code /dashboard/export/status.csv}
 */
record Table(String name, String title, List<Column> columns, List<List<Object>> rows) {

    record Column(String heading, boolean numeric) {
    }

    Table {
        columns = List.copyOf(columns);
        rows = rows.stream().map(row -> java.util.Collections.unmodifiableList(new java.util.ArrayList<>(row))).toList();
    }

    /** A cell as the page and the CSV write it: amounts with their cents, hours with one decimal. */
    static String text(Object cell) {
        if (cell == null) {
            return "";
        }
        if (cell instanceof BigDecimal amount) {
            return amount.setScale(2, java.math.RoundingMode.HALF_UP).toPlainString();
        }
        if (cell instanceof Double hours) {
            return String.format(java.util.Locale.ROOT, "%.1f", hours);
        }
        if (cell instanceof LocalDate date) {
            return date.toString();
        }
        return cell.toString();
    }

    /** For Thymeleaf, which calls instance methods. */
    public String cell(Object cell) {
        return text(cell);
    }
}
