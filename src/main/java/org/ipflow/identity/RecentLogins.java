package org.ipflow.identity;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import org.springframework.security.core.GrantedAuthority;

/**
 * Successful password checks of the last minute, so that an API client sending HTTP Basic on every
 * request pays bcrypt once a minute, not on every call. Holds no password: only an HMAC-SHA256 of it under
 * a key drawn at random when the node starts (never stored, never shared), the stored bcrypt hash it was
 * checked against, and the user's authorities. A hit needs the same password and the same stored hash, so
 * a changed password, a deleted or locked account is refused at once (the caller compares the hash).
 */
final class RecentLogins {

    /** Bounds memory if many distinct users log in within one time-to-live; beyond it nothing is cached. */
    static final int MAX_ENTRIES = 10_000;
    private static final SecureRandom RANDOM = new SecureRandom();

    record Entry(byte[] proof, String storedHash, List<GrantedAuthority> authorities, Instant expires) {
    }

    private final Map<String, Entry> entries = new ConcurrentHashMap<>();
    private final SecretKeySpec key;
    private final Clock clock;
    private final Duration timeToLive;

    RecentLogins(Clock clock, Duration timeToLive) {
        byte[] random = new byte[32];
        RANDOM.nextBytes(random);
        this.key = new SecretKeySpec(random, "HmacSHA256");
        this.clock = clock;
        this.timeToLive = timeToLive;
    }

    /** The authorities remembered for this user and password, if checked within the time-to-live against this hash. */
    List<GrantedAuthority> find(String username, String password, String storedHash) {
        Entry entry = entries.get(username);
        if (entry == null) {
            return null;
        }
        if (!clock.instant().isBefore(entry.expires()) || storedHash == null || !storedHash.equals(entry.storedHash())) {
            entries.remove(username, entry);
            return null;
        }
        return MessageDigest.isEqual(entry.proof(), proof(username, password)) ? entry.authorities() : null;
    }

    void remember(String username, String password, String storedHash, List<GrantedAuthority> authorities) {
        if (storedHash == null) {
            return;
        }
        if (entries.size() >= MAX_ENTRIES) {
            Instant now = clock.instant();
            entries.values().removeIf(e -> !now.isBefore(e.expires()));
            if (entries.size() >= MAX_ENTRIES) {
                return;
            }
        }
        entries.put(username, new Entry(proof(username, password), storedHash, List.copyOf(authorities),
                clock.instant().plus(timeToLive)));
    }

    /** Forgets a user, e.g. after a change of password or of group membership. */
    void forget(String username) {
        entries.remove(username);
    }

    private byte[] proof(String username, String password) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(key);
            mac.update(username.getBytes(StandardCharsets.UTF_8));
            mac.update((byte) 0);
            return mac.doFinal(password.getBytes(StandardCharsets.UTF_8));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }
}
