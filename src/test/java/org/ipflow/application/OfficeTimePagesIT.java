package org.ipflow.application;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.Date;
import java.util.Map;
import java.util.TimeZone;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.ipflow.IpflowTest;
import org.ipflow.identity.WebSession;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;

/**
 * Pages show office time (Beijing) on a server whose own zone is UTC: a correction deadline at the end
 * of a day in Beijing reads 23:59 on the enterprise's list and detail pages, not 15:59. The engine's
 * clock stands still so that the office's "today" cannot change between the return and the check.
 */
@IpflowTest
class OfficeTimePagesIT {

    static final ZoneId OFFICE = ZoneId.of("Asia/Shanghai");

    @Autowired TestRestTemplate rest;
    TimeZone serverZone;
    Instant start;

    @BeforeEach
    void serverInUtc() {
        serverZone = TimeZone.getDefault();
        TimeZone.setDefault(TimeZone.getTimeZone("UTC"));
        start = Instant.now().truncatedTo(ChronoUnit.SECONDS);
        ClockUtil.setCurrentTime(Date.from(start));
    }

    @AfterEach
    void restore() {
        ClockUtil.reset();
        TimeZone.setDefault(serverZone);
    }

    @Test
    void aCorrectionDeadlineReadsInBeijingTime() {
        ApiClient api = new ApiClient(rest);
        long id = api.submittedGrant("enterprise1", "办公时间：补正期限", 100000, 40000);
        String number = (String) api.application("enterprise1", id).get("number");
        String task = api.taskFor("reviewer1", id, "Task_RegionalPreReview");
        assertThat(api.complete("reviewer1", task, Map.of("decision", "return", "comment", "请补充合同",
                "correctionDays", 7)).getStatusCode().value()).isEqualTo(200);

        String lastDay = start.atZone(OFFICE).toLocalDate().plusDays(7).toString();
        WebSession enterprise = new WebSession(rest);
        enterprise.login("enterprise1", "demo");
        String list = enterprise.get("/applications?q=" + number).getBody();
        String detail = enterprise.get("/applications/" + id).getBody();

        assertThat(list).contains(number, "请于 " + lastDay + " 23:59 前补正").doesNotContain(lastDay + " 15:59");
        assertThat(detail).contains("请于 " + lastDay + " 23:59 前补正").doesNotContain(lastDay + " 15:59");
    }
}
