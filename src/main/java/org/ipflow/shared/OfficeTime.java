package org.ipflow.shared;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.Date;
import org.springframework.stereotype.Component;

/**
 * Office time: the office in Inner Mongolia works in Beijing time, so pages, letters and exports show
 * times in {@link #ZONE} whatever zone the server runs in (a deadline of 23:59 must not read 15:59 on a
 * server in UTC). The JSON API keeps ISO-8601 instants, which need no zone. Templates call the bean as
 * {@code ${@officeTime.minutes(x)}}; a missing time is shown as nothing, and the page decides what stands
 * in for it.
 */
@Component("officeTime")
public class OfficeTime {

    public static final ZoneId ZONE = ZoneId.of("Asia/Shanghai");

    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("yyyy-MM-dd").withZone(ZONE);
    private static final DateTimeFormatter MINUTES = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm").withZone(ZONE);
    private static final DateTimeFormatter CLOCK = DateTimeFormatter.ofPattern("HH:mm").withZone(ZONE);
    private static final DateTimeFormatter SECONDS = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss")
            .withZone(ZONE);

    /** {@code yyyy-MM-dd}, the day in the office. */
    public String date(Object time) {
        return format(time, DATE);
    }

    /** {@code yyyy-MM-dd HH:mm}. */
    public String minutes(Object time) {
        return format(time, MINUTES);
    }

    /** {@code HH:mm} for a moment of today in the office, else {@code yyyy-MM-dd HH:mm} (e.g. "saved at"). */
    public String recent(Object time) {
        if (time == null) {
            return "";
        }
        Instant instant = instant(time);
        boolean today = instant.atZone(ZONE).toLocalDate().equals(java.time.LocalDate.now(ZONE));
        return (today ? CLOCK : MINUTES).format(instant);
    }

    /** {@code yyyy-MM-dd HH:mm:ss}. */
    public String seconds(Object time) {
        return format(time, SECONDS);
    }

    /**
     * Takes the moments IPFlow and the engine hand to pages: {@link Instant}, {@link OffsetDateTime},
     * {@link ZonedDateTime} and {@link Date}. A local date or time is refused: it names no moment, so
     * its office time is unknown.
     */
    private static String format(Object time, DateTimeFormatter pattern) {
        if (time == null) {
            return "";
        }
        return pattern.format(instant(time));
    }

    private static Instant instant(Object time) {
        if (time instanceof Instant instant) {
            return instant;
        }
        if (time instanceof OffsetDateTime offset) {
            return offset.toInstant();
        }
        if (time instanceof ZonedDateTime zoned) {
            return zoned.toInstant();
        }
        if (time instanceof Date date) {
            // By its milliseconds: a java.sql.Timestamp is a Date too, and a java.sql.Date has no toInstant().
            return Instant.ofEpochMilli(date.getTime());
        }
        throw new IllegalArgumentException("not a moment in time: " + time.getClass().getName());
    }
}
