package org.ipflow.bench;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.atomic.AtomicLong;

/**
 * One client of Camunda's REST API ({@link EngineRestPeer}) working the benchmark process as a reviewer:
 * one lifecycle = start (the same eight variables IPFlow starts with), then three times: the task query of
 * the instance, claim, complete with {decision, comment}. Ten requests, as IPFlow's lifecycle.
 */
final class EngineRestClient {

    private static final AtomicLong SEQUENCE = new AtomicLong();

    private final String base;
    private final String reviewer;
    private final String auth;
    private final HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofSeconds(5)).build();

    EngineRestClient(String base, int index) {
        this.base = base + "/engine-rest";
        this.reviewer = "reviewer" + (index % 3 + 1);
        this.auth = HttpLoad.basic(reviewer, "demo");
    }

    void lifecycle(Latencies latencies) throws Exception {
        long n = SEQUENCE.incrementAndGet();
        Map<String, Object> variables = new LinkedHashMap<>();
        variables.put("applicationId", typed(n, "Long"));
        variables.put("applicationNumber", typed("BEN-R-" + n, "String"));
        variables.put("programme", typed(EngineBaseline.PROCESS, "String"));
        variables.put("region", typed("150100", "String"));
        variables.put("enterpriseId", typed(1L, "Long"));
        variables.put("requestedAmount", typed(100000.0, "Double"));
        variables.put("scoreSum", typed(0L, "Long"));
        variables.put("scoreCount", typed(0L, "Long"));
        String instance = send(latencies, "start", "POST", "/process-definition/key/" + EngineBaseline.PROCESS + "/start",
                Map.of("businessKey", "BEN-R-" + n, "variables", variables), 200).get("id").asText();
        for (int step = 1; step <= 3; step++) {
            JsonNode tasks = send(latencies, "task-query", "GET", "/task?processInstanceId=" + instance
                    + "&firstResult=0&maxResults=10", null, 200);
            String task = tasks.get(0).get("id").asText();
            send(latencies, "claim", "POST", "/task/" + task + "/claim", Map.of("userId", reviewer), 204);
            send(latencies, step == 3 ? "complete-last" : "complete", "POST", "/task/" + task + "/complete",
                    Map.of("variables", Map.of("decision", typed("approve", "String"),
                            "comment", typed("同意", "String"))), 204);
        }
    }

    private static Map<String, Object> typed(Object value, String type) {
        return Map.of("value", value, "type", type);
    }

    private JsonNode send(Latencies latencies, String op, String method, String path, Object body, int expected)
            throws Exception {
        var builder = HttpRequest.newBuilder(URI.create(base + path)).header("Accept", "application/json")
                .header("Authorization", auth);
        if (body != null) {
            builder.header("Content-Type", "application/json");
        }
        HttpRequest request = builder.method(method, body == null ? HttpRequest.BodyPublishers.noBody()
                : HttpRequest.BodyPublishers.ofByteArray(HttpLoad.JSON.writeValueAsBytes(body))).build();
        long t = System.nanoTime();
        var response = http.send(request, HttpResponse.BodyHandlers.ofByteArray());
        long elapsed = System.nanoTime() - t;
        if (response.statusCode() != expected) {
            latencies.error(op + ":" + response.statusCode());
            throw new IllegalStateException(op + " answered " + response.statusCode() + ": "
                    + new String(response.body(), StandardCharsets.UTF_8));
        }
        latencies.record(op, elapsed);
        return response.body().length == 0 ? HttpLoad.JSON.nullNode() : HttpLoad.JSON.readTree(response.body());
    }
}
