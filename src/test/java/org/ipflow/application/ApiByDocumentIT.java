package org.ipflow.application;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.Operation;
import io.swagger.v3.oas.models.PathItem;
import io.swagger.v3.oas.models.parameters.Parameter;
import io.swagger.v3.parser.OpenAPIV3Parser;
import io.swagger.v3.parser.core.models.ParseOptions;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.ipflow.IpflowTest;
import org.ipflow.shared.OfficeTime;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpMethod;
import org.springframework.http.ResponseEntity;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.web.util.UriComponentsBuilder;

/**
 * A client that knows IPFlow only from its OpenAPI document takes a pledge subsidy from submission to
 * payment: every call it makes is an operation of the document (method and path template), with the
 * parameters and body properties the document names, and each answer is one the document describes.
 * A lighter stand-in for a generated client: it fails when the document stops describing what clients send.
 */
@IpflowTest
class ApiByDocumentIT {

    @Autowired
    MockMvc mvc;
    @Autowired
    TestRestTemplate rest;

    OpenAPI document;
    ApiClient api;

    @Test
    void aPledgeSubsidyGoesFromSubmissionToPaymentThroughTheDocumentsOperations() throws Exception {
        read();
        api = new ApiClient(rest);
        String enterprise = api.newEnterprise();

        var created = call(enterprise, HttpMethod.POST, "/api/applications", Map.of("programme", "pledge-financing",
                "data", ApiClient.pledgeData("按文档调用的贷款", 120_000, 100)));
        long id = ((Number) created.getBody().get("id")).longValue();
        Operation attach = operation(HttpMethod.POST, "/api/applications/{id}/attachments");
        assertThat(attach.getParameters()).extracting(Parameter::getName).contains("kind");
        assertThat(attach.getRequestBody().getContent().get("multipart/form-data").getSchema().getProperties())
                .containsKey("file");
        for (String kind : List.of("loan-contract", "pledge-contract", "pledge-registration", "interest-receipts",
                "valuation-report")) {
            assertThat(api.upload(enterprise, id, kind, kind + ".pdf", ApiClient.PDF).getStatusCode().value())
                    .isEqualTo(201);
        }
        call(enterprise, HttpMethod.POST, "/api/applications/{id}/submit", null, id);

        complete("reviewer3", id, "Task_Verification", Map.of("decision", "approve"));
        complete("finance1", id, "Task_FinanceConfirmation", Map.of("decision", "approve", "approvedAmount", 70_000));
        complete("approver1", id, "Task_ApproverDecision", Map.of("decision", "approve"));
        complete("finance1", id, "Task_Disbursement", Map.of("paidAmount", 70_000, "paymentReference",
                "ICBC-2026-0099", "paidOn", LocalDate.now(OfficeTime.ZONE).toString()));

        assertThat(call(enterprise, HttpMethod.GET, "/api/applications/{id}", null, id).getBody())
                .containsEntry("status", "DISBURSED");
    }

    /** Finds the step's task through the documented inbox filters, then claims and completes it. */
    private void complete(String user, long id, String step, Map<String, Object> data) {
        assertThat(operation(HttpMethod.GET, "/api/tasks").getParameters()).extracting(Parameter::getName)
                .contains("step", "page", "size");
        String task = api.taskFor(user, id, step);
        assertThat(task).as("%s's task %s", user, step).isNotNull();
        call(user, HttpMethod.POST, "/api/tasks/{id}/claim", null, task);
        call(user, HttpMethod.POST, "/api/tasks/{id}/complete", Map.of("data", data), task);
    }

    /** Calls the documented operation; its body may hold only properties the document names. */
    private ResponseEntity<Map<String, Object>> call(String user, HttpMethod method, String template,
            Map<String, Object> body, Object... variables) {
        Operation operation = operation(method, template);
        if (body != null) {
            var schema = operation.getRequestBody().getContent().get("application/json").getSchema();
            assertThat(schema.getProperties()).as("%s %s: the body's properties in the document", method, template)
                    .containsKeys(body.keySet().toArray(String[]::new));
        }
        String path = UriComponentsBuilder.fromPath(template).buildAndExpand(variables).toUriString();
        var answer = api.call(user, method, path, body);
        assertThat(answer.getStatusCode().is2xxSuccessful()).as("%s %s: %s", method, path, answer.getBody()).isTrue();
        assertThat(operation.getResponses().keySet()).as("%s %s: a success the document describes", method, template)
                .anyMatch(code -> code.startsWith("2"));
        return answer;
    }

    private Operation operation(HttpMethod method, String template) {
        PathItem item = document.getPaths().get(template);
        assertThat(item).as("%s in the OpenAPI document", template).isNotNull();
        Operation operation = item.readOperationsMap().get(PathItem.HttpMethod.valueOf(method.name()));
        assertThat(operation).as("%s %s in the OpenAPI document", method, template).isNotNull();
        return operation;
    }

    private void read() throws Exception {
        String json = mvc.perform(get("/v3/api-docs").with(user("admin").authorities(() -> "admin")))
                .andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
        var options = new ParseOptions();
        options.setResolveFully(true);
        document = new OpenAPIV3Parser().readContents(json, null, options).getOpenAPI();
    }
}
