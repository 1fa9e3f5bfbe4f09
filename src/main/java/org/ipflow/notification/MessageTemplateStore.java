package org.ipflow.notification;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The {@code message_template} table: the texts administrators gave an event in one language. */
@Repository
class MessageTemplateStore {

    /** A stored subject and body. */
    record Stored(String subject, String body) {
    }

    private final JdbcClient jdbc;

    MessageTemplateStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    Optional<Stored> find(String event, String language) {
        return jdbc.sql("select subject, body from message_template where event = ? and language = ?")
                .params(event, language)
                .query((rs, n) -> new Stored(rs.getString(1), rs.getString(2)))
                .optional();
    }

    void save(String event, String language, Stored text, String actor, Instant now) {
        int updated = jdbc.sql("update message_template set subject = ?, body = ?, updated_by = ?, updated_at = ? "
                        + "where event = ? and language = ?")
                .params(text.subject(), text.body(), actor, Timestamp.from(now), event, language).update();
        if (updated == 0) {
            jdbc.sql("insert into message_template (event, language, subject, body, updated_by, updated_at) "
                            + "values (?, ?, ?, ?, ?, ?)")
                    .params(event, language, text.subject(), text.body(), actor, Timestamp.from(now)).update();
        }
    }

    /** Returns whether there was anything to remove. */
    boolean delete(String event) {
        return jdbc.sql("delete from message_template where event = ?").param(event).update() > 0;
    }
}
