package org.ipflow.application.internal;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import org.ipflow.application.Note;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.stereotype.Repository;

/** The {@code application_note} table: staff's internal notes, newest first. */
@Repository
public class NoteStore {

    private final JdbcClient jdbc;

    NoteStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public Note insert(long applicationId, String author, String text) {
        Instant now = Instant.now();
        var keys = new GeneratedKeyHolder();
        jdbc.sql("insert into application_note (application_id, author, text, created_at) values (?,?,?,?)")
                .params(applicationId, author, text, Timestamp.from(now)).update(keys, "id");
        return new Note(keys.getKey().longValue(), applicationId, author, text, now);
    }

    public List<Note> of(long applicationId) {
        return jdbc.sql("select id, application_id, author, text, created_at from application_note "
                        + "where application_id = ? order by created_at desc, id desc")
                .param(applicationId)
                .query((rs, row) -> new Note(rs.getLong("id"), rs.getLong("application_id"), rs.getString("author"),
                        rs.getString("text"), rs.getTimestamp("created_at").toInstant()))
                .list();
    }
}
