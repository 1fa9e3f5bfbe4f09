package org.ipflow.shared;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.time.Duration;
import java.util.HexFormat;
import java.util.Optional;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * At most {@code max} uses per client within a sliding window, counted in the database (table
 * {@code client_quota_slot}) so that every node counts alike. Each use takes one of {@code max} numbered
 * slots by a single atomic statement (reuse an expired slot, or insert a new one under the primary key), so
 * twenty concurrent requests get exactly {@code max} slots, not a count each of them read before the others
 * wrote. Every statement runs in a transaction of its own: a slot taken counts even if the caller's work
 * fails afterwards, and a lost insert race (a duplicate key) does not spoil the caller's transaction.
 */
@Component
public class ClientQuotas {

    private final JdbcClient jdbc;
    private final TransactionTemplate ownTransaction;
    private final Clock clock;

    @Autowired
    ClientQuotas(JdbcClient jdbc, PlatformTransactionManager transactions, ObjectProvider<Clock> clock) {
        this(jdbc, transactions, clock.getIfAvailable(Clock::systemUTC));
    }

    ClientQuotas(JdbcClient jdbc, PlatformTransactionManager transactions, Clock clock) {
        this.jdbc = jdbc;
        this.ownTransaction = new TransactionTemplate(transactions);
        this.ownTransaction.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
        this.clock = clock;
    }

    /**
     * Takes a use of {@code bucket} for the client (its address) if fewer than {@code max} were taken within
     * {@code window}. Empty when taken; otherwise how long until the oldest use is a window old.
     */
    public Optional<Duration> take(String bucket, String clientAddress, int max, Duration window) {
        String client = sha256(clientAddress);
        long now = clock.millis();
        long expired = now - window.toMillis();
        for (int slot = 0; slot < max; slot++) {
            if (reuse(bucket, client, slot, now, expired) || insert(bucket, client, slot, now)) {
                return Optional.empty();
            }
        }
        Long oldest = jdbc.sql("select min(taken_at) from client_quota_slot where bucket = ? and client = ?")
                .params(bucket, client).query(Long.class).single();
        long wait = oldest == null ? window.toMillis() : oldest + window.toMillis() - now;
        return Optional.of(Duration.ofMillis(Math.max(1000, wait)));
    }

    private boolean reuse(String bucket, String client, int slot, long now, long expired) {
        Integer updated = ownTransaction.execute(status -> jdbc.sql("""
                update client_quota_slot set taken_at = ?
                 where bucket = ? and client = ? and slot = ? and taken_at <= ?""")
                .params(now, bucket, client, slot, expired).update());
        return updated != null && updated == 1;
    }

    private boolean insert(String bucket, String client, int slot, long now) {
        try {
            ownTransaction.executeWithoutResult(status -> jdbc.sql(
                    "insert into client_quota_slot (bucket, client, slot, taken_at) values (?,?,?,?)")
                    .params(bucket, client, slot, now).update());
            return true;
        } catch (DuplicateKeyException takenOrInUse) {
            return false;
        }
    }

    /** Slots a day old are free whatever their window (none is longer); every node may run this. */
    @Scheduled(initialDelayString = "PT10M", fixedDelayString = "PT1H")
    int forgetOld() {
        return jdbc.sql("delete from client_quota_slot where taken_at < ?")
                .param(clock.millis() - Duration.ofDays(1).toMillis()).update();
    }

    /** The key of a client: the address is personal data and is not stored as such. */
    public static String sha256(String value) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256")
                    .digest(String.valueOf(value).getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
