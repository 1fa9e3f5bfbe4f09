package org.ipflow.application;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import javax.sql.DataSource;
import org.ipflow.IpflowPostgresTest;
import org.ipflow.application.internal.ApplicationRepository;
import org.ipflow.programme.TestProgrammes;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.context.ApplicationContext;
import org.springframework.http.HttpMethod;
import org.springframework.http.ResponseEntity;

/**
 * A call's budget under PostgreSQL's real row locks: two batch decisions of one call, each approving an
 * application the budget has room for only once, sent at the same moment. Exactly one is approved. The other
 * is refused with the budget named, either as a whole (409, when its check of the room already sees the first
 * approval) or, when both checks ran before either approval, as its entry's refusal by the approval's own
 * check under the call's lock; either way nothing of it is decided.
 */
@IpflowPostgresTest
class PostgresBudgetRaceIT {

    @Autowired TestRestTemplate rest;
    @Autowired ApplicationContext context;
    @Autowired ApplicationRepository applications;
    @Autowired DataSource dataSource;

    @Test
    void twoBatchDecisionsAtTheSameMomentApproveWithinTheBudgetOnce() throws Exception {
        ApiClient api = new ApiClient(rest);
        CallRound round = new CallRound(api, new TestProgrammes(context), "600000");
        long first = round.atApproval("预算竞争一", 1_000_000, 90);
        long second = round.atApproval("预算竞争二", 1_000_000, 90);
        String decisions = "/api/calls/" + round.callId + "/decisions";

        List<ResponseEntity<Map<String, Object>>> answers = new SameMoment(dataSource).run(
                "select id from programme_call where id = ? for update", round.callId, List.of(
                        () -> api.call("approver1", HttpMethod.POST, decisions, batch(first)),
                        () -> api.call("approver1", HttpMethod.POST, decisions, batch(second))));

        assertThat(answers).as("%s", answers).filteredOn(PostgresBudgetRaceIT::approved).hasSize(1);
        var refused = answers.stream().filter(a -> !approved(a)).findFirst().orElseThrow();
        if (refused.getStatusCode().value() == 409) {
            assertThat(refused.getBody()).containsEntry("requested", 400000.0).containsEntry("left", 200000.0);
        } else {
            assertThat(entry(refused).get("status")).as("%s", refused).isEqualTo(400);
            assertThat(entry(refused).get("errors").toString()).contains("剩余 200,000.00 元");
        }
        assertThat(applications.findByIds(List.of(first, second))).extracting(Application::status)
                .containsExactlyInAnyOrder(ApplicationStatus.PUBLIC_NOTICE, ApplicationStatus.IN_REVIEW);
        assertThat(api.call("reviewer3", HttpMethod.GET, "/api/admin/calls/" + round.callId, null).getBody())
                .containsEntry("committed", 400000.0).containsEntry("applications", 2);
    }

    private static boolean approved(ResponseEntity<Map<String, Object>> answer) {
        return answer.getStatusCode().value() == 200 && Integer.valueOf(200).equals(entry(answer).get("status"));
    }

    private static Map<?, ?> entry(ResponseEntity<Map<String, Object>> answer) {
        return (Map<?, ?>) ((List<?>) answer.getBody().get("results")).get(0);
    }

    private static Map<String, Object> batch(long id) {
        return Map.of("entries", List.of(Map.of("applicationId", id, "decision", "approve", "amount", 400_000,
                "comment", "择优资助")));
    }
}
