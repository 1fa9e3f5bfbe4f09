package org.ipflow.integration;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.util.HexFormat;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * The {@code IPFlow-Signature} header of a delivery: {@code t=<unix seconds>,v1=<hex HMAC-SHA256 of "t.body">}
 * under the subscriber's secret. The time is part of what is signed, so a receiver that rejects a {@code t}
 * more than five minutes from its own clock cannot be fed an old delivery again.
 */
final class WebhookSignature {

    static final String HEADER = "IPFlow-Signature";
    static final String EVENT_ID = "IPFlow-Event-Id";

    private WebhookSignature() {
    }

    static String header(String secret, long unixSeconds, String body) {
        return "t=" + unixSeconds + ",v1=" + hmac(secret, unixSeconds + "." + body);
    }

    static String hmac(String secret, String text) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(secret.getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
            return HexFormat.of().formatHex(mac.doFinal(text.getBytes(StandardCharsets.UTF_8)));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("HmacSHA256 is part of every JDK", e);
        }
    }
}
