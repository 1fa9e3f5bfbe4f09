package org.ipflow.notification;

import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Optional;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.RowMapper;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The {@code outbound_message} table. A message is claimed by one sender at a time: the claim locks due rows
 * with {@code FOR UPDATE SKIP LOCKED} (PostgreSQL and H2 2.x alike), so senders on several nodes take different
 * rows without waiting for each other, and marks them SENDING with a lease; each later change names the
 * status it expects, so a row that moved meanwhile is left alone.
 */
@Repository
class OutboxStore {

    private static final String COLUMNS = "id, channel, recipient, address, kind, language, subject, body, status, "
            + "attempts, next_attempt_at, last_error, created_at, sent_at";

    private final JdbcClient jdbc;
    private final TransactionTemplate savepoint;

    OutboxStore(JdbcClient jdbc, PlatformTransactionManager transactions) {
        this.jdbc = jdbc;
        this.savepoint = new TransactionTemplate(transactions);
        savepoint.setPropagationBehavior(TransactionDefinition.PROPAGATION_NESTED);
    }

    /**
     * Writes the message in the caller's transaction and returns its id; empty when one of the same dedupe key
     * exists. A key written meanwhile by another transaction is refused by the unique constraint inside a
     * savepoint, so that on PostgreSQL the caller's transaction is not aborted with it.
     */
    Optional<Long> insert(NewMessage message, Instant now) {
        if (message.dedupeKey() == null) {
            return Optional.of(write(message, now));
        }
        if (jdbc.sql("select count(*) from outbound_message where dedupe_key = ?").param(message.dedupeKey())
                .query(Integer.class).single() > 0) {
            return Optional.empty();
        }
        try {
            return Optional.ofNullable(savepoint.execute(status -> write(message, now)));
        } catch (DuplicateKeyException written) {
            return Optional.empty();
        }
    }

    private long write(NewMessage message, Instant now) {
        var keys = new GeneratedKeyHolder();
        jdbc.sql("insert into outbound_message (channel, recipient, address, kind, language, subject, body, status,"
                        + " attempts, next_attempt_at, dedupe_key, created_at) values (?,?,?,?,?,?,?,'PENDING',0,?,?,?)")
                .params(message.channel().name(), message.recipient(), message.address(), message.kind(),
                        message.language(), cut(message.subject(), 300), cut(message.body(), 4000),
                        at(now), message.dedupeKey(), at(now))
                .update(keys, "id");
        return keys.getKey().longValue();
    }

    /**
     * Takes up to {@code limit} due PENDING messages for this sender, in one transaction of the caller's: locked
     * rows (another sender's claim in progress) are skipped, and the ones taken are SENDING until the lease ends.
     */
    List<OutboundMessage> claim(Instant now, Duration lease, int limit) {
        List<Long> ids = jdbc.sql("select id from outbound_message where status = 'PENDING' and next_attempt_at <= ? "
                        + "order by next_attempt_at, id fetch first ? rows only for update skip locked")
                .params(at(now), limit).query(Long.class).list();
        List<Long> taken = ids.stream().filter(id -> jdbc.sql("update outbound_message set status = 'SENDING', "
                        + "attempts = attempts + 1, lease_until = ? where id = ? and status = 'PENDING'")
                .params(at(now.plus(lease)), id).update() == 1).toList();
        return taken.stream().map(id -> find(id).orElseThrow()).toList();
    }

    /**
     * The message left. Also when its lease had ended meanwhile (FAILED as interrupted, perhaps even set to
     * PENDING again by an administrator): the send is known now, and it must not be sent once more.
     */
    void sent(long id, Instant now) {
        jdbc.sql("update outbound_message set status = 'SENT', sent_at = ?, lease_until = null, last_error = null "
                + "where id = ? and status <> 'SENT'").params(at(now), id).update();
    }

    /** A failed send: due again at {@code retryAt}, or FAILED when null. */
    void failed(long id, String error, Instant retryAt) {
        jdbc.sql("update outbound_message set status = ?, next_attempt_at = coalesce(?, next_attempt_at), "
                        + "lease_until = null, last_error = ? where id = ? and status = 'SENDING'")
                .params(retryAt == null ? "FAILED" : "PENDING", retryAt == null ? null : at(retryAt),
                        cut(error, 1000), id)
                .update();
    }

    /**
     * SENDING messages whose lease ended: their node stopped mid-send, and whether the message left is unknown.
     * They become FAILED with that reason rather than PENDING, so that none is sent twice; an administrator
     * decides. Returns how many.
     */
    int expireLeases(Instant now, String reason) {
        return jdbc.sql("update outbound_message set status = 'FAILED', lease_until = null, last_error = ? "
                + "where status = 'SENDING' and lease_until < ?").params(reason, at(now)).update();
    }

    /** Back to PENDING, due now, with its attempts counted afresh; false unless the message was FAILED. */
    boolean resend(long id, Instant now) {
        return jdbc.sql("update outbound_message set status = 'PENDING', attempts = 0, next_attempt_at = ? "
                + "where id = ? and status = 'FAILED'").params(at(now), id).update() == 1;
    }

    void delete(List<Long> ids) {
        ids.forEach(id -> jdbc.sql("delete from outbound_message where id = ? and status = 'PENDING'").param(id).update());
    }

    /** The newest messages of a status, newest first. */
    List<OutboundMessage> withStatus(String status, int limit) {
        return jdbc.sql("select " + COLUMNS + " from outbound_message where status = ? order by id desc "
                + "fetch first ? rows only").params(status, limit).query(ROW).list();
    }

    Optional<OutboundMessage> find(long id) {
        return jdbc.sql("select " + COLUMNS + " from outbound_message where id = ?").param(id).query(ROW).optional();
    }

    private static final RowMapper<OutboundMessage> ROW = (rs, n) -> new OutboundMessage(rs.getLong("id"),
            Channel.valueOf(rs.getString("channel")), rs.getString("recipient"), rs.getString("address"),
            rs.getString("kind"), rs.getString("language"), rs.getString("subject"), rs.getString("body"),
            rs.getString("status"), rs.getInt("attempts"), rs.getTimestamp("next_attempt_at").toInstant(),
            rs.getString("last_error"), rs.getTimestamp("created_at").toInstant(),
            rs.getTimestamp("sent_at") == null ? null : rs.getTimestamp("sent_at").toInstant());

    private static String cut(String text, int max) {
        return text == null || text.length() <= max ? text : text.substring(0, max);
    }

    /**
     * An instant at the database's precision (microseconds), cut rather than rounded: a due time rounded up would
     * not yet be due at the very moment it was meant for.
     */
    private static Timestamp at(Instant instant) {
        return Timestamp.from(instant.truncatedTo(ChronoUnit.MICROS));
    }
}
