package org.ipflow.tasks;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.RuntimeService;
import org.ipflow.IpflowTest;
import org.ipflow.application.ApiClient;
import org.ipflow.notification.Notification;
import org.ipflow.notification.Notifications;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpMethod;

/**
 * Transfer (转办) through the API: the holder hands the formal review to a colleague of its group, who then holds
 * it and is notified; the office's timeline keeps the note, the applicant's does not; a colleague the rules refuse is a 400 on
 * {@code errors.user}, a task held by someone else a 409, a task the caller cannot see a 404.
 */
@IpflowTest
class TaskTransferIT {

    @Autowired
    TestRestTemplate rest;
    @Autowired
    RuntimeService runtime;
    @Autowired
    ManagementService management;
    @Autowired
    Notifications notifications;

    @Test
    void theHolderHandsTheTaskToAColleagueWhoMayTakeIt() {
        GrantPath grant = new GrantPath(new ApiClient(rest), runtime, management, "转办测试");
        grant.complete("reviewer1", "Task_RegionalPreReview", Map.of("decision", "approve", "comment", "材料齐全"));
        String task = grant.task("reviewer3", "Task_FormalReview");
        assertThat(transfer("reviewer3", task, "reviewer4", "").getStatusCode().value())
                .as("not held by the caller yet").isEqualTo(409);
        assertThat(grant.api.call("reviewer3", HttpMethod.POST, "/api/tasks/" + task + "/claim", null)
                .getStatusCode().value()).isEqualTo(200);

        var duties = transfer("reviewer3", task, "reviewer1", "请接办");
        assertThat(duties.getStatusCode().value()).as("reviewer1 decided the pre-review").isEqualTo(400);
        assertThat(ApiClient.errors(duties)).containsKey("user");
        assertThat(ApiClient.errors(transfer("reviewer3", task, "finance1", "")))
                .as("not in the task's group").containsKey("user");
        assertThat(ApiClient.errors(transfer("reviewer3", task, "nobody-such", ""))).containsKey("user");
        assertThat(transfer("approver1", task, "reviewer4", "").getStatusCode().value())
                .as("a task the caller cannot see").isEqualTo(404);

        var moved = transfer("reviewer3", task, "reviewer4", "出差一周，请代为审查");
        assertThat(moved.getStatusCode().value()).as("%s", moved.getBody()).isEqualTo(200);
        assertThat(grant.get("reviewer4", task)).containsEntry("assignee", "reviewer4");
        assertThat(transfer("reviewer3", task, "reviewer5", "").getStatusCode().value())
                .as("no longer the holder").isEqualTo(409);
        assertThat(notifications.recent("reviewer4", Locale.SIMPLIFIED_CHINESE)).map(Notification::text)
                .as("the colleague is told, with the note").anySatisfy(text -> assertThat(text)
                        .contains("转办").contains("形式审查").contains("出差一周，请代为审查"));
        assertThat(notifications.recent("reviewer4", Locale.ENGLISH)).map(Notification::text)
                .anySatisfy(text -> assertThat(text).contains("transferred").contains("出差一周，请代为审查"));

        assertThat(history("reviewer1", grant)).anySatisfy(entry -> {
            assertThat(entry).containsEntry("decision", "transferred").containsEntry("actor", "reviewer3");
            assertThat((String) entry.get("comment")).contains("出差一周，请代为审查").contains("Reviewer 4");
        });
        assertThat(history(grant.enterprise, grant)).noneSatisfy(entry ->
                assertThat(entry).containsEntry("decision", "transferred"));
        grant.complete("reviewer4", "Task_FormalReview", Map.of("decision", "approve", "comment", "形式审查通过"));
    }

    private org.springframework.http.ResponseEntity<Map<String, Object>> transfer(String user, String task, String to,
            String note) {
        return new ApiClient(rest).call(user, HttpMethod.POST, "/api/tasks/" + task + "/transfer",
                Map.of("user", to, "note", note));
    }

    @SuppressWarnings("unchecked")
    private static List<Map<String, Object>> history(String user, GrantPath grant) {
        return (List<Map<String, Object>>) grant.api.application(user, grant.id).get("history");
    }
}
