package org.ipflow.application;

import static org.assertj.core.api.Assertions.assertThat;

import generated.ipflow.client.ApiException;
import generated.ipflow.client.api.ApplicationsApi;
import generated.ipflow.client.api.TasksApi;
import generated.ipflow.client.model.CompleteRequest;
import generated.ipflow.client.model.DraftRequest;
import generated.ipflow.client.model.TaskJson;
import java.io.File;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.runtime.Job;
import org.ipflow.IpflowTest;
import org.ipflow.shared.OfficeTime;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;

/**
 * A Java client generated at build time from the OpenAPI document (openapi-generator, see pom.xml) takes a grant
 * from the enterprise's draft through the reviewers', experts' and approver's tasks to payment: what an
 * integrator gets from the document alone works against the running application.
 */
@IpflowTest
class GeneratedClientGrantIT {

    @Autowired
    TestRestTemplate rest;
    @Autowired
    Applications applications;
    @Autowired
    ManagementService management;

    @TempDir
    Path files;

    @Test
    void aGrantGoesFromDraftToPaymentThroughTheGeneratedClient() throws Exception {
        ApiClient setUp = new ApiClient(rest);
        String enterprise = setUp.newEnterprise();
        ApplicationsApi applicant = new ApplicationsApi(client(enterprise, ApiClient.NEW_PASSWORD));

        long id = applicant.create(new DraftRequest().programme("patent-transformation-grant")
                .data(ApiClient.grantData("生成客户端项目", 200000, 100000)), null).getId();
        File pdf = Files.write(files.resolve("document.pdf"), ApiClient.PDF).toFile();
        for (String kind : List.of("patent-certificate", "contract", "contract-registration", "payment-proof",
                "business-licence")) {
            assertThat(applicant.attach(id, kind, pdf).getKind()).isEqualTo(kind);
        }
        assertThat(applicant.submit(id, null).getStatus()).isEqualTo("SUBMITTED");

        complete("reviewer1", id, "Task_RegionalPreReview", Map.of("decision", "approve", "comment", "材料齐全"));
        complete("reviewer3", id, "Task_FormalReview", Map.of("decision", "approve"));
        for (String expert : setUp.acceptedExperts(id)) {
            complete(expert, id, "Task_ExpertScoring", ApiClient.rubricScore(88, "前景良好"));
        }
        complete("approver1", id, "Task_ApproverDecision", Map.of("decision", "approve", "approvedAmount", 90000));
        assertThat(applicant.get1(id).getStatus()).isEqualTo("PUBLIC_NOTICE");
        endNotice(id);
        // The release pays 70 % of the approval on award, the rest on acceptance.
        complete("finance1", id, "Task_Disbursement", Map.of("paidAmount", 63000, "paymentReference", "GEN-2026-0001",
                "paidOn", LocalDate.now(OfficeTime.ZONE).toString()));

        var paid = applicant.get1(id);
        assertThat(paid.getStatus()).isEqualTo("DISBURSED");
        assertThat(paid.getPayment().getReference()).isEqualTo("GEN-2026-0001");
        assertThat(paid.getPayment().getAmount()).isEqualByComparingTo("63000");
        ApiException refused = org.junit.jupiter.api.Assertions.assertThrows(ApiException.class,
                () -> new ApplicationsApi(client("enterprise2", "demo")).get1(id));
        assertThat(refused.getCode()).as("another enterprise's application").isEqualTo(404);
        assertThat(refused.getResponseBody()).contains("\"status\":404");
    }

    /** Finds the step's task in the user's inbox through the client, claims and completes it. */
    private void complete(String user, long id, String step, Map<String, Object> data) throws ApiException {
        TasksApi tasks = new TasksApi(client(user, "demo"));
        TaskJson task = tasks.list4(null, null, step, null, null, null, 0, 200).stream()
                .filter(t -> t.getApplicationId() == id && step.equals(t.getTaskDefinitionKey()))
                .filter(t -> t.getAssignee() == null || user.equals(t.getAssignee()))
                .findFirst().orElseThrow(() -> new AssertionError(user + " has no " + step + " of " + id));
        if (task.getAssignee() == null) {
            tasks.claim(task.getId());
        }
        tasks.complete(task.getId(), new CompleteRequest().data(data));
    }

    private generated.ipflow.client.ApiClient client(String user, String password) {
        var client = new generated.ipflow.client.ApiClient();
        client.updateBaseUri(rest.getRootUri());
        String basic = Base64.getEncoder().encodeToString((user + ":" + password).getBytes(StandardCharsets.UTF_8));
        client.setRequestInterceptor(request -> request.header("Authorization", "Basic " + basic));
        return client;
    }

    /** The public notice's end is a timer: run it now rather than wait the notice's days. */
    private void endNotice(long id) {
        String instance = applications.findById(id).orElseThrow().processInstanceId();
        List<Job> timers = management.createJobQuery().processInstanceId(instance).timers().list();
        assertThat(timers).hasSize(1);
        management.executeJob(timers.get(0).getId());
    }
}
