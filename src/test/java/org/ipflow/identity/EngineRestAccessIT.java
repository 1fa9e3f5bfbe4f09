package org.ipflow.identity;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.TaskService;
import org.ipflow.IpflowTest;
import org.ipflow.application.ApiClient;
import org.ipflow.modeling.TestModels;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.core.io.ByteArrayResource;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.util.LinkedMultiValueMap;

/**
 * /engine-rest is what Camunda Modeler needs and nothing more: administrators deploy, list and read
 * deployments and definitions; every other path answers 404 to them too (the tester's approval through
 * the engine's task API among them), other roles 403, anonymous callers 401; unknown ids 404, never 500.
 */
@IpflowTest
class EngineRestAccessIT {

    /** Paths off the allow-list, each with something an administrator could do there before. */
    static final List<String> CLOSED = List.of(
            "GET /engine-rest/engine",
            "GET /engine-rest/engine/default/deployment",
            "GET /engine-rest/user",
            "GET /engine-rest/user/count",
            "POST /engine-rest/user/create",
            "PUT /engine-rest/user/admin/credentials",
            "GET /engine-rest/group",
            "PUT /engine-rest/group/admin/members/enterprise1",
            "GET /engine-rest/authorization",
            "GET /engine-rest/tenant",
            "GET /engine-rest/task",
            "POST /engine-rest/task",
            "GET /engine-rest/task/count",
            "GET /engine-rest/process-instance",
            "POST /engine-rest/process-instance",
            "GET /engine-rest/variable-instance",
            "GET /engine-rest/job",
            "GET /engine-rest/job-definition",
            "GET /engine-rest/incident",
            "GET /engine-rest/execution",
            "GET /engine-rest/history/process-instance",
            "POST /engine-rest/message",
            "POST /engine-rest/signal",
            "GET /engine-rest/filter",
            "POST /engine-rest/process-definition/key/patent-transformation-grant/start",
            "POST /engine-rest/process-definition/key/patent-transformation-grant/submit-form",
            "GET /engine-rest/process-definition/key/patent-transformation-grant/statistics",
            "POST /engine-rest/decision-definition/key/grant-funding-rate/evaluate",
            "POST /engine-rest/deployment/no-such-deployment/redeploy",
            "GET /engine-rest/deployment/registered",
            "GET /engine-rest/process-definition/statistics",
            "GET /engine-rest/version/");

    @Autowired
    TestRestTemplate rest;
    @Autowired
    RepositoryService repository;
    @Autowired
    TaskService tasks;
    @Autowired
    JdbcClient jdbc;

    @Test
    void healthIsUpForAnyone() {
        var response = rest.getForEntity("/actuator/health", String.class);
        assertThat(response.getStatusCode()).isEqualTo(HttpStatus.OK);
        assertThat(response.getBody()).isEqualTo("{\"status\":\"UP\"}");
    }

    @Test
    void engineRestRefusesAnonymousCallersOnEveryPath() {
        for (String path : List.of("/engine-rest/version", "/engine-rest/deployment", "/engine-rest/task",
                "/engine-rest/no-such-thing")) {
            assertThat(rest.getForEntity(path, String.class).getStatusCode()).as(path).isEqualTo(HttpStatus.UNAUTHORIZED);
        }
    }

    @Test
    void engineRestRefusesEveryRoleButAdminOnEveryPath() {
        for (String user : new String[] {"enterprise1", "reviewer1", "finance1", "approver1"}) {
            for (String path : List.of("/engine-rest/process-definition/count", "/engine-rest/version",
                    "/engine-rest/task", "/engine-rest/no-such-thing")) {
                assertThat(rest.withBasicAuth(user, "demo").getForEntity(path, String.class).getStatusCode())
                        .as(user + " " + path).isEqualTo(HttpStatus.FORBIDDEN);
            }
        }
    }

    @Test
    void theModelersCallsWorkForAdministrators() {
        var version = admin(HttpMethod.GET, "/engine-rest/version");
        assertThat(version.getStatusCode()).isEqualTo(HttpStatus.OK);
        assertThat(version.getBody()).contains("\"version\":\"7.24");
        // Camunda Modeler's connection check
        var check = admin(HttpMethod.GET, "/engine-rest/deployment?maxResults=0");
        assertThat(check.getStatusCode()).isEqualTo(HttpStatus.OK);
        assertThat(check.getBody()).isEqualTo("[]");

        var deployed = deploy("modeler-check", "modeler-check.bpmn", TestModels.validProcess("modeler-check"),
                "modeler-rate.dmn", TestModels.decision("modeler-rate",
                        "camunda:historyTimeToLive=\"P30D\"", ""));
        assertThat(deployed.getStatusCode()).as(deployed.getBody()).isEqualTo(HttpStatus.OK);
        String id = repository.createDeploymentQuery().deploymentName("modeler-check").singleResult().getId();
        String definition = repository.createProcessDefinitionQuery().deploymentId(id).singleResult().getId();
        String decision = repository.createDecisionDefinitionQuery().deploymentId(id).singleResult().getId();
        assertThat(audit("DEPLOY", "deployment:modeler-check")).containsExactly("admin " + id
                + " resources modeler-check.bpmn, modeler-rate.dmn; source Camunda Modeler;"
                + " via POST /engine-rest/deployment/create");
        String resource = repository.getDeploymentResources(id).stream()
                .filter(r -> r.getName().equals("modeler-check.bpmn")).findFirst().orElseThrow().getId();

        assertThat(admin(HttpMethod.GET, "/engine-rest/deployment?name=modeler-check&maxResults=5").getBody()).contains(id);
        assertThat(admin(HttpMethod.GET, "/engine-rest/deployment/count").getBody()).contains("\"count\":");
        assertThat(admin(HttpMethod.GET, "/engine-rest/deployment/" + id).getBody()).contains("modeler-check");
        assertThat(admin(HttpMethod.GET, "/engine-rest/deployment/" + id + "/resources").getBody())
                .contains("modeler-check.bpmn", "modeler-rate.dmn");
        assertThat(admin(HttpMethod.GET, "/engine-rest/deployment/" + id + "/resources/" + resource).getBody())
                .contains("modeler-check.bpmn");
        assertThat(admin(HttpMethod.GET, "/engine-rest/deployment/" + id + "/resources/" + resource + "/data")
                .getBody()).contains("<process id=\"modeler-check\"");
        for (String path : List.of("/engine-rest/process-definition?key=modeler-check&maxResults=5",
                "/engine-rest/process-definition/count", "/engine-rest/process-definition/" + definition,
                "/engine-rest/process-definition/" + definition + "/xml", "/engine-rest/process-definition/key/modeler-check",
                "/engine-rest/process-definition/key/modeler-check/xml")) {
            var read = admin(HttpMethod.GET, path);
            assertThat(read.getStatusCode()).as(path).isEqualTo(HttpStatus.OK);
            assertThat(read.getBody()).as(path).contains(path.endsWith("count") ? "\"count\":" : "modeler-check");
        }
        for (String path : List.of("/engine-rest/decision-definition?key=modeler-rate&maxResults=5",
                "/engine-rest/decision-definition/count", "/engine-rest/decision-definition/" + decision,
                "/engine-rest/decision-definition/" + decision + "/xml", "/engine-rest/decision-definition/key/modeler-rate",
                "/engine-rest/decision-definition/key/modeler-rate/xml")) {
            var read = admin(HttpMethod.GET, path);
            assertThat(read.getStatusCode()).as(path).isEqualTo(HttpStatus.OK);
            assertThat(read.getBody()).as(path).contains(path.endsWith("count") ? "\"count\":" : "modeler-rate");
        }

        var cascading = admin(HttpMethod.DELETE, "/engine-rest/deployment/" + id + "?cascade=true");
        assertThat(cascading.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
        assertThat(cascading.getBody()).contains("cascade=true is not offered");
        assertThat(repository.createDeploymentQuery().deploymentId(id).count()).isOne();
        assertThat(admin(HttpMethod.DELETE, "/engine-rest/deployment/" + id).getStatusCode())
                .isEqualTo(HttpStatus.NO_CONTENT);
        assertThat(repository.createDeploymentQuery().deploymentId(id).count()).isZero();
        assertThat(audit("DEPLOYMENT_DELETE", "deployment:" + id))
                .containsExactly("admin null via DELETE /engine-rest/deployment/" + id);
    }

    private List<String> audit(String action, String subject) {
        return jdbc.sql("select actor, deployment_id, detail from admin_audit where action = ? and subject = ? order by id")
                .params(action, subject).query((rs, n) -> rs.getString(1) + " " + rs.getString(2) + " " + rs.getString(3))
                .list();
    }

    @Test
    void everyOtherPathAnswers404EvenToAdministrators() {
        long deployments = repository.createDeploymentQuery().count();
        for (String call : CLOSED) {
            String[] parts = call.split(" ");
            var answer = admin(HttpMethod.valueOf(parts[0]), parts[1]);
            assertThat(answer.getStatusCode()).as(call).isEqualTo(HttpStatus.NOT_FOUND);
            assertThat(answer.getBody()).as(call).contains("Not offered by IPFlow's /engine-rest");
        }
        assertThat(repository.createDeploymentQuery().count()).isEqualTo(deployments);
    }

    /** CVE-2026-109432: expressions in a task query's orQueries; the query is not reachable at all. */
    @Test
    void aTaskQueryWithAnExpressionInOrQueriesAnswers404() {
        String body = "{\"orQueries\":[{\"assigneeExpression\":\"${''.getClass()}\"}]}";
        var headers = new HttpHeaders();
        headers.setContentType(MediaType.APPLICATION_JSON);
        var answer = rest.withBasicAuth("admin", "demo").exchange("/engine-rest/task?maxResults=5", HttpMethod.POST,
                new HttpEntity<>(body, headers), String.class);
        assertThat(answer.getStatusCode()).isEqualTo(HttpStatus.NOT_FOUND);
        assertThat(answer.getBody()).doesNotContain("java.lang");
    }

    /** The tester's attack: an administrator completes an approval far above the recommendation. */
    @Test
    void anAdministratorCannotCompleteAnApprovalThroughTheEngine() {
        ApiClient api = new ApiClient(rest);
        long id = api.submittedGrant("enterprise1", "绕过审批的尝试", 200000, 50000);
        assertThat(api.complete("reviewer1", api.taskFor("reviewer1", id, "Task_RegionalPreReview"),
                Map.of("decision", "approve", "comment", "材料齐全")).getStatusCode().value()).isEqualTo(200);
        assertThat(api.complete("reviewer3", api.taskFor("reviewer3", id, "Task_FormalReview"),
                Map.of("decision", "approve")).getStatusCode().value()).isEqualTo(200);
        for (String expert : api.acceptedExperts(id)) {
            assertThat(api.complete(expert, api.taskFor(expert, id, "Task_ExpertScoring"), ApiClient.rubricScore(90))
                    .getStatusCode().value()).isEqualTo(200);
        }
        String approval = api.taskFor("approver1", id, "Task_ApproverDecision");
        int timeline = timelineSize(id);

        var headers = new HttpHeaders();
        headers.setContentType(MediaType.APPLICATION_JSON);
        var attack = rest.withBasicAuth("admin", "demo").exchange("/engine-rest/task/" + approval + "/complete",
                HttpMethod.POST, new HttpEntity<>("{\"variables\":{\"decision\":{\"value\":\"approve\"},"
                        + "\"approvedAmount\":{\"value\":9999999,\"type\":\"Long\"}}}", headers), String.class);

        assertThat(attack.getStatusCode()).isEqualTo(HttpStatus.NOT_FOUND);
        assertThat(tasks.createTaskQuery().taskId(approval).count()).as("the approval is still open").isOne();
        assertThat(tasks.getVariable(approval, "approvedAmount")).isNull();
        assertThat(api.application("enterprise1", id)).containsEntry("status", "IN_REVIEW");
        assertThat(timelineSize(id)).isEqualTo(timeline);
    }

    @Test
    void unknownIdsAnswer404NeverAnError() {
        for (String path : List.of("/engine-rest/deployment/no-such-id", "/engine-rest/deployment/no-such-id/resources",
                "/engine-rest/deployment/no-such-id/resources/no-such-resource",
                "/engine-rest/deployment/no-such-id/resources/no-such-resource/data",
                "/engine-rest/process-definition/no-such-id", "/engine-rest/process-definition/no-such-id/xml",
                "/engine-rest/process-definition/key/no-such-key", "/engine-rest/process-definition/key/no-such-key/xml",
                "/engine-rest/decision-definition/no-such-id", "/engine-rest/decision-definition/no-such-id/xml",
                "/engine-rest/decision-definition/key/no-such-key",
                "/engine-rest/decision-definition/key/no-such-key/xml")) {
            assertThat(admin(HttpMethod.GET, path).getStatusCode()).as(path).isEqualTo(HttpStatus.NOT_FOUND);
        }
        assertThat(admin(HttpMethod.DELETE, "/engine-rest/deployment/no-such-id").getStatusCode())
                .isEqualTo(HttpStatus.NOT_FOUND);
    }

    @Test
    void wrongPasswordIsRefused() {
        assertThat(rest.withBasicAuth("admin", "wrong").getForEntity("/engine-rest/version", String.class)
                .getStatusCode()).isEqualTo(HttpStatus.UNAUTHORIZED);
    }

    private ResponseEntity<String> admin(HttpMethod method, String path) {
        var headers = new HttpHeaders();
        headers.setContentType(MediaType.APPLICATION_JSON);
        Object body = method == HttpMethod.GET || method == HttpMethod.DELETE ? null : "{}";
        return rest.withBasicAuth("admin", "demo").exchange(path, method, new HttpEntity<>(body, headers), String.class);
    }

    private ResponseEntity<String> deploy(String name, String... fileAndContent) {
        var body = new LinkedMultiValueMap<String, Object>();
        body.add("deployment-name", name);
        body.add("deployment-source", "Camunda Modeler");
        body.add("enable-duplicate-filtering", "true");
        for (int i = 0; i < fileAndContent.length; i += 2) {
            String file = fileAndContent[i];
            body.add(file, new ByteArrayResource(fileAndContent[i + 1].getBytes(StandardCharsets.UTF_8)) {
                @Override
                public String getFilename() {
                    return file;
                }
            });
        }
        var headers = new HttpHeaders();
        headers.setContentType(MediaType.MULTIPART_FORM_DATA);
        return rest.withBasicAuth("admin", "demo").postForEntity("/engine-rest/deployment/create",
                new HttpEntity<>(body, headers), String.class);
    }

    private int timelineSize(long applicationId) {
        return jdbc.sql("select count(*) from decision_record where application_id = ?").param(applicationId)
                .query(Integer.class).single();
    }
}
