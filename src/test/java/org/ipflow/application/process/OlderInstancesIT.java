package org.ipflow.application.process;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.runtime.Job;
import org.ipflow.IpflowTest;
import org.ipflow.application.ApiClient;
import org.ipflow.application.Application;
import org.ipflow.application.internal.ApplicationRepository;
import org.ipflow.application.process.grant.GrantProcess;
import org.ipflow.shared.OfficeTime;
import org.ipflow.shared.ProcessVariables;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Instances started before amounts were {@code Money} hold them as {@code Double}s: a grant started the
 * way the façade then started it, and left waiting at the approver with the recommendation the building
 * block then wrote, is finished by today's façade and building blocks, with amounts in fen compared and
 * recorded exactly.
 */
@IpflowTest
class OlderInstancesIT {

    @Autowired TestRestTemplate rest;
    @Autowired RuntimeService runtime;
    @Autowired ManagementService management;
    @Autowired HistoryService history;
    @Autowired ApplicationRepository applications;
    @Autowired JdbcClient jdbc;
    ApiClient api;

    @BeforeEach
    void setUp() {
        api = new ApiClient(rest);
    }

    @Test
    void aGrantStartedWithDoubleAmountsIsPaidToTheFen() {
        // An enterprise of its own: the payment uses up most of a yearly cap that other tests in this context share.
        String enterprise = api.newEnterprise();
        long id = api.completeDraft(enterprise, "旧版本启动的资助申请", 300000, 150000);
        String instance = startTheOldWay(applications.findById(id).orElseThrow());

        complete("reviewer1", id, GrantProcess.Elements.REGIONAL_PRE_REVIEW, Map.of("decision", "approve"));
        complete("reviewer3", id, GrantProcess.Elements.FORMAL_REVIEW, Map.of("decision", "approve"));
        for (String expert : api.acceptedExperts(id)) {
            // Started before rubrics were recorded at the start: its clients' one typed score is still taken.
            complete(expert, id, GrantProcess.Elements.EXPERT_SCORING, Map.of("score", 90));
        }
        assertThat(runtime.getVariable(instance, ProcessVariables.RECOMMENDED_AMOUNT))
                .as("300000.50 × 0.5 rounded down, read from a Double").isEqualTo(150000L);
        // Where the version before left an instance waiting for the approver: its recommendation a Double.
        runtime.setVariable(instance, ProcessVariables.RECOMMENDED_AMOUNT, 150000.0d);

        String approval = api.taskFor("approver1", id, GrantProcess.Elements.APPROVER_DECISION);
        var aFenTooMuch = api.complete("approver1", approval, Map.of("decision", "approve", "approvedAmount", "150000.01"));
        assertThat(aFenTooMuch.getStatusCode().value()).isEqualTo(400);
        // the approval form's own bound, "=recommendedAmount", evaluated with the Double
        assertThat(ApiClient.errors(aFenTooMuch).get("approvedAmount").toString()).contains("150000");
        assertThat(api.complete("approver1", approval, Map.of("decision", "approve", "approvedAmount", "149999.99"))
                .getStatusCode().value()).isEqualTo(200);
        assertThat(applications.findById(id).orElseThrow().approvedAmount()).isEqualTo(new BigDecimal("149999.99"));

        List<Job> notice = management.createJobQuery().processInstanceId(instance).timers().list();
        assertThat(notice).hasSize(1);
        management.executeJob(notice.get(0).getId());
        var overpaid = api.complete("finance1", api.taskFor("finance1", id, GrantProcess.Elements.DISBURSEMENT),
                Map.of("paidAmount", "105000.00", "paymentReference", "BOC-OLD-0001", "paidOn", today()));
        assertThat(overpaid.getStatusCode().value()).as("a fen above the award tranche, 70 % of 149999.99 to the fen")
                .isEqualTo(400);
        assertThat(api.complete("finance1", api.taskFor("finance1", id, GrantProcess.Elements.DISBURSEMENT),
                Map.of("paidAmount", "104999.99", "paymentReference", "BOC-OLD-0001", "paidOn", today()))
                .getStatusCode().value()).isEqualTo(200);

        assertThat(api.application(enterprise, id)).containsEntry("status", "DISBURSED");
        assertThat(jdbc.sql("select amount from disbursement where application_id = ?").param(id)
                .query(BigDecimal.class).single()).isEqualTo(new BigDecimal("104999.99"));
        assertThat(variable(instance, ProcessVariables.REQUESTED_AMOUNT)).as("as it was started").isEqualTo(150000.5d);
        assertThat(variable(instance, ProcessVariables.PAID_AMOUNT)).as("stored exactly, read back from the database")
                .isEqualTo(new BigDecimal("104999.99"));
    }

    /**
     * As the façade started a grant before {@code Money}: every amount a Double, the score counters seeded;
     * numbered as a submission numbers it (an unnumbered one stood in the reviewers' "done by me").
     */
    private String startTheOldWay(Application application) {
        String number = "PTG-" + java.time.Year.now() + "-OLD" + application.id();
        Map<String, Object> variables = new HashMap<>();
        variables.put(ProcessVariables.APPLICATION_ID, application.id());
        variables.put(ProcessVariables.APPLICATION_NUMBER, number);
        variables.put(ProcessVariables.PROGRAMME, GrantProcess.KEY);
        variables.put(ProcessVariables.REGION, application.region());
        variables.put(ProcessVariables.ENTERPRISE_ID, application.enterpriseId());
        variables.put(ProcessVariables.REQUESTED_AMOUNT, 150000.5d);
        variables.put(GrantProcess.Variables.ELIGIBLE_COST, 300000.5d);
        variables.put(ProcessVariables.SCORE_SUM, 0L);
        variables.put(ProcessVariables.SCORE_COUNT, 0L);
        String instance = runtime.startProcessInstanceByKey(GrantProcess.KEY, number, variables).getId();
        Timestamp now = Timestamp.from(Instant.now());
        jdbc.sql("update application set number = ?, status = 'SUBMITTED', process_instance_id = ?, submitted_at = ?, "
                + "updated_at = ? where id = ?").params(number, instance, now, now, application.id()).update();
        return instance;
    }

    private void complete(String user, long id, String step, Map<String, Object> data) {
        assertThat(api.complete(user, api.taskFor(user, id, step), data).getStatusCode().value()).as(step)
                .isEqualTo(200);
    }

    private Object variable(String instance, String name) {
        return history.createHistoricVariableInstanceQuery().processInstanceId(instance).variableName(name)
                .singleResult().getValue();
    }

    private static String today() {
        return LocalDate.now(OfficeTime.ZONE).toString();
    }
}
