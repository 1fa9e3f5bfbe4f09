package org.ipflow.tasks;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.ipflow.IpflowTest;
import org.ipflow.application.ApiClient;
import org.ipflow.shared.OfficeTime;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpMethod;

/**
 * Delegation while away through the API: a reviewer sets an absence with a substitute who shares a group; the
 * substitute's inbox then holds the reviewer's assigned task, and the decision the substitute takes is recorded
 * as theirs on the reviewer's behalf; an empty absence ends it.
 */
@IpflowTest
class AbsenceIT {

    @Autowired
    TestRestTemplate rest;

    @Test
    void theSubstituteDecidesTheAbsentReviewersTaskOnTheirBehalf() {
        ApiClient api = new ApiClient(rest);
        String enterprise = api.newEnterprise();
        long id = api.submittedPledge(enterprise, "代办测试", 100000, 60);
        String number = (String) api.application(enterprise, id).get("number");
        String task = api.taskFor("reviewer4", id, "Task_Verification");
        assertThat(api.call("reviewer4", HttpMethod.POST, "/api/tasks/" + task + "/claim", null).getStatusCode().value())
                .isEqualTo(200);
        LocalDate today = LocalDate.now(OfficeTime.ZONE);
        try {
            assertThat(ApiClient.errors(absence(api, today, today.plusDays(3), "finance1"))).containsKey("substitute");
            assertThat(ApiClient.errors(absence(api, today, today.minusDays(1), "reviewer5"))).containsKey("until");
            assertThat(ApiClient.errors(absence(api, today, today, "reviewer4"))).containsKey("substitute");
            var set = absence(api, today, today.plusDays(3), "reviewer5");
            assertThat(set.getStatusCode().value()).as("%s", set.getBody()).isEqualTo(200);
            assertThat(api.call("reviewer4", HttpMethod.GET, "/api/me/absence", null).getBody())
                    .containsEntry("substitute", "reviewer5").containsEntry("from", today.toString());

            assertThat(api.list("reviewer5", "/api/tasks?q=" + number).getBody())
                    .anySatisfy(t -> assertThat(t).containsEntry("id", task).containsEntry("assignee", "reviewer4"));
            assertThat(api.complete("reviewer6", task, Map.of("decision", "approve", "comment", "核实无误"))
                    .getStatusCode().value()).as("not reviewer6's to decide").isEqualTo(409);
            var done = api.complete("reviewer5", task, Map.of("decision", "approve", "comment", "核实无误"));
            assertThat(done.getStatusCode().value()).as("%s", done.getBody()).isEqualTo(200);
            assertThat(history(api, id)).anySatisfy(entry -> assertThat(entry).containsEntry("actor", "reviewer5")
                    .containsEntry("onBehalfOf", "reviewer4").containsEntry("decision", "approve"));
        } finally {
            Map<String, Object> none = new HashMap<>();
            none.put("from", null);
            assertThat(api.call("reviewer4", HttpMethod.PUT, "/api/me/absence", none).getStatusCode().value()).isEqualTo(200);
        }
        assertThat(api.call("reviewer4", HttpMethod.GET, "/api/me/absence", null).getBody()).containsEntry("substitute", null);
    }

    private static org.springframework.http.ResponseEntity<Map<String, Object>> absence(ApiClient api, LocalDate from,
            LocalDate until, String substitute) {
        return api.call("reviewer4", HttpMethod.PUT, "/api/me/absence",
                Map.of("from", from.toString(), "until", until.toString(), "substitute", substitute));
    }

    @SuppressWarnings("unchecked")
    private static List<Map<String, Object>> history(ApiClient api, long id) {
        return (List<Map<String, Object>>) api.application("reviewer3", id).get("history");
    }
}
