package org.ipflow.integration;

import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * A subscriber on an ephemeral loopback port that checks every delivery as the README tells receivers to: the
 * signature over {@code t.body} under its secret, and {@code t} within five minutes of its own clock. It answers
 * 500 to the first {@code failFirst} deliveries, 401 to a delivery whose signature does not hold, 204 otherwise.
 */
final class WebhookReceiver implements AutoCloseable {

    /** One request as received, and whether its signature held. */
    record Received(String eventId, String signature, String body, boolean verified, int answered) {
    }

    private final HttpServer server;
    private final List<Received> received = new CopyOnWriteArrayList<>();
    private final AtomicInteger failures;
    private volatile String secret = "";

    WebhookReceiver(int failFirst) throws IOException {
        failures = new AtomicInteger(failFirst);
        server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        server.createContext("/hook", exchange -> {
            String body = new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8);
            String signature = exchange.getRequestHeaders().getFirst("IPFlow-Signature");
            boolean verified = verify(secret, signature, body, System.currentTimeMillis() / 1000);
            int answer = failures.getAndDecrement() > 0 ? 500 : verified ? 204 : 401;
            received.add(new Received(exchange.getRequestHeaders().getFirst("IPFlow-Event-Id"), signature, body,
                    verified, answer));
            exchange.sendResponseHeaders(answer, -1);
            exchange.close();
        });
        server.start();
    }

    /** The check of the README's example: t within 300 seconds, v1 equal to the HMAC of "t.body". */
    static boolean verify(String secret, String header, String body, long now) {
        if (header == null || !header.matches("t=\\d+,v1=[0-9a-f]{64}")) {
            return false;
        }
        long t = Long.parseLong(header.substring(2, header.indexOf(',')));
        String v1 = header.substring(header.indexOf("v1=") + 3);
        return Math.abs(now - t) <= 300 && java.security.MessageDigest.isEqual(
                v1.getBytes(StandardCharsets.US_ASCII),
                WebhookSignature.hmac(secret, t + "." + body).getBytes(StandardCharsets.US_ASCII));
    }

    void secret(String secret) {
        this.secret = secret;
    }

    String url() {
        return "http://127.0.0.1:" + server.getAddress().getPort() + "/hook";
    }

    List<Received> received() {
        return received;
    }

    @Override
    public void close() {
        server.stop(0);
    }
}
