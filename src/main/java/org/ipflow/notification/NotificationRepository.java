package org.ipflow.notification;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.stereotype.Repository;

/** The {@code notification} table: a message code and its arguments per enterprise, or per staff user. */
@Repository
class NotificationRepository {

    /** Whose notifications: an enterprise's (its users share them) or one staff user's. */
    record Reader(Long enterpriseId, String username) {
    }

    /** A stored notification before its text is rendered. */
    record Row(long id, Long applicationId, String code, String[] args, Instant createdAt, boolean read) {
    }

    private final JdbcClient jdbc;
    private final ObjectMapper json;

    NotificationRepository(JdbcClient jdbc, ObjectMapper json) {
        this.jdbc = jdbc;
        this.json = json;
    }

    long insert(long enterpriseId, Long applicationId, String code, String... args) {
        var keys = new GeneratedKeyHolder();
        try {
            jdbc.sql("insert into notification (enterprise_id, application_id, code, args, created_at) values (?,?,?,?,?)")
                    .params(enterpriseId, applicationId, code, json.writeValueAsString(args), Timestamp.from(Instant.now()))
                    .update(keys, "id");
        } catch (JsonProcessingException e) {
            throw new IllegalArgumentException(e);
        }
        return keys.getKey().longValue();
    }

    /** The code of the application's latest status message (newest first by the enterprise's index), if any. */
    Optional<String> lastStatusCode(long enterpriseId, long applicationId) {
        return jdbc.sql("select code from notification where enterprise_id = ? and application_id = ? "
                        + "and code like 'notification.status.%' order by id desc fetch first 1 rows only")
                .params(enterpriseId, applicationId).query(String.class).optional();
    }

    void insertForUser(String username, Long applicationId, String code, String... args) {
        try {
            jdbc.sql("insert into notification (username, application_id, code, args, created_at) values (?,?,?,?,?)")
                    .params(username, applicationId, code, json.writeValueAsString(args), Timestamp.from(Instant.now()))
                    .update();
        } catch (JsonProcessingException e) {
            throw new IllegalArgumentException(e);
        }
    }

    void delete(long id) {
        jdbc.sql("delete from notification where id = ?").param(id).update();
    }

    List<Row> recent(Reader reader, int limit) {
        return jdbc.sql("select id, application_id, code, args, created_at, read_at from notification "
                        + "where (enterprise_id = ? or username = ?) order by id desc fetch first ? rows only")
                .params(reader.enterpriseId(), reader.username(), limit)
                .query((rs, n) -> new Row(rs.getLong("id"), (Long) rs.getObject("application_id", Long.class),
                        rs.getString("code"), args(rs.getString("args")), rs.getTimestamp("created_at").toInstant(),
                        rs.getTimestamp("read_at") != null))
                .list();
    }

    int unread(Reader reader) {
        return jdbc.sql("select count(*) from notification where (enterprise_id = ? or username = ?) and read_at is null")
                .params(reader.enterpriseId(), reader.username()).query(Integer.class).single();
    }

    void markAllRead(Reader reader) {
        jdbc.sql("update notification set read_at = ? where (enterprise_id = ? or username = ?) and read_at is null")
                .params(Timestamp.from(Instant.now()), reader.enterpriseId(), reader.username()).update();
    }

    private String[] args(String text) {
        try {
            return text == null ? new String[0] : json.readValue(text, String[].class);
        } catch (JsonProcessingException e) {
            return new String[0];
        }
    }
}
