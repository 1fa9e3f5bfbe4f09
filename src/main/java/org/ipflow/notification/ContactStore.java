package org.ipflow.notification;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.EnumMap;
import java.util.Map;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The {@code contact_address} and {@code message_choice} tables: each user's addresses, codes and choices. */
@Repository
class ContactStore {

    /** One address of a user, with the code that proves it while it is not verified. */
    record Address(String address, Instant verifiedAt, String codeHash, Instant codeSentAt, Instant codeExpiresAt,
            int codeFailures) {

        boolean verified() {
            return verifiedAt != null;
        }
    }

    private final JdbcClient jdbc;

    ContactStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    Optional<Address> find(String username, Channel channel) {
        return jdbc.sql("select address, verified_at, code_hash, code_sent_at, code_expires_at, code_failures "
                        + "from contact_address where username = ? and channel = ?")
                .params(username, channel.name())
                .query((rs, n) -> new Address(rs.getString(1), instant(rs.getTimestamp(2)), rs.getString(3),
                        instant(rs.getTimestamp(4)), instant(rs.getTimestamp(5)), rs.getInt(6)))
                .optional();
    }

    /** A new address, not verified, with the code just sent to it. */
    void replace(String username, Channel channel, String address, String codeHash, Instant now, Instant expires) {
        remove(username, channel);
        jdbc.sql("insert into contact_address (username, channel, address, code_hash, code_sent_at, code_expires_at, "
                        + "code_failures) values (?,?,?,?,?,?,0)")
                .params(username, channel.name(), address, codeHash, at(now), at(expires)).update();
    }

    void newCode(String username, Channel channel, String codeHash, Instant now, Instant expires) {
        jdbc.sql("update contact_address set code_hash = ?, code_sent_at = ?, code_expires_at = ?, code_failures = 0 "
                + "where username = ? and channel = ?").params(codeHash, at(now), at(expires), username, channel.name())
                .update();
    }

    void remove(String username, Channel channel) {
        jdbc.sql("delete from contact_address where username = ? and channel = ?").params(username, channel.name())
                .update();
    }

    void failed(String username, Channel channel) {
        jdbc.sql("update contact_address set code_failures = code_failures + 1 where username = ? and channel = ?")
                .params(username, channel.name()).update();
    }

    /** The address is proven; its code can serve no more. False when the code was used meanwhile. */
    boolean verified(String username, Channel channel, String codeHash, Instant now) {
        return jdbc.sql("update contact_address set verified_at = ?, code_hash = null where username = ? "
                        + "and channel = ? and code_hash = ?")
                .params(at(now), username, channel.name(), codeHash).update() == 1;
    }

    /** The user's own choices; a kind and channel they never chose is absent. */
    Map<MessageKind, Map<Channel, Boolean>> choices(String username) {
        Map<MessageKind, Map<Channel, Boolean>> choices = new EnumMap<>(MessageKind.class);
        jdbc.sql("select kind, channel, wanted from message_choice where username = ?").param(username)
                .query(rs -> {
                    choices.computeIfAbsent(MessageKind.valueOf(rs.getString(1)), k -> new EnumMap<>(Channel.class))
                            .put(Channel.valueOf(rs.getString(2)), rs.getBoolean(3));
                });
        return choices;
    }

    void choose(String username, MessageKind kind, Channel channel, boolean wanted) {
        jdbc.sql("delete from message_choice where username = ? and kind = ? and channel = ?")
                .params(username, kind.name(), channel.name()).update();
        jdbc.sql("insert into message_choice (username, kind, channel, wanted) values (?,?,?,?)")
                .params(username, kind.name(), channel.name(), wanted).update();
    }

    private static Instant instant(Timestamp timestamp) {
        return timestamp == null ? null : timestamp.toInstant();
    }

    private static Timestamp at(Instant instant) {
        return Timestamp.from(instant);
    }
}
