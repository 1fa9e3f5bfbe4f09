package org.ipflow.calendar;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class CalendarCsvTest {

    @Test
    void readsHolidaysAndWorkdaysSkippingTheHeaderCommentsAndBlankLines() {
        CalendarCsv.Parsed parsed = CalendarCsv.read("""
                \uFEFFdate,type
                # 国庆节
                2026-10-01,holiday
                2026-10-02 , HOLIDAY

                2026-10-10;workday
                """);

        assertThat(parsed.problems()).isEmpty();
        assertThat(parsed.holidays()).containsExactly(LocalDate.parse("2026-10-01"), LocalDate.parse("2026-10-02"));
        assertThat(parsed.workdays()).containsExactly(LocalDate.parse("2026-10-10"));
    }

    @Test
    void namesEveryBadLineByItsNumber() {
        CalendarCsv.Parsed parsed = CalendarCsv.read("""
                date,type
                2026-10-01,holiday
                2026/10/02,holiday
                2026-10-10,班
                2026-10-11
                """);

        assertThat(parsed.problems()).extracting(p -> p.key() + " " + p.arguments()[0] + " " + p.arguments()[1])
                .containsExactly("calendar.csv.date 3 2026/10/02", "calendar.csv.type 4 班",
                        "calendar.csv.columns 5 2026-10-11");
    }

    @Test
    void thePagesListsTakeDatesSeparatedByLinesSpacesOrCommas() {
        CalendarCsv.Parsed parsed = CalendarCsv.dates("2026-10-01\n2026-10-02, 2026-10-05", "2026-10-10 tomorrow");

        assertThat(parsed.holidays()).hasSize(3);
        assertThat(parsed.workdays()).containsExactly(LocalDate.parse("2026-10-10"));
        assertThat(parsed.problems()).extracting(CalendarRefused.Problem::key).containsExactly("calendar.error.workdayDate");
    }
}
