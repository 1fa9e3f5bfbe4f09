package org.ipflow.identity;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.time.Duration;
import java.util.HexFormat;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.event.EventListener;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.security.authentication.event.AuthenticationFailureBadCredentialsEvent;
import org.springframework.security.authentication.event.AuthenticationSuccessEvent;
import org.springframework.stereotype.Component;

/**
 * Counts failed logins per account name in the database, so that every node of a cluster sees the same
 * count and a restart forgets nothing. Each change is one atomic statement: two nodes counting failures
 * of the same name at once both count. Browser login and HTTP Basic pass through the same provider
 * manager, so both are throttled alike; see {@link LoginThrottleGate}.
 *
 * <p>Successful logins keep off the table: a name found without a row is remembered as clear for
 * {@link #CLEAR_FOR}, during which its requests neither read nor delete the row (every API request logs in).
 * The price, in a cluster: a lock that another node sets applies here once this node's memory of the name is
 * that old, or at once after a wrong password for it here, which forgets the memory. An attacker gains at most
 * one unthrottled guess per node and lock, and only while the rightful user is active on that node.
 */
@Component
class LoginThrottle {

    private static final Logger LOG = LoggerFactory.getLogger(LoginThrottle.class);
    private static final int MAX_ACCOUNT_LENGTH = 128;
    static final Duration CLEAR_FOR = Duration.ofSeconds(10);
    /** Beyond this many names the memory starts again, so that a flood of names cannot fill the heap. */
    private static final int MAX_REMEMBERED = 10_000;

    private final JdbcClient jdbc;
    private final LoginThrottleSettings settings;
    private final Clock clock;
    /** Account names found without failures, and when (the clock's milliseconds). */
    private final Map<String, Long> clearSince = new ConcurrentHashMap<>();

    @Autowired
    LoginThrottle(JdbcClient jdbc, LoginThrottleSettings settings, ObjectProvider<Clock> clock) {
        this(jdbc, settings, clock.getIfAvailable(Clock::systemUTC));
    }

    LoginThrottle(JdbcClient jdbc, LoginThrottleSettings settings, Clock clock) {
        this.jdbc = jdbc;
        this.settings = settings;
        this.clock = clock;
    }

    /** How long the account name stays refused, if it is refused now. */
    Optional<Duration> lockedFor(String username) {
        String account = account(username);
        long now = clock.millis();
        if (knownClear(account, now)) {
            return Optional.empty();
        }
        Optional<Long> row = jdbc.sql("select locked_until from login_throttle where account = ?").param(account)
                .query((rs, r) -> rs.getLong(1)).optional();
        if (row.isEmpty()) {
            remember(account, now);
        }
        return row.filter(until -> until > now).map(until -> Duration.ofMillis(until - now));
    }

    private boolean knownClear(String account, long now) {
        Long since = clearSince.get(account);
        // A clock set back (tests move it) makes the memory older than it is, never younger.
        return since != null && now >= since && now - since < CLEAR_FOR.toMillis();
    }

    private void remember(String account, long now) {
        if (clearSince.size() >= MAX_REMEMBERED) {
            clearSince.clear();
        }
        clearSince.put(account, now);
    }

    /**
     * Counts a wrong password. A failure more than one lock duration after the previous one starts the
     * count again, so occasional typos never add up to a lock.
     */
    void failed(String username) {
        String account = account(username);
        clearSince.remove(account);
        long now = clock.millis();
        long forgetBefore = now - settings.lockDuration().toMillis();
        long lockedUntil = now + settings.lockDuration().toMillis();
        int updated = jdbc.sql("""
                update login_throttle
                   set failures = case when last_failure < :forgetBefore then 1 else failures + 1 end,
                       locked_until = case when (case when last_failure < :forgetBefore then 1 else failures + 1 end)
                                                >= :max then :lockedUntil else locked_until end,
                       last_failure = :now
                 where account = :account""")
                .param("forgetBefore", forgetBefore).param("max", settings.maxFailures())
                .param("lockedUntil", lockedUntil).param("now", now).param("account", account).update();
        if (updated == 0) {
            try {
                jdbc.sql("insert into login_throttle (account, failures, last_failure, locked_until) values (?,?,?,?)")
                        .params(account, 1, now, settings.maxFailures() <= 1 ? lockedUntil : null).update();
            } catch (DuplicateKeyException anotherNodeInsertedFirst) {
                failed(username);
                return;
            }
        }
        if (lockedFor(username).isPresent()) {
            LOG.warn("Logins for account name '{}' refused for {} after {} failures", account,
                    settings.lockDuration(), settings.maxFailures());
        }
    }

    /** A correct password: the count starts again; a name known to have no count keeps off the table. */
    void succeeded(String username) {
        String account = account(username);
        long now = clock.millis();
        if (!knownClear(account, now)) {
            jdbc.sql("delete from login_throttle where account = ?").param(account).update();
            remember(account, now);
        }
    }

    @EventListener
    void on(AuthenticationFailureBadCredentialsEvent event) {
        failed(event.getAuthentication().getName());
    }

    @EventListener
    void on(AuthenticationSuccessEvent event) {
        succeeded(event.getAuthentication().getName());
    }

    /** Rows of names whose last failure is a day old carry nothing any more; every node may run this. */
    @Scheduled(initialDelayString = "PT10M", fixedDelayString = "PT1H")
    int forgetOld() {
        long before = clock.millis() - Math.max(Duration.ofDays(1).toMillis(), settings.lockDuration().toMillis());
        return jdbc.sql("delete from login_throttle where last_failure < ? and (locked_until is null or locked_until < ?)")
                .params(before, clock.millis()).update();
    }

    /** The key of an account name; very long names (which no account has) are hashed to fit the column. */
    static String account(String username) {
        String name = username == null ? "" : username;
        if (name.length() <= MAX_ACCOUNT_LENGTH) {
            return name;
        }
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(name.getBytes(StandardCharsets.UTF_8));
            return "sha256:" + HexFormat.of().formatHex(digest);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
