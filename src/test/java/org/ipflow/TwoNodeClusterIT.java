package org.ipflow;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.runtime.Job;
import org.ipflow.application.ApiClient;
import org.ipflow.application.ApplicationStatus;
import org.ipflow.application.internal.ApplicationRepository;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.boot.web.client.RestTemplateBuilder;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Two IPFlow nodes on one PostgreSQL, as in production: a browser session started on one node is
 * honoured by the other, and a due timer fires exactly once although both nodes' job executors run.
 */
@ClusterTest
class TwoNodeClusterIT {

    static ClusterNode nodeA;
    static ClusterNode nodeB;

    @BeforeAll
    static void startNodes() {
        String database = PostgresTestDatabase.newDatabase();
        // One after the other: the first creates the schema, as the first node of a new cluster does.
        nodeA = ClusterNode.start(database);
        nodeB = ClusterNode.start(database);
    }

    @AfterAll
    static void stopNodes() {
        if (nodeB != null) {
            nodeB.close();
        }
        if (nodeA != null) {
            nodeA.close();
        }
    }

    @Test
    void sessionStartedOnOneNodeIsHonouredByTheOther() throws Exception {
        String session = nodeA.login("reviewer1", "demo");

        assertThat(nodeB.get("/tasks", session).statusCode()).isEqualTo(200);
        assertThat(nodeB.get("/tasks", null).statusCode()).as("without the cookie: to the login page").isEqualTo(302);
    }

    @Test
    void dueTimersFireOnceAlthoughBothNodesRunJobs() throws Exception {
        List<ApiClient> nodes = List.of(api(nodeA), api(nodeB));
        List<Long> ids = new ArrayList<>();
        for (int i = 0; i < 4; i++) {
            ApiClient api = nodes.get(i % 2);
            long id = api.submittedGrant("enterprise1", "集群定时器项目 " + i, 100000, 40000);
            String preReview = api.taskFor("reviewer1", id, "Task_RegionalPreReview");
            assertThat(api.complete("reviewer1", preReview, Map.of("decision", "return", "comment", "请补充合同",
                    "correctionDays", 15)).getStatusCode().value()).isEqualTo(200);
            ids.add(id);
        }
        ApplicationRepository applications = nodeA.bean(ApplicationRepository.class);
        ManagementService management = nodeA.bean(ManagementService.class);
        List<String> instances = ids.stream()
                .map(id -> applications.findById(id).orElseThrow().processInstanceId()).toList();
        // The correction deadlines pass at once: both job executors see four due timers.
        Date past = new Date(System.currentTimeMillis() - 1000);
        for (String instance : instances) {
            Job timer = management.createJobQuery().processInstanceId(instance).timers().singleResult();
            management.setJobDuedate(timer.getId(), past);
        }

        long deadline = System.currentTimeMillis() + 30_000;
        while (System.currentTimeMillis() < deadline && !ids.stream().allMatch(id ->
                applications.findById(id).orElseThrow().status() == ApplicationStatus.WITHDRAWN)) {
            Thread.sleep(200);
        }

        HistoryService history = nodeB.bean(HistoryService.class);
        JdbcClient jdbc = nodeB.bean(JdbcClient.class);
        for (int i = 0; i < ids.size(); i++) {
            long id = ids.get(i);
            String instance = instances.get(i);
            assertThat(applications.findById(id).orElseThrow().status()).isEqualTo(ApplicationStatus.WITHDRAWN);
            assertThat(history.createHistoricActivityInstanceQuery().processInstanceId(instance)
                    .activityId("Timer_CorrectionDeadline").count()).as("timer of %d fired", id).isEqualTo(1);
            assertThat(jdbc.sql("select count(*) from decision_record where application_id = ? and decision = ?")
                    .params(id, "withdrawn").query(Long.class).single()).as("withdrawal of %d", id).isEqualTo(1);
            assertThat(management.createJobQuery().processInstanceId(instance).count()).isZero();
        }
        assertThat(management.createJobQuery().withException().count()).isZero();
    }

    static ApiClient api(ClusterNode node) {
        return new ApiClient(new TestRestTemplate(new RestTemplateBuilder().rootUri(node.url(""))));
    }
}
