package org.ipflow.calendar;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Reads the calendar's two text forms: a CSV file of {@code date,type} lines ({@code type} is
 * {@code holiday} or {@code workday}; an optional header line, blank lines and {@code #} comments are
 * skipped), and the page's lists of dates. Every unreadable line is reported with its number, so that the
 * administrator fixes the file in one go.
 */
final class CalendarCsv {

    /** What a file or a form said: the dates of each kind, or the problems that stop it being saved. */
    record Parsed(List<LocalDate> holidays, List<LocalDate> workdays, List<CalendarRefused.Problem> problems) {

        /** @throws CalendarRefused with every problem, if there is any */
        Parsed orRefuse() {
            if (!problems.isEmpty()) {
                throw new CalendarRefused(problems);
            }
            return this;
        }
    }

    private CalendarCsv() {
    }

    static Parsed read(String text) {
        List<LocalDate> holidays = new ArrayList<>();
        List<LocalDate> workdays = new ArrayList<>();
        List<CalendarRefused.Problem> problems = new ArrayList<>();
        String[] lines = text.strip().replace("\uFEFF", "").split("\\R");
        for (int i = 0; i < lines.length; i++) {
            String line = lines[i].strip();
            if (line.isEmpty() || line.startsWith("#") || (i == 0 && line.toLowerCase(Locale.ROOT).startsWith("date"))) {
                continue;
            }
            String number = String.valueOf(i + 1);
            String[] cells = line.split("\\s*[,;\\t]\\s*");
            if (cells.length != 2) {
                problems.add(new CalendarRefused.Problem("calendar.csv.columns", number, line));
                continue;
            }
            LocalDate day = date(cells[0]);
            if (day == null) {
                problems.add(new CalendarRefused.Problem("calendar.csv.date", number, cells[0]));
                continue;
            }
            switch (cells[1].toLowerCase(Locale.ROOT)) {
                case "holiday" -> holidays.add(day);
                case "workday" -> workdays.add(day);
                default -> problems.add(new CalendarRefused.Problem("calendar.csv.type", number, cells[1]));
            }
        }
        return new Parsed(holidays, workdays, problems);
    }

    /** Dates separated by spaces, commas or line breaks, as typed into the page's two fields. */
    static Parsed dates(String holidayText, String workdayText) {
        List<CalendarRefused.Problem> problems = new ArrayList<>();
        return new Parsed(list(holidayText, "calendar.error.holidayDate", problems),
                list(workdayText, "calendar.error.workdayDate", problems),
                problems);
    }

    private static List<LocalDate> list(String text, String problemKey, List<CalendarRefused.Problem> problems) {
        List<LocalDate> days = new ArrayList<>();
        for (String word : (text == null ? "" : text).strip().split("[\\s,，、;；]+")) {
            if (word.isEmpty()) {
                continue;
            }
            LocalDate day = date(word);
            if (day == null) {
                problems.add(new CalendarRefused.Problem(problemKey, word));
            } else {
                days.add(day);
            }
        }
        return days;
    }

    private static LocalDate date(String text) {
        try {
            return LocalDate.parse(text.strip());
        } catch (DateTimeParseException e) {
            return null;
        }
    }
}
