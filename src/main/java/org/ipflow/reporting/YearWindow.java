package org.ipflow.reporting;

import java.sql.Date;
import java.sql.Timestamp;
import java.time.LocalDate;

/**
 * Calendar years from {@code from} to {@code to}, both included, as the bounds every query of this module
 * filters on (start included, end excluded). Timestamps are local, as IPFlow and the engine store them.
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
        return Timestamp.valueOf(LocalDate.of(from, 1, 1).atStartOfDay());
    }

    Timestamp end() {
        return Timestamp.valueOf(LocalDate.of(to + 1, 1, 1).atStartOfDay());
    }

    Date firstDay() {
        return Date.valueOf(LocalDate.of(from, 1, 1));
    }

    Date dayAfter() {
        return Date.valueOf(LocalDate.of(to + 1, 1, 1));
    }
}
