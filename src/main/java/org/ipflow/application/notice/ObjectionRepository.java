package org.ipflow.application.notice;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.Optional;
import org.ipflow.application.Objection;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.stereotype.Repository;

/** Objections filed during a public notice, and the reviewer's outcome of each. */
@Repository
public class ObjectionRepository {

    private final JdbcClient jdbc;

    ObjectionRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    long insert(long applicationId, String name, String contact, String reason, String clientHash) {
        var keys = new GeneratedKeyHolder();
        jdbc.sql("insert into objection (application_id, filed_by_name, filed_by_contact, reason, filed_at, client_hash) "
                        + "values (?,?,?,?,?,?)")
                .params(applicationId, name, contact, reason, Timestamp.from(Instant.now()), clientHash)
                .update(keys, "id");
        return keys.getKey().longValue();
    }

    public Optional<Objection> find(long id) {
        return jdbc.sql("select id, filed_by_name, filed_by_contact, reason, filed_at from objection where id = ?")
                .param(id).query((rs, row) -> new Objection(rs.getLong("id"), rs.getString("filed_by_name"),
                        rs.getString("filed_by_contact"), rs.getString("reason"), rs.getTimestamp("filed_at").toInstant()))
                .optional();
    }

    public void decide(long objectionId, String outcome, String comment) {
        jdbc.sql("update objection set outcome = ?, outcome_comment = ? where id = ?")
                .params(outcome, comment, objectionId).update();
    }
}
