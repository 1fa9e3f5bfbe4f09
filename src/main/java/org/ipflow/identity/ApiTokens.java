package org.ipflow.identity;

import java.security.SecureRandom;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.List;
import java.util.Optional;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Repository;

/**
 * Personal API tokens (table {@code api_token}): made and revoked by their user, kept as SHA-256 hashes, good
 * for {@code /api} alone as {@code Authorization: Bearer ...}. A token acts with its user's current roles and
 * stops working when the account is disabled or must change its password, as the password would.
 */
@Repository
class ApiTokens {

    /** What every token starts with, so that a token pasted where it does not belong can be recognised. */
    static final String PREFIX = "ipf_";
    static final int MAX_NAME = 100;
    private static final Duration USE_RECORDED_EVERY = Duration.ofMinutes(1);
    private static final SecureRandom RANDOM = new SecureRandom();

    private final JdbcClient jdbc;
    private final OwnPassword passwords;
    private final AccountStates states;
    private final Clock clock;

    @Autowired
    ApiTokens(JdbcClient jdbc, OwnPassword passwords, AccountStates states, ObjectProvider<Clock> clock) {
        this.jdbc = jdbc;
        this.passwords = passwords;
        this.states = states;
        this.clock = clock.getIfAvailable(Clock::systemUTC);
    }

    /** One token of a user, without the token itself, which is never kept. */
    record Token(long id, String name, Instant createdAt, Instant lastUsedAt) {
    }

    /** Makes a token and returns it: the only time it exists outside the caller's hands. */
    String create(String username, String name) {
        byte[] random = new byte[32];
        RANDOM.nextBytes(random);
        String token = PREFIX + Base64.getUrlEncoder().withoutPadding().encodeToString(random);
        jdbc.sql("insert into api_token (username, name, token_hash, created_at) values (?, ?, ?, ?)")
                .params(username, name.strip(), SecondFactors.hash(token), Timestamp.from(clock.instant())).update();
        return token;
    }

    List<Token> of(String username) {
        return jdbc.sql("select id, name, created_at, last_used_at from api_token where username = ? order by id")
                .param(username)
                .query((rs, n) -> new Token(rs.getLong(1), rs.getString(2), rs.getTimestamp(3).toInstant(),
                        rs.getTimestamp(4) == null ? null : rs.getTimestamp(4).toInstant()))
                .list();
    }

    /** Revokes one of the user's own tokens; false if the user has no token of that id. */
    boolean revoke(String username, long id) {
        return jdbc.sql("delete from api_token where id = ? and username = ?").params(id, username).update() == 1;
    }

    /** The user a valid token acts for, with their roles; empty for an unknown token or an account that may not work. */
    Optional<Authentication> authenticate(String token) {
        record Found(long id, String username) {
        }
        Optional<Found> found = jdbc.sql("select id, username from api_token where token_hash = ?")
                .param(SecondFactors.hash(token)).query((rs, n) -> new Found(rs.getLong(1), rs.getString(2)))
                .optional();
        if (found.isEmpty()) {
            return Optional.empty();
        }
        AccountState state = states.find(found.get().username());
        if (state.disabled() || state.mustChangePassword()) {
            return Optional.empty();
        }
        Instant now = clock.instant();
        // Recorded at most once a minute: a script calling many times a second need not write each time.
        jdbc.sql("update api_token set last_used_at = ? where id = ? and (last_used_at is null or last_used_at < ?)")
                .params(Timestamp.from(now), found.get().id(), Timestamp.from(now.minus(USE_RECORDED_EVERY))).update();
        return Optional.of(passwords.withRoles(found.get().username()));
    }
}
