package org.ipflow.integration;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.RowMapper;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.stereotype.Repository;

/** The {@code webhook_subscription} table; events are stored comma-separated. */
@Repository
class WebhookRepository {

    private static final String COLUMNS = "id, url, events, secret, active, created_by, created_at";

    private final JdbcClient jdbc;

    WebhookRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    long insert(String url, List<String> events, String secret, boolean active, String createdBy, Instant now) {
        var keys = new GeneratedKeyHolder();
        jdbc.sql("insert into webhook_subscription (url, events, secret, active, created_by, created_at) "
                        + "values (?, ?, ?, ?, ?, ?)")
                .params(url, String.join(",", events), secret, active, createdBy, Timestamp.from(now))
                .update(keys, "id");
        return keys.getKey().longValue();
    }

    boolean update(long id, String url, List<String> events, boolean active) {
        return jdbc.sql("update webhook_subscription set url = ?, events = ?, active = ? where id = ?")
                .params(url, String.join(",", events), active, id).update() == 1;
    }

    boolean delete(long id) {
        return jdbc.sql("delete from webhook_subscription where id = ?").param(id).update() == 1;
    }

    List<Webhook> all() {
        return jdbc.sql("select " + COLUMNS + " from webhook_subscription order by id").query(ROW).list();
    }

    Optional<Webhook> find(long id) {
        return jdbc.sql("select " + COLUMNS + " from webhook_subscription where id = ?").param(id).query(ROW).optional();
    }

    private static final RowMapper<Webhook> ROW = (rs, n) -> new Webhook(rs.getLong("id"), rs.getString("url"),
            Arrays.stream(rs.getString("events").split(",")).filter(e -> !e.isBlank()).toList(),
            rs.getString("secret"), rs.getBoolean("active"), rs.getString("created_by"),
            rs.getTimestamp("created_at").toInstant());
}
