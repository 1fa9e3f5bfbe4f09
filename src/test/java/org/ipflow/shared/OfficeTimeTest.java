package org.ipflow.shared;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.Date;
import java.util.TimeZone;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.parallel.Isolated;

@Isolated // changes the JVM's default time zone, which tests running beside it would see
class OfficeTimeTest {

    /** 23:59 in Beijing: what a UTC server used to print as 15:59. */
    private static final Instant DEADLINE = Instant.parse("2026-06-30T15:59:00Z");

    private final OfficeTime officeTime = new OfficeTime();
    private TimeZone serverZone;

    @BeforeEach
    void serverInUtc() {
        serverZone = TimeZone.getDefault();
        TimeZone.setDefault(TimeZone.getTimeZone("UTC"));
    }

    @AfterEach
    void restoreZone() {
        TimeZone.setDefault(serverZone);
    }

    @Test
    void anInstantIsShownInBeijingTime() {
        assertThat(officeTime.minutes(DEADLINE)).isEqualTo("2026-06-30 23:59");
        assertThat(officeTime.seconds(DEADLINE.plusSeconds(59))).isEqualTo("2026-06-30 23:59:59");
        assertThat(officeTime.date(DEADLINE)).isEqualTo("2026-06-30");
    }

    @Test
    void theDayIsTheOfficesDayNotTheServers() {
        Instant earlyMorningInBeijing = Instant.parse("2026-06-30T17:30:00Z");
        assertThat(officeTime.date(earlyMorningInBeijing)).isEqualTo("2026-07-01");
        assertThat(officeTime.minutes(earlyMorningInBeijing)).isEqualTo("2026-07-01 01:30");
    }

    @Test
    void offsetAndZonedTimesAreConvertedNotReadAsWritten() {
        OffsetDateTime inUtc = DEADLINE.atOffset(ZoneOffset.UTC);
        assertThat(officeTime.minutes(inUtc)).isEqualTo("2026-06-30 23:59");
        assertThat(officeTime.minutes(DEADLINE.atZone(ZoneId.of("Europe/Berlin")))).isEqualTo("2026-06-30 23:59");
    }

    @Test
    void engineDatesAndTimestamps() {
        assertThat(officeTime.seconds(Date.from(DEADLINE))).isEqualTo("2026-06-30 23:59:00");
        assertThat(officeTime.seconds(Timestamp.from(DEADLINE))).isEqualTo("2026-06-30 23:59:00");
    }

    /** "Saved 14:05" today; a draft saved on another day says which. */
    @Test
    void aRecentMomentIsItsTimeTodayAndItsDayOtherwise() {
        Instant now = Instant.now();
        String today = java.time.format.DateTimeFormatter.ofPattern("HH:mm").withZone(OfficeTime.ZONE).format(now);
        assertThat(officeTime.recent(now)).isEqualTo(today);
        assertThat(officeTime.recent(DEADLINE)).isEqualTo("2026-06-30 23:59");
        assertThat(officeTime.recent(null)).isEmpty();
    }

    @Test
    void nothingForAMissingTime() {
        assertThat(officeTime.minutes(null)).isEmpty();
        assertThat(officeTime.date(null)).isEmpty();
        assertThat(officeTime.seconds(null)).isEmpty();
    }

    @Test
    void aLocalTimeNamesNoMomentAndIsRefused() {
        assertThatIllegalArgumentException().isThrownBy(() -> officeTime.minutes(LocalDateTime.of(2026, 6, 30, 23, 59)));
        assertThatIllegalArgumentException().isThrownBy(() -> officeTime.date(LocalDate.of(2026, 6, 30)));
    }
}
