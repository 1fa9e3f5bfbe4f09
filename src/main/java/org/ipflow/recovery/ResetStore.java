package org.ipflow.recovery;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.stereotype.Repository;

/** The {@code password_reset} table: who may set a password with which secret (kept as a hash) until when. */
@Repository
class ResetStore {

    /** A reset still open: not used, not expired. */
    record Open(long id, String username, String secretHash) {
    }

    private final JdbcClient jdbc;

    ResetStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    long insert(String username, String channel, String address, String secretHash, Instant now, Instant expires) {
        var keys = new GeneratedKeyHolder();
        jdbc.sql("insert into password_reset (username, channel, address, secret_hash, failures, expires_at, created_at)"
                        + " values (?,?,?,?,0,?,?)")
                .params(username, channel, address, secretHash, Timestamp.from(expires), Timestamp.from(now))
                .update(keys, "id");
        return keys.getKey().longValue();
    }

    void setSecret(long id, String secretHash) {
        jdbc.sql("update password_reset set secret_hash = ? where id = ?").params(secretHash, id).update();
    }

    Optional<Open> openBySecret(String secretHash, Instant now) {
        return jdbc.sql("select id, username, secret_hash from password_reset where secret_hash = ? and channel = 'EMAIL'"
                        + " and used_at is null and expires_at > ?")
                .params(secretHash, Timestamp.from(now)).query(Open.class).optional();
    }

    List<Open> openCodes(String phone, Instant now, int maxFailures) {
        return jdbc.sql("select id, username, secret_hash from password_reset where address = ? and channel = 'SMS' "
                        + "and used_at is null and expires_at > ? and failures < ? order by id")
                .params(phone, Timestamp.from(now), maxFailures).query(Open.class).list();
    }

    void failed(List<Long> ids) {
        ids.forEach(id -> jdbc.sql("update password_reset set failures = failures + 1 where id = ?").param(id).update());
    }

    /** Marks the reset used; false when it was used meanwhile (a second request with the same secret). */
    boolean use(long id, Instant now) {
        return jdbc.sql("update password_reset set used_at = ? where id = ? and used_at is null")
                .params(Timestamp.from(now), id).update() == 1;
    }

    static String sha256(String text) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
