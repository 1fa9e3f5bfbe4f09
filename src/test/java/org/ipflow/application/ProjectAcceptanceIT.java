package org.ipflow.application;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Map;
import org.camunda.bpm.engine.ManagementService;
import org.ipflow.IpflowTest;
import org.ipflow.application.internal.ApplicationRepository;
import org.ipflow.programme.ProjectTerms;
import org.ipflow.programme.TestProgrammes;
import org.ipflow.shared.OfficeTime;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.context.ApplicationContext;
import org.springframework.http.HttpMethod;
import org.springframework.http.ResponseEntity;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * After the award (项目验收) through the API: a programme paying 70 % on award and 30 % on acceptance lets
 * finance pay no more than the tranche due; the enterprise reports its results only at the end of the project
 * period and only for its own project; a recovery above what was paid is refused; the acceptance pays the rest.
 */
@IpflowTest
class ProjectAcceptanceIT {

    @Autowired TestRestTemplate rest;
    @Autowired ApplicationContext context;
    @Autowired ApplicationRepository applications;
    @Autowired ManagementService management;
    @Autowired ProjectTerms terms;
    @Autowired JdbcClient jdbc;

    @Test
    void aFundedProjectIsPaidInTranchesReportsItsResultsAndIsAccepted() {
        ApiClient api = new ApiClient(rest);
        CallRound round = new CallRound(api, new TestProgrammes(context), null);
        terms.define(round.programme, new ProjectTerms.Terms(70, 12));
        long id = round.atApproval("验收项目", 200_000, 90);
        String enterprise = round.enterprises.get(id);
        round.complete("approver1", id, "Task_ApproverDecision", Map.of("decision", "approve", "approvedAmount", 100_000));
        fireTimer(id, "Timer_NoticeEnds");

        var tooMuch = pay(api, id, "Task_Disbursement", "70000.01");
        assertThat(tooMuch.getStatusCode().value()).isEqualTo(400);
        assertThat(ApiClient.errors(tooMuch).get("paidAmount").toString()).contains("70,000.00");
        assertThat(pay(api, id, "Task_Disbursement", "70000").getStatusCode().value()).isEqualTo(200);
        String results = "/api/applications/" + id + "/results";
        Map<String, Object> report = Map.of("newOutputValue", "1250000.50", "jobs", 12, "patentsImplemented", 3,
                "moneySpent", "480000");
        assertThat(api.call(enterprise, HttpMethod.POST, results, report).getStatusCode().value())
                .as("not before the project period ends").isEqualTo(409);

        fireTimer(id, "Timer_ProjectEnds");
        var impossible = api.call(enterprise, HttpMethod.POST, results, Map.of("newOutputValue", "1.001", "jobs", -1,
                "patentsImplemented", 3, "moneySpent", "480000"));
        assertThat(impossible.getStatusCode().value()).isEqualTo(400);
        assertThat(ApiClient.errors(impossible)).containsOnlyKeys("newOutputValue", "jobs");
        assertThat(api.call(api.newEnterprise(), HttpMethod.POST, results, report).getStatusCode().value())
                .as("another enterprise's project").isEqualTo(404);
        assertThat(api.call("reviewer2", HttpMethod.POST, results, report).getStatusCode().value())
                .as("staff report nothing").isEqualTo(404);
        assertThat(api.call(enterprise, HttpMethod.POST, results, report).getStatusCode().value()).isEqualTo(200);
        assertThat(api.call("reviewer2", HttpMethod.GET, results, null).getBody())
                .containsEntry("newOutputValue", 1250000.5).containsEntry("jobs", 12).containsEntry("reportedBy", enterprise);

        String review = api.taskFor("reviewer2", id, "Task_AcceptanceReview");
        var overRecovered = api.complete("reviewer2", review, Map.of("decision", "recover", "recoveryAmount",
                "70000.01", "comment", "项目未实施"));
        assertThat(overRecovered.getStatusCode().value()).isEqualTo(400);
        assertThat(ApiClient.errors(overRecovered)).containsKey("recoveryAmount");
        assertThat(api.complete("reviewer2", review, Map.of("decision", "approve", "comment", "验收通过"))
                .getStatusCode().value()).isEqualTo(200);
        assertThat(applications.findById(id).orElseThrow().status()).isEqualTo(ApplicationStatus.ACCEPTED);

        assertThat(pay(api, id, "Task_AcceptanceDisbursement", "30000.01").getStatusCode().value()).isEqualTo(400);
        assertThat(pay(api, id, "Task_AcceptanceDisbursement", "30000").getStatusCode().value()).isEqualTo(200);
        assertThat(jdbc.sql("select purpose, amount from disbursement where application_id = ? order by id").param(id)
                .query((rs, n) -> rs.getString(1) + " " + rs.getBigDecimal(2)).list())
                .containsExactly("grant 70000.00", "grant-acceptance 30000.00");
        assertThat(api.call("reviewer3", HttpMethod.GET, "/api/admin/calls/" + round.callId, null).getBody())
                .containsEntry("paid", 100000.0).containsEntry("committed", 100000.0);
    }

    private ResponseEntity<Map<String, Object>> pay(ApiClient api, long id, String step, String amount) {
        return api.complete("finance1", api.taskFor("finance1", id, step), Map.of("paidAmount", new BigDecimal(amount),
                "paymentReference", "BOC-" + step + "-" + id, "paidOn", LocalDate.now(OfficeTime.ZONE).toString()));
    }

    private void fireTimer(long id, String timer) {
        String instance = applications.findById(id).orElseThrow().processInstanceId();
        management.executeJob(management.createJobQuery().processInstanceId(instance).activityId(timer)
                .singleResult().getId());
    }
}
