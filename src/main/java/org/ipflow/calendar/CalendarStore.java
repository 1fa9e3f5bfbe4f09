package org.ipflow.calendar;

import java.sql.Date;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.ipflow.shared.AdminActionPerformed;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/** The tables {@code office_calendar_year} and {@code office_calendar_day}. */
@Component
class CalendarStore {

    private final JdbcClient jdbc;
    private final ApplicationEventPublisher events;

    CalendarStore(JdbcClient jdbc, ApplicationEventPublisher events) {
        this.jdbc = jdbc;
        this.events = events;
    }

    CalendarYear find(int year) {
        var entered = jdbc.sql("select updated_by, updated_at from office_calendar_year where calendar_year = ?")
                .param(year).query((rs, i) -> new Object[] {rs.getString(1), rs.getTimestamp(2).toInstant()})
                .optional();
        if (entered.isEmpty()) {
            return CalendarYear.notEntered(year);
        }
        List<LocalDate> holidays = new ArrayList<>();
        List<LocalDate> workdays = new ArrayList<>();
        jdbc.sql("select calendar_date, kind from office_calendar_day where calendar_year = ? order by calendar_date")
                .param(year).query(rs -> {
                    LocalDate day = rs.getDate(1).toLocalDate();
                    (rs.getString(2).equals("HOLIDAY") ? holidays : workdays).add(day);
                });
        return new CalendarYear(year, true, List.copyOf(holidays), List.copyOf(workdays),
                (String) entered.get()[0], (Instant) entered.get()[1]);
    }

    /** Replaces the whole year, and audits who did it, in one transaction. */
    @Transactional
    void replace(int year, Set<LocalDate> holidays, Set<LocalDate> workdays, String user, String how) {
        jdbc.sql("delete from office_calendar_day where calendar_year = ?").param(year).update();
        Timestamp now = Timestamp.from(Instant.now());
        int updated = jdbc.sql("update office_calendar_year set updated_by = ?, updated_at = ? where calendar_year = ?")
                .params(user, now, year).update();
        if (updated == 0) {
            jdbc.sql("insert into office_calendar_year (calendar_year, updated_by, updated_at) values (?, ?, ?)")
                    .params(year, user, now).update();
        }
        holidays.forEach(day -> insert(year, day, "HOLIDAY"));
        workdays.forEach(day -> insert(year, day, "WORKDAY"));
        events.publishEvent(new AdminActionPerformed(user, "CALENDAR_" + how, "calendar:" + year,
                "holidays " + holidays + "; workdays " + workdays));
    }

    private void insert(int year, LocalDate day, String kind) {
        jdbc.sql("insert into office_calendar_day (calendar_date, calendar_year, kind) values (?, ?, ?)")
                .params(Date.valueOf(day), year, kind).update();
    }
}
