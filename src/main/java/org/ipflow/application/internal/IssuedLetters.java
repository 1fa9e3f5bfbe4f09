package org.ipflow.application.internal;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Letters issued on applications from their programme's template: at most one per application. */
@Repository
public class IssuedLetters {

    /** A letter as issued: its number, its text with every placeholder filled in, and when. */
    public record Letter(String number, String body, Instant issuedAt) {
    }

    private final JdbcClient jdbc;

    IssuedLetters(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /**
     * Stores the letter unless the application has one already (a step run again after a failure);
     * true when this call issued it.
     */
    public boolean issueOnce(long applicationId, String number, String body, Instant at) {
        return jdbc.sql("insert into issued_letter (application_id, number, body, issued_at) select ?, ?, ?, ? "
                        + "from application where id = ? and not exists "
                        + "(select 1 from issued_letter where application_id = ?)")
                .params(applicationId, number, body, Timestamp.from(at), applicationId, applicationId).update() == 1;
    }

    public Optional<Letter> of(long applicationId) {
        return jdbc.sql("select number, body, issued_at from issued_letter where application_id = ?").param(applicationId)
                .query((rs, n) -> new Letter(rs.getString(1), rs.getString(2), rs.getTimestamp(3).toInstant()))
                .optional();
    }
}
