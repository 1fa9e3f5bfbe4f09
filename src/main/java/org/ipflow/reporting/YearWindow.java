package org.ipflow.reporting;

import java.sql.Date;
import java.sql.Timestamp;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.ipflow.shared.OfficeTime;

/**
 * Calendar years from {@code from} to {@code to}, both included, as the bounds every query of this module
 * filters on (start included, end excluded). A year is the office's (Beijing time): its bounds are the
 * instants at which it starts and ends there, handed to the driver as instants, so that they compare
 * right with the timestamps IPFlow and the engine store whatever the server's zone.
 */
record YearWindow(int from, int to) {

    static final int EARLIEST = 2000;
    static final int LATEST = 2100;

    YearWindow {
        if (from < EARLIEST || to > LATEST || to < from) {
            throw new IllegalArgumentException("years " + from + "–" + to);
        }
    }

    static YearWindow of(int year) {
        return new YearWindow(year, year);
    }

    Timestamp start() {
        return newYear(from);
    }

    Timestamp end() {
        return newYear(to + 1);
    }

    /**
     * An SQL expression giving the office's year of a timestamp column within this window, and its
     * parameters: {@code extract(year from …)} would give the year in the server's zone.
     */
    YearOf yearOf(String column) {
        StringBuilder sql = new StringBuilder("case");
        List<Object> bounds = new ArrayList<>();
        for (int year = from; year < to; year++) {
            sql.append(" when ").append(column).append(" < ? then ").append(year);
            bounds.add(newYear(year + 1));
        }
        return new YearOf(sql.append(" else ").append(to).append(" end").toString(), List.copyOf(bounds));
    }

    /** An SQL expression and the parameters it takes, in order. */
    record YearOf(String sql, List<Object> params) {
    }

    private static Timestamp newYear(int year) {
        return Timestamp.from(LocalDate.of(year, 1, 1).atStartOfDay(OfficeTime.ZONE).toInstant());
    }

    Date firstDay() {
        return Date.valueOf(LocalDate.of(from, 1, 1));
    }

    Date dayAfter() {
        return Date.valueOf(LocalDate.of(to + 1, 1, 1));
    }
}
