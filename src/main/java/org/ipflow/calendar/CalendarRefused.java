package org.ipflow.calendar;

import java.util.List;

/** A calendar that was not saved, with every problem found (each a key of the calendar bundle and its arguments). */
class CalendarRefused extends RuntimeException {

    /** One problem: a message key and its arguments (a line number, a date, a year). */
    record Problem(String key, Object... arguments) {
    }

    private final transient List<Problem> problems;

    CalendarRefused(List<Problem> problems) {
        super(problems.isEmpty() ? "refused" : problems.get(0).key());
        this.problems = List.copyOf(problems);
    }

    List<Problem> problems() {
        return problems;
    }
}
