package org.ipflow.notification;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import org.ipflow.IpflowTest;
import org.ipflow.application.ApiClient;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;

/** The enterprise hears of every move of its applications, and no one else does. */
@IpflowTest
class NotificationsIT {

    @Autowired
    TestRestTemplate rest;

    @Autowired
    Notifications notifications;

    @Test
    void submissionAndReturnAreNotifiedToTheOwnerOnly() {
        ApiClient api = new ApiClient(rest);
        long id = api.submittedGrant("enterprise2", "通知测试项目", 100000, 40000);
        String number = (String) api.application("enterprise2", id).get("number");
        String task = api.taskFor("reviewer2", id, "Task_RegionalPreReview");
        api.complete("reviewer2", task, Map.of("decision", "return", "comment", "请补充合同", "correctionDays", 5));

        String mine = api.list("enterprise2", "/api/notifications").getBody().toString();
        assertThat(mine).contains(number + " 已提交", number + " 被退回补正");
        assertThat(api.list("enterprise1", "/api/notifications").getBody().toString()).doesNotContain(number);
        // Staff read their own notifications there, never an enterprise's.
        assertThat(api.list("reviewer2", "/api/notifications").getBody().toString()).doesNotContain(number);
    }

    @Test
    void markingAllReadClearsTheUnreadCount() {
        ApiClient api = new ApiClient(rest);
        api.submittedGrant("enterprise1", "已读测试项目", 100000, 40000);
        assertThat(notifications.unread("enterprise1")).isPositive();
        notifications.markAllRead("enterprise1");
        assertThat(notifications.unread("enterprise1")).isZero();
    }
}
