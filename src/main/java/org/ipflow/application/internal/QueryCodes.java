package org.ipflow.application.internal;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.util.Locale;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * The query codes of receipts: 12 characters of base32 without look-alikes (60 random bits from a
 * {@link SecureRandom}), so that nobody finds an application's progress by trying codes, least of all at the
 * public look-up's rate limit. People may type them in lower case, with spaces or hyphens.
 */
@Component
public class QueryCodes {

    private static final char[] ALPHABET = "ABCDEFGHJKLMNPQRSTUVWXYZ23456789".toCharArray();
    private static final int LENGTH = 12;
    private static final SecureRandom RANDOM = new SecureRandom();

    private final JdbcClient jdbc;

    QueryCodes(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** Gives the application its code at its first submission; a resubmission keeps the one on the receipt. */
    void assign(long applicationId) {
        jdbc.sql("update application set query_code = ? where id = ? and query_code is null")
                .params(next(), applicationId).update();
    }

    public Optional<String> of(long applicationId) {
        return jdbc.sql("select query_code from application where id = ?").param(applicationId)
                .query(String.class).optional();
    }

    /** Whether the code is this application's; compared in constant time, so its timing tells nothing. */
    public boolean matches(long applicationId, String typed) {
        String stored = of(applicationId).orElse(null);
        if (stored == null || typed == null || typed.length() > 64) {
            return false;
        }
        String code = typed.replaceAll("[\\s-]", "").toUpperCase(Locale.ROOT);
        return MessageDigest.isEqual(stored.getBytes(StandardCharsets.US_ASCII),
                code.getBytes(StandardCharsets.UTF_8));
    }

    static String next() {
        char[] code = new char[LENGTH];
        for (int i = 0; i < code.length; i++) {
            code[i] = ALPHABET[RANDOM.nextInt(ALPHABET.length)];
        }
        return new String(code);
    }
}
