package org.ipflow.modeling;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.ipflow.shared.AdminActionPerformed;
import org.springframework.context.event.EventListener;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * What administrators changed, who and when: deployments, migrations, retries, timers run, user
 * changes. Written in the same transaction as the change where there is one.
 */
@Repository
public class AuditLog {

    /** One entry; {@code deploymentId} is set for deployments. */
    public record Entry(long id, Instant at, String actor, String action, String subject, String deploymentId,
            String detail) {
    }

    private final JdbcClient jdbc;

    AuditLog(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public void record(String actor, String action, String subject, String deploymentId, String detail) {
        jdbc.sql("insert into admin_audit (at, actor, action, subject, deployment_id, detail) values (?, ?, ?, ?, ?, ?)")
                .params(Timestamp.from(Instant.now()), actor, action, subject, deploymentId,
                        detail == null || detail.length() <= 4000 ? detail : detail.substring(0, 4000))
                .update();
    }

    public void record(String actor, String action, String subject, String detail) {
        record(actor, action, subject, null, detail);
    }

    /** Changes made by other modules (users and groups); synchronous, so in the publisher's transaction. */
    @EventListener
    public void on(AdminActionPerformed event) {
        record(event.actor(), event.action(), event.subject(), event.detail());
    }

    /** The newest entries first, keyset-paged by id. */
    public List<Entry> latest(int limit) {
        return jdbc.sql("select id, at, actor, action, subject, deployment_id, detail from admin_audit order by id desc limit " + Math.max(1, Math.min(limit, 500)))
                .query((rs, n) -> new Entry(rs.getLong(1), rs.getTimestamp(2).toInstant(), rs.getString(3),
                        rs.getString(4), rs.getString(5), rs.getString(6), rs.getString(7)))
                .list();
    }

    /** Who deployed each of these deployments through IPFlow (the studio). */
    Map<String, String> deployers(List<String> deploymentIds) {
        if (deploymentIds.isEmpty()) {
            return Map.of();
        }
        return jdbc.sql("select deployment_id, actor from admin_audit where deployment_id in (:ids)")
                .param("ids", deploymentIds).query((rs, n) -> Map.entry(rs.getString(1), rs.getString(2))).list()
                .stream().collect(Collectors.toMap(Map.Entry::getKey, Map.Entry::getValue, (a, b) -> a));
    }
}
