package org.ipflow.identity;

import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Locale;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.crypto.bcrypt.BCryptPasswordEncoder;

/**
 * The password check per API request before and after {@link RecentLogins}: a bcrypt match (what every
 * HTTP Basic request paid) against a remembered check (HMAC-SHA256 and a map look-up). The provider also
 * reads the user's row on every request, one primary-key query, not counted here.
 */
public final class AuthCheckCost {

    public static void main(String[] args) {
        BcryptPasswordEncryptor bcrypt = new BcryptPasswordEncryptor(10);
        String hash = bcrypt.encrypt("bench-password-1");
        int checks = 20;
        long t = System.nanoTime();
        for (int i = 0; i < checks; i++) {
            if (!bcrypt.check("bench-password-1", hash)) {
                throw new IllegalStateException();
            }
        }
        double bcryptMs = (System.nanoTime() - t) / 1e6 / checks;
        RecentLogins recent = new RecentLogins(Clock.systemUTC(), Duration.ofMinutes(1));
        recent.remember("reviewer1", "bench-password-1", hash, List.of(new SimpleGrantedAuthority("reviewer")));
        int hits = 200_000;
        for (int i = 0; i < hits; i++) {
            recent.find("reviewer1", "bench-password-1", hash);
        }
        t = System.nanoTime();
        for (int i = 0; i < hits; i++) {
            if (recent.find("reviewer1", "bench-password-1", hash) == null) {
                throw new IllegalStateException();
            }
        }
        double hitMs = (System.nanoTime() - t) / 1e6 / hits;
        System.out.printf(Locale.ROOT, "%n== password check per request (one thread), load average %s%n"
                + "bcrypt (%s, before): %.2f ms; remembered check (after): %.4f ms; ratio %.0fx%n",
                org.ipflow.bench.Latencies.loadAverage(), BCryptPasswordEncoder.class.getSimpleName() + " strength 10",
                bcryptMs, hitMs, bcryptMs / hitMs);
    }

    private AuthCheckCost() {
    }
}
