package org.ipflow.calendar;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyInt;
import static org.mockito.ArgumentMatchers.anyString;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.times;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

class OfficeDaysTest {

    private final CalendarStore store = mock(CalendarStore.class);
    private final OfficeDays days = new OfficeDays(store);

    @Test
    void holidaysAreOffAndSwappedWeekendDaysAreWorked() {
        when(store.find(2026)).thenReturn(new CalendarYear(2026, true, List.of(day("2026-10-01")),
                List.of(day("2026-10-10")), "admin", Instant.now()));

        assertThat(days.isWorkingDay(day("2026-10-01"))).as("Thursday, 国庆").isFalse();
        assertThat(days.isWorkingDay(day("2026-10-10"))).as("Saturday, 调休").isTrue();
        assertThat(days.isWorkingDay(day("2026-10-11"))).as("Sunday").isFalse();
        assertThat(days.isWorkingDay(day("2026-10-12"))).as("Monday").isTrue();
        verify(store, times(1)).find(2026);
    }

    @Test
    void aYearNobodyEnteredWorksMondayToFriday() {
        when(store.find(2031)).thenReturn(CalendarYear.notEntered(2031));

        assertThat(days.isWorkingDay(day("2031-10-01"))).isTrue();
        assertThat(days.isWorkingDay(day("2031-10-04"))).isFalse();
    }

    @Test
    void savingReadsTheYearAgainInsteadOfTheCopyInMemory() {
        when(store.find(2026)).thenReturn(CalendarYear.notEntered(2026),
                new CalendarYear(2026, true, List.of(day("2026-10-01")), List.of(), "admin", Instant.now()));
        assertThat(days.isWorkingDay(day("2026-10-01"))).isTrue();

        days.replace(2026, List.of(day("2026-10-01")), List.of(), "admin", "SAVED");

        assertThat(days.isWorkingDay(day("2026-10-01"))).isFalse();
    }

    @Test
    void refusesDatesOfAnotherYearDaysOfBothKindsAndSwappedWeekdaysAllAtOnce() {
        assertThatThrownBy(() -> days.replace(2026, List.of(day("2027-01-01"), day("2026-10-10")),
                List.of(day("2026-10-10"), day("2026-10-12")), "admin", "SAVED"))
                .isInstanceOfSatisfying(CalendarRefused.class, e -> assertThat(e.problems())
                        .extracting(CalendarRefused.Problem::key)
                        .containsExactly("calendar.error.otherYear", "calendar.error.both",
                                "calendar.error.workdayOnWeekday"));
        verify(store, never()).replace(anyInt(), any(), any(), anyString(), anyString());
    }

    @Test
    void warnsAboutThisYearAndAboutNextYearOnlyFromAMonthBeforeItStarts() {
        when(store.find(2026)).thenReturn(new CalendarYear(2026, true, List.of(), List.of(), "admin", Instant.now()));
        when(store.find(2027)).thenReturn(CalendarYear.notEntered(2027));
        when(store.find(2028)).thenReturn(CalendarYear.notEntered(2028));
        CalendarCoverage coverage = new CalendarCoverage(days);

        assertThat(coverage.missingYears(day("2026-11-30"))).isEmpty();
        assertThat(coverage.missingYears(day("2026-12-02"))).containsExactly(2027);
        assertThat(coverage.missingYears(day("2027-03-01"))).containsExactly(2027);
    }

    private static LocalDate day(String text) {
        return LocalDate.parse(text);
    }
}
