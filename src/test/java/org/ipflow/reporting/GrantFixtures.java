package org.ipflow.reporting;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.Date;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.ipflow.application.ApiClient;
import org.ipflow.shared.OfficeTime;
import org.springframework.http.HttpMethod;

/**
 * Grant applications in known states for the dashboard's tests, driven through the JSON API as in
 * GrantFlowIT. Each comes from an enterprise of its own in 150100, so that no yearly cap of another
 * test's enterprise changes the recommended amount.
 */
final class GrantFixtures {

    private final ApiClient api;
    private final RuntimeService runtime;
    private final ManagementService management;
    private final TaskService tasks;

    /** What the release's terms pay of an approval of 90 000 yuan on award: 70 %. */
    static final int AWARD_TRANCHE = 63000;

    GrantFixtures(ApiClient api, RuntimeService runtime, ManagementService management, TaskService tasks) {
        this.api = api;
        this.runtime = runtime;
        this.management = management;
        this.tasks = tasks;
    }

    /** A new enterprise in 150100 and its first user; returns the user name. */
    String newEnterprise() {
        return api.newEnterprise();
    }

    long submitted(String enterprise, String project) {
        return api.submittedGrant(enterprise, project, 200000, 100000);
    }

    /**
     * Submitted and worked by every role to DISBURSED: approved 90 000 yuan and paid today the grant's award
     * tranche, {@link #AWARD_TRANCHE} (70 %); the rest is due on acceptance.
     */
    long disbursed(String enterprise, String project) {
        long id = submitted(enterprise, project);
        done("reviewer1", id, "Task_RegionalPreReview", Map.of("decision", "approve", "comment", "材料齐全"));
        done("reviewer3", id, "Task_FormalReview", Map.of("decision", "approve"));
        for (String expert : api.acceptedExperts(id)) {
            done(expert, id, "Task_ExpertScoring", ApiClient.rubricScore(90, "转化前景好"));
        }
        done("approver1", id, "Task_ApproverDecision", Map.of("decision", "approve", "approvedAmount", 90000));
        String instance = runtime.createProcessInstanceQuery().processInstanceBusinessKey(number(enterprise, id))
                .singleResult().getId();
        management.executeJob(management.createJobQuery().processInstanceId(instance).timers().singleResult().getId());
        done("finance1", id, "Task_Disbursement", Map.of("paidAmount", AWARD_TRANCHE, "paymentReference", "BOC-FIG-" + id,
                "paidOn", LocalDate.now(OfficeTime.ZONE).toString()));
        assertThat(api.application("approver1", id)).containsEntry("status", "DISBURSED");
        return id;
    }

    /** Submitted and rejected at the regional pre-review. */
    /** A rejected application its enterprise evaluated with this rating. */
    long evaluated(String enterprise, String project, int rating) {
        long id = rejected(enterprise, project);
        var evaluation = api.call(enterprise, org.springframework.http.HttpMethod.POST,
                "/api/applications/" + id + "/evaluation", Map.of("rating", rating));
        org.assertj.core.api.Assertions.assertThat(evaluation.getStatusCode().value()).isEqualTo(201);
        return id;
    }

    long rejected(String enterprise, String project) {
        long id = submitted(enterprise, project);
        done("reviewer1", id, "Task_RegionalPreReview", Map.of("decision", "reject", "comment", "不属于资助范围"));
        return id;
    }

    /** Submitted; its pre-review was due yesterday, claimed by the given reviewer or by nobody (null). */
    long overdue(String enterprise, String project, String claimedBy) {
        long id = submitted(enterprise, project);
        String task = api.taskFor("reviewer1", id, "Task_RegionalPreReview");
        tasks.setDueDate(task, Date.from(Instant.now().minus(1, ChronoUnit.DAYS)));
        if (claimedBy != null) {
            assertThat(api.call(claimedBy, HttpMethod.POST, "/api/tasks/" + task + "/claim", null).getStatusCode().value())
                    .isEqualTo(200);
        }
        return id;
    }

    private void done(String user, long id, String step, Map<String, Object> data) {
        String task = api.taskFor(user, id, step);
        assertThat(task).as("%s's task %s of application %d", user, step, id).isNotNull();
        var answer = api.complete(user, task, data);
        assertThat(answer.getStatusCode().value()).as("%s", answer.getBody()).isEqualTo(200);
    }

    private String number(String enterprise, long id) {
        return (String) api.application("approver1", id).get("number");
    }
}
