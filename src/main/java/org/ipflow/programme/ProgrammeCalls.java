package org.ipflow.programme;

import java.math.BigDecimal;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import java.util.Optional;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.ipflow.shared.OfficeTime;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.stereotype.Service;

/**
 * The calls for applications of each programme. "Now" is the engine's clock (as for due dates and the
 * public notice), so tests move it the same way for every rule that depends on time.
 */
@Service
public class ProgrammeCalls {

    /** Call dates are entered and shown in the office's time zone. */
    public static final ZoneId OFFICE_ZONE = OfficeTime.ZONE;

    private final JdbcClient jdbc;

    ProgrammeCalls(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public static Instant now() {
        return ClockUtil.getCurrentTime().toInstant();
    }

    /** The calls of a programme, the latest opening first. */
    public List<Call> of(String programmeKey) {
        return jdbc.sql("select id, programme_key, name_zh, name_en, opens_at, closes_at, budget from programme_call "
                        + "where programme_key = ? order by opens_at desc, id desc")
                .param(programmeKey).query(ProgrammeCalls::call).list();
    }

    public Optional<Call> find(long id) {
        return jdbc.sql("select id, programme_key, name_zh, name_en, opens_at, closes_at, budget from programme_call where id = ?")
                .param(id).query(ProgrammeCalls::call).optional();
    }

    /** The call open now for submissions to this programme: the one closing soonest when several are. */
    public Optional<Call> openNow(String programmeKey) {
        Instant now = now();
        return of(programmeKey).stream().filter(c -> c.openAt(now))
                .min(java.util.Comparator.comparing(c -> c.closesAt() == null ? Instant.MAX : c.closesAt()));
    }

    /** The next call still to open, if any (to tell applicants when they may submit). */
    public Optional<Call> nextUpcoming(String programmeKey) {
        Instant now = now();
        return of(programmeKey).stream().filter(c -> c.state(now) == Call.State.UPCOMING)
                .min(java.util.Comparator.comparing(Call::opensAt));
    }

    long add(String programmeKey, String nameZh, String nameEn, Instant opensAt, Instant closesAt, BigDecimal budget,
            String actor) {
        var keys = new GeneratedKeyHolder();
        jdbc.sql("insert into programme_call (programme_key, name_zh, name_en, opens_at, closes_at, budget, created_by, "
                        + "created_at) values (?, ?, ?, ?, ?, ?, ?, ?)")
                .params(programmeKey, nameZh, nameEn, Timestamp.from(opensAt), timestamp(closesAt), budget, actor,
                        Timestamp.from(Instant.now()))
                .update(keys, "id");
        return keys.getKey().longValue();
    }

    void change(long id, String nameZh, String nameEn, Instant opensAt, Instant closesAt, BigDecimal budget) {
        jdbc.sql("update programme_call set name_zh = ?, name_en = ?, opens_at = ?, closes_at = ?, budget = ? where id = ?")
                .params(nameZh, nameEn, Timestamp.from(opensAt), timestamp(closesAt), budget, id).update();
    }

    void changeBudget(long id, BigDecimal budget) {
        jdbc.sql("update programme_call set budget = ? where id = ?").params(budget, id).update();
    }

    /** Closes an open call at this moment; a call that has not opened yet closes when it opens. */
    void closeNow(long id) {
        Timestamp now = Timestamp.from(now());
        jdbc.sql("update programme_call set closes_at = case when opens_at > ? then opens_at else ? end where id = ?")
                .params(now, now, id).update();
    }

    private static Timestamp timestamp(Instant at) {
        return at == null ? null : Timestamp.from(at);
    }

    private static Call call(java.sql.ResultSet rs, int n) throws java.sql.SQLException {
        Timestamp closes = rs.getTimestamp(6);
        return new Call(rs.getLong(1), rs.getString(2), rs.getString(3), rs.getString(4), rs.getTimestamp(5).toInstant(),
                closes == null ? null : closes.toInstant(), rs.getBigDecimal(7));
    }
}
