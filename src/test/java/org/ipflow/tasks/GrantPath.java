package org.ipflow.tasks;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.runtime.Job;
import org.ipflow.application.ApiClient;
import org.ipflow.shared.OfficeTime;
import org.springframework.http.HttpMethod;

/**
 * A grant application of an enterprise of its own (so that no other test's approvals use up its yearly
 * cap) taken step by step through the office's tasks by the roles that work them, through the API.
 */
final class GrantPath {

    final ApiClient api;
    final String enterprise;
    final long id;
    final String number;
    private final RuntimeService runtime;
    private final ManagementService management;
    private List<String> experts = List.of();

    GrantPath(ApiClient api, RuntimeService runtime, ManagementService management, String project) {
        this.api = api;
        this.runtime = runtime;
        this.management = management;
        this.enterprise = api.newEnterprise();
        this.id = api.submittedGrant(enterprise, project, 200000, 100000);
        this.number = (String) api.application(enterprise, id).get("number");
    }

    String task(String user, String step) {
        String task = api.taskFor(user, id, step);
        assertThat(task).as("%s's %s of %s", user, step, number).isNotNull();
        return task;
    }

    Map<String, Object> get(String user, String taskId) {
        var answer = api.call(user, HttpMethod.GET, "/api/tasks/" + taskId, null);
        assertThat(answer.getStatusCode().value()).as("%s reads %s", user, taskId).isEqualTo(200);
        return answer.getBody();
    }

    GrantPath complete(String user, String step, Map<String, Object> data) {
        var answer = api.complete(user, task(user, step), data);
        assertThat(answer.getStatusCode().value()).as("%s completes %s: %s", user, step, answer.getBody())
                .isEqualTo(200);
        return this;
    }

    /** Pre-reviewed and formally reviewed; the three experts drawn have declared no conflict. */
    GrantPath reviewed() {
        return declarationsOpen().reviewedByExperts();
    }

    /** Pre-reviewed and formally reviewed: the experts drawn are asked to declare first. */
    GrantPath declarationsOpen() {
        return complete("reviewer1", "Task_RegionalPreReview", Map.of("decision", "approve", "comment", "材料齐全"))
                .complete("reviewer3", "Task_FormalReview", Map.of("decision", "approve", "comment", "形式审查通过"));
    }

    /** After {@link #declarationsOpen}: the experts drawn declare no conflict. */
    GrantPath reviewedByExperts() {
        experts = api.acceptedExperts(id);
        return this;
    }

    /** The i-th expert who accepted, from 0. */
    String expert(int i) {
        return experts.get(i);
    }

    GrantPath scored(String expert, int score) {
        return complete(expert, "Task_ExpertScoring", ApiClient.rubricScore(score, "评审意见" + score));
    }

    /** Scored by the experts who accepted, in turn. */
    GrantPath scored(int... scores) {
        for (int i = 0; i < scores.length; i++) {
            scored(experts.get(i), scores[i]);
        }
        return this;
    }

    GrantPath approved(int amount) {
        return complete("approver1", "Task_ApproverDecision", Map.of("decision", "approve", "approvedAmount", amount));
    }

    /** The public notice's timer fired: the notice is over and the disbursement waits. */
    GrantPath noticeEnded() {
        String instance = runtime.createProcessInstanceQuery().processInstanceBusinessKey(number).singleResult().getId();
        List<Job> timers = management.createJobQuery().processInstanceId(instance).timers().list();
        assertThat(timers).hasSize(1);
        management.executeJob(timers.get(0).getId());
        return this;
    }

    GrantPath paid(int amount, String reference) {
        return complete("finance1", "Task_Disbursement", Map.of("paidAmount", amount, "paymentReference", reference,
                "paidOn", LocalDate.now(OfficeTime.ZONE).toString()));
    }
}
