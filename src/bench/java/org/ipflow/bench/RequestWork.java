package org.ipflow.bench;

import com.fasterxml.jackson.databind.JsonNode;
import java.sql.Connection;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * IPFlow's database work per request type: a number of lifecycles run in lockstep, all submits, then per
 * step all claims, all completions, all details, each batch in its own counted window
 * ({@link DatabaseWork}), so that a request type's statements and scans are not mixed with another's.
 * The windows of one type add up over the three steps; all four add up to the lifecycle.
 */
final class RequestWork {

    static final List<String> TYPES = List.of("submit", "claim", "complete", "detail");

    private final HttpLoad load;
    private final HttpLoad.Client client;
    private final Map<String, DatabaseWork.Delta> byType = new LinkedHashMap<>();
    private final Latencies latencies = new Latencies();
    private DatabaseWork.Counters last;

    RequestWork(HttpLoad load, HttpLoad.Client client) {
        this.load = load;
        this.client = client;
        TYPES.forEach(type -> byType.put(type, DatabaseWork.Delta.none()));
    }

    /** Runs the lifecycles; per request type the work of all of them, statement lists in statements-ipflow-type.txt. */
    Map<String, DatabaseWork.Delta> measure(String jdbc, int lifecycles) throws Exception {
        PeerComparison.prepare(client, lifecycles);
        List<Long> ids = new ArrayList<>();
        while (ids.size() < lifecycles) {
            ids.add(client.ready.poll());
        }
        JsonNode[] details = new JsonNode[lifecycles];
        try (Connection db = DatabaseWork.connect(jdbc)) {
            last = DatabaseWork.settle(db);
            for (int i = 0; i < lifecycles; i++) {
                details[i] = load.send(latencies, "submit", load.json("POST", "/api/applications/" + ids.get(i)
                        + "/submit", client.enterpriseAuth, null), 200);
            }
            window(db, "submit");
            for (int step = 1; step <= 3; step++) {
                String[] tasks = new String[lifecycles];
                for (int i = 0; i < lifecycles; i++) {
                    tasks[i] = details[i].get("currentSteps").get(0).get("taskId").asText();
                    load.send(latencies, "claim", load.json("POST", "/api/tasks/" + tasks[i] + "/claim",
                            client.reviewerAuth, null), 200);
                }
                window(db, "claim");
                for (int i = 0; i < lifecycles; i++) {
                    load.send(latencies, "complete", load.json("POST", "/api/tasks/" + tasks[i] + "/complete",
                            client.reviewerAuth, Map.of("data", Map.of("decision", "approve", "comment", "同意"))), 200);
                }
                window(db, "complete");
                for (int i = 0; i < lifecycles; i++) {
                    details[i] = load.send(latencies, "detail", load.json("GET", "/api/applications/" + ids.get(i),
                            client.reviewerAuth, null), 200);
                }
                window(db, "detail");
            }
        }
        for (var entry : byType.entrySet()) {
            entry.getValue().write("ipflow-" + entry.getKey(), lifecycles);
        }
        return byType;
    }

    private void window(Connection db, String type) throws Exception {
        DatabaseWork.Counters now = DatabaseWork.settle(db);
        byType.merge(type, DatabaseWork.between(last, now), DatabaseWork.Delta::plus);
        last = now;
    }
}
