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

    /** A deployment from the studio, with the administrator's note on why (may be null). */
    void recordDeployment(String actor, String subject, String deploymentId, String detail, String note) {
        jdbc.sql("insert into admin_audit (at, actor, action, subject, deployment_id, detail, note) "
                + "values (?, ?, 'DEPLOY', ?, ?, ?, ?)")
                .params(Timestamp.from(Instant.now()), actor, subject, deploymentId, detail, note).update();
    }

    public void record(String actor, String action, String subject, String detail) {
        record(actor, action, subject, null, detail);
    }

    /**
     * Records an action another module announces. A plain (not transactional) listener on purpose: it
     * runs in the publisher's transaction, so the entry commits or rolls back with the action.
     */
    @EventListener
    public void on(AdminActionPerformed event) {
        record(event.actor(), event.action(), event.subject(), event.detail());
    }

    /** The newest entries first. */
    public List<Entry> latest(int limit) {
        return olderThan(null, limit);
    }

    /** The newest entries with an id below {@code before} (all when null), newest first: keyset paging by id. */
    public List<Entry> olderThan(Long before, int limit) {
        return jdbc.sql("select id, at, actor, action, subject, deployment_id, detail from admin_audit where id < ? "
                        + "order by id desc limit " + Math.max(1, Math.min(limit, 500)))
                .param(before == null ? Long.MAX_VALUE : before)
                .query((rs, n) -> new Entry(rs.getLong(1), rs.getTimestamp(2).toInstant(), rs.getString(3),
                        rs.getString(4), rs.getString(5), rs.getString(6), rs.getString(7)))
                .list();
    }

    /** Who deployed a deployment through IPFlow (the studio), and the note they gave (null: none). */
    record Deployer(String actor, String note) {
    }

    /** Who deployed each of these deployments through IPFlow (the studio), with their notes. */
    Map<String, Deployer> deployers(List<String> deploymentIds) {
        if (deploymentIds.isEmpty()) {
            return Map.of();
        }
        return jdbc.sql("select deployment_id, actor, note from admin_audit where deployment_id in (:ids)")
                .param("ids", deploymentIds)
                .query((rs, n) -> Map.entry(rs.getString(1), new Deployer(rs.getString(2), rs.getString(3)))).list()
                .stream().collect(Collectors.toMap(Map.Entry::getKey, Map.Entry::getValue, (a, b) -> a));
    }
}
