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
import org.ipflow.application.ApplicationRepository;
import org.ipflow.application.ApplicationStatus;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.boot.web.client.RestTemplateBuilder;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Two IPFlow nodes on one PostgreSQL, as in production: a browser session started on one node is
 * honoured by the other.
 */
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

    static ApiClient api(ClusterNode node) {
        return new ApiClient(new TestRestTemplate(new RestTemplateBuilder().rootUri(node.url(""))));
    }
}
