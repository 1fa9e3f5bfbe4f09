package org.ipflow.enterprise;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.atomic.AtomicInteger;
import org.ipflow.shared.CreditCode;

/** Fresh, valid registrations: the tests of one application context share its database. */
final class NewRegistrations {

    static final String PASSWORD = "Steppe-Wind-Lantern-9";

    private static final AtomicInteger SEQUENCE = new AtomicInteger();

    private NewRegistrations() {
    }

    static String username() {
        return "Test.user-" + SEQUENCE.incrementAndGet() + "_" + ThreadLocalRandom.current().nextInt(1_000_000);
    }

    static String creditCode() {
        String first17 = "91150100MA" + String.format("%07d", ThreadLocalRandom.current().nextInt(10_000_000));
        return first17 + CreditCode.checkCharacter(first17);
    }

    static Map<String, Object> body(String username, String creditCode) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("username", username);
        body.put("password", PASSWORD);
        body.put("enterpriseName", "鄂尔多斯绒纺科技有限公司");
        body.put("creditCode", creditCode);
        body.put("region", "150600");
        body.put("contactName", "王敏");
        body.put("contactPhone", "0477-8581234");
        body.put("email", "contact@example.org");
        return body;
    }
}
