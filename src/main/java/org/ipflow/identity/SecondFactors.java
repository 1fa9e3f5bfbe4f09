package org.ipflow.identity;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;
import java.util.OptionalLong;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.annotation.Transactional;

/**
 * The tables {@code second_factor} and {@code recovery_code}: a staff member's TOTP secret and ten recovery
 * codes. A code is accepted at most once: a TOTP code only for a later time step than the last accepted one
 * (the update that records the step is the check, so two nodes cannot both accept it), a recovery code by
 * marking it used in the same statement that finds it.
 */
@Repository
class SecondFactors {

    static final int RECOVERY_CODES = 10;
    private static final String RECOVERY_ALPHABET = "abcdefghjkmnpqrstuvwxyz23456789";
    private static final SecureRandom RANDOM = new SecureRandom();

    private final JdbcClient jdbc;
    private final Clock clock;

    @Autowired
    SecondFactors(JdbcClient jdbc, ObjectProvider<Clock> clock) {
        this(jdbc, clock.getIfAvailable(Clock::systemUTC));
    }

    SecondFactors(JdbcClient jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    boolean enrolled(String username) {
        return enrolledAt(username).isPresent();
    }

    Optional<Instant> enrolledAt(String username) {
        return jdbc.sql("select enrolled_at from second_factor where username = ?").param(username)
                .query(Timestamp.class).optional().map(Timestamp::toInstant);
    }

    int recoveryCodesLeft(String username) {
        return jdbc.sql("select count(*) from recovery_code where username = ? and used_at is null").param(username)
                .query(Integer.class).single();
    }

    /**
     * Enrols {@code secret} if {@code code} is its current code; returns the new recovery codes to show once,
     * or empty for a wrong code. A factor enrolled before is replaced, with its recovery codes.
     */
    @Transactional
    Optional<List<String>> enrol(String username, String secret, String code) {
        OptionalLong step = Totp.matchingStep(secret, code, clock.instant().getEpochSecond());
        if (step.isEmpty()) {
            return Optional.empty();
        }
        remove(username);
        jdbc.sql("insert into second_factor (username, secret, enrolled_at, last_step) values (?, ?, ?, ?)")
                .params(username, secret, Timestamp.from(clock.instant()), step.getAsLong()).update();
        List<String> codes = new ArrayList<>();
        for (int i = 0; i < RECOVERY_CODES; i++) {
            String recovery = newRecoveryCode();
            codes.add(recovery);
            jdbc.sql("insert into recovery_code (username, code_hash) values (?, ?)").params(username, hash(recovery))
                    .update();
        }
        return Optional.of(codes);
    }

    /** Whether {@code code} is the user's current TOTP code, not used before, or one of their unused recovery codes. */
    @Transactional
    boolean verify(String username, String code) {
        String entered = code == null ? "" : code.strip().toLowerCase(java.util.Locale.ROOT);
        Optional<String> secret = jdbc.sql("select secret from second_factor where username = ?").param(username)
                .query(String.class).optional();
        if (secret.isEmpty()) {
            return false;
        }
        OptionalLong step = Totp.matchingStep(secret.get(), entered, clock.instant().getEpochSecond());
        if (step.isPresent()) {
            return jdbc.sql("update second_factor set last_step = ? where username = ? and last_step < ?")
                    .params(step.getAsLong(), username, step.getAsLong()).update() == 1;
        }
        return jdbc.sql("update recovery_code set used_at = ? where username = ? and code_hash = ? and used_at is null")
                .params(Timestamp.from(clock.instant()), username, hash(entered)).update() == 1;
    }

    /** Removes the factor and its recovery codes (an administrator's reset, or before a new enrolment). */
    @Transactional
    boolean remove(String username) {
        jdbc.sql("delete from recovery_code where username = ?").param(username).update();
        return jdbc.sql("delete from second_factor where username = ?").param(username).update() > 0;
    }

    /** Ten characters that are hard to misread (no 0/o, 1/l/i), as two groups of five. */
    private static String newRecoveryCode() {
        StringBuilder code = new StringBuilder();
        for (int i = 0; i < 10; i++) {
            code.append(RECOVERY_ALPHABET.charAt(RANDOM.nextInt(RECOVERY_ALPHABET.length())));
        }
        return code.insert(5, '-').toString();
    }

    static String hash(String value) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256")
                    .digest(value.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
