package org.ipflow.application;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;
import javax.sql.DataSource;
import org.ipflow.application.internal.ApplicationRepository;
import org.ipflow.shared.Money;
import org.springframework.http.HttpMethod;

/**
 * The pledge-financing programme's steps through the JSON API, shared by the tests on H2 and on
 * PostgreSQL: every role in turn, and two approvals for one enterprise at the same moment.
 */
final class PledgeSteps {

    final ApiClient api;
    private final ApplicationRepository applications;
    private final DataSource dataSource;

    PledgeSteps(ApiClient api, ApplicationRepository applications, DataSource dataSource) {
        this.api = api;
        this.applications = applications;
        this.dataSource = dataSource;
    }

    /** Submitted, verified by reviewer3 and confirmed by finance1 at this amount: waits for the approver. */
    long confirmed(String enterprise, String purpose, int interestPaid, int ipShare, int amount) {
        long id = api.submittedPledge(enterprise, purpose, interestPaid, ipShare);
        assertThat(complete("reviewer3", id, "Task_Verification", Map.of("decision", "approve"))).isEqualTo(200);
        assertThat(recommendation(id)).startsWith("建议贴息 " + Money.ofYuan(amount).format(Locale.ROOT) + " 元");
        assertThat(complete("finance1", id, "Task_FinanceConfirmation",
                Map.of("decision", "approve", "approvedAmount", amount))).isEqualTo(200);
        return id;
    }

    /** The latest computation of the subsidy, as the timeline tells finance and the enterprise. */
    String recommendation(long id) {
        List<?> history = (List<?>) application(id).get("history");
        return history.stream().map(Map.class::cast).filter(h -> "recommended".equals(h.get("decision")))
                .reduce((a, b) -> b).map(h -> (String) h.get("comment")).orElseThrow();
    }

    int complete(String user, long id, String step, Map<String, Object> data) {
        String task = api.taskFor(user, id, step);
        assertThat(task).as("%s's task %s of application %d", user, step, id).isNotNull();
        return api.complete(user, task, data).getStatusCode().value();
    }

    /** The approver approves both applications at the same moment; returns the two HTTP statuses. */
    List<Integer> approveAtTheSameMoment(long first, long second) throws Exception {
        String firstTask = api.taskFor("approver1", first, "Task_ApproverDecision");
        String secondTask = api.taskFor("approver1", second, "Task_ApproverDecision");
        long enterpriseId = applications.findById(first).orElseThrow().enterpriseId();
        List<Callable<Integer>> approvals = List.of(
                () -> api.complete("approver1", firstTask, Map.of("decision", "approve")).getStatusCode().value(),
                () -> api.complete("approver1", secondTask, Map.of("decision", "approve")).getStatusCode().value());
        return new SameMoment(dataSource).run(enterpriseId, approvals);
    }

    Map<String, Object> application(long id) {
        return api.call("approver1", HttpMethod.GET, "/api/applications/" + id, null).getBody();
    }
}
