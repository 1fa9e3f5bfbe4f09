package org.ipflow.shared;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

/**
 * A list as its page, its CSV and its Excel export all show it: localised column headings and rows of
 * plain values (text, whole numbers, amounts as {@link Money} or {@code BigDecimal}, hours, dates). The dashboard's tables and the exports of the
 * application search, the inbox and "done by me" are all tables.
 *
 * @param name the table's name, e.g. {@code status} for {@code /dashboard/export/status.csv}; also the
 *             name of the Excel sheet
 */
public record Table(String name, String title, List<Column> columns, List<List<Object>> rows) {

    /** A column's heading in the reader's language; numeric columns are aligned right on pages. */
    public record Column(String heading, boolean numeric) {
    }

    public Table {
        columns = List.copyOf(columns);
        rows = rows.stream().map(row -> java.util.Collections.unmodifiableList(new java.util.ArrayList<>(row))).toList();
    }

    /**
     * This table with one more row that holds only {@code note}: an export cut at its bound says so in
     * the file itself, where a reader who never saw the page still finds it.
     */
    public Table withNote(String note) {
        List<List<Object>> all = new java.util.ArrayList<>(rows);
        all.add(List.of(note));
        return new Table(name, title, columns, all);
    }

    /**
     * A cell as the CSV writes it: amounts with their cents and no grouping ({@code 60000.00}, a number any
     * spreadsheet reads whatever its separators), hours with one decimal.
     */
    public static String text(Object cell) {
        if (cell == null) {
            return "";
        }
        if (cell instanceof Money amount) {
            return amount.toPlainString();
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

    /**
     * A cell as the page shows it (Thymeleaf calls instance methods): amounts grouped as pages show money
     * ({@code 60,000.00}, the unit in the column's heading), anything else as {@link #text(Object)}.
     */
    public String cell(Object cell) {
        if (cell instanceof Money amount) {
            return amount.format(java.util.Locale.ROOT);
        }
        if (cell instanceof BigDecimal amount) {
            return Money.of(amount.setScale(2, java.math.RoundingMode.HALF_UP)).format(java.util.Locale.ROOT);
        }
        return text(cell);
    }
}
