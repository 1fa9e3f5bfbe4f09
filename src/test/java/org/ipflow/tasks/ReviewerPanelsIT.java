package org.ipflow.tasks;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.LocalDate;
import java.util.Map;
import org.ipflow.IpflowTest;
import org.ipflow.application.ApiClient;
import org.ipflow.application.TestDocuments;
import org.ipflow.shared.OfficeTime;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpMethod;
import org.springframework.test.web.servlet.MockMvc;

/**
 * The task page's panels: finance sees what the enterprise was paid before when it pays again, and after a
 * return for correction the documents the enterprise added since are marked for the next reader.
 */
@IpflowTest
class ReviewerPanelsIT {

    @Autowired
    TestRestTemplate rest;
    @Autowired
    MockMvc mvc;

    @Test
    void financeSeesTheEarlierPaymentsAndTheDocumentsAddedSinceTheReturn() throws Exception {
        ApiClient api = new ApiClient(rest);
        String owner = api.newEnterprise();
        long paid = api.submittedPledge(owner, "已贴息的贷款", 40_000, 50);
        approve(api, paid, 10_000);
        String disbursement = api.taskFor("finance1", paid, "Task_Disbursement");
        assertThat(api.complete("finance1", disbursement, Map.of("paidAmount", 10_000, "paymentReference", "ICBC-PAID-1",
                "paidOn", LocalDate.now(OfficeTime.ZONE).toString())).getStatusCode().value()).isEqualTo(200);
        String paidNumber = (String) api.application(owner, paid).get("number");

        long next = api.submittedPledge(owner, "第二笔贷款", 40_000, 50);
        assertThat(api.complete("reviewer3", api.taskFor("reviewer3", next, "Task_Verification"),
                Map.of("decision", "return", "comment", "请补充估值报告", "correctionDays", 10)).getStatusCode().value())
                .isEqualTo(200);
        assertThat(api.upload(owner, next, "valuation-report", "估值报告-补正.pdf", TestDocuments.pdf()).getStatusCode().value())
                .isEqualTo(201);
        assertThat(api.call(owner, HttpMethod.POST, "/api/applications/" + next + "/submit", null).getStatusCode()
                .value()).isEqualTo(200);
        approve(api, next, 10_000);

        String page = mvc.perform(get("/tasks/{id}", api.taskFor("finance1", next, "Task_Disbursement"))
                        .with(user("finance1").authorities(() -> "finance")))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(page).contains("id=\"payment-history\"", paidNumber, "ICBC-PAID-1", "10,000.00 元");
        assertThat(page.split("new-since-return", -1)).as("one badge: the report added since the return").hasSize(2);
        assertThat(page).contains("估值报告-补正.pdf", "/inline");
    }

    private static void approve(ApiClient api, long id, int amount) {
        if (api.taskFor("reviewer3", id, "Task_Verification") != null) {
            assertThat(api.complete("reviewer3", api.taskFor("reviewer3", id, "Task_Verification"),
                    Map.of("decision", "approve")).getStatusCode().value()).isEqualTo(200);
        }
        assertThat(api.complete("finance1", api.taskFor("finance1", id, "Task_FinanceConfirmation"),
                Map.of("decision", "approve", "approvedAmount", amount)).getStatusCode().value()).isEqualTo(200);
        assertThat(api.complete("approver1", api.taskFor("approver1", id, "Task_ApproverDecision"),
                Map.of("decision", "approve")).getStatusCode().value()).isEqualTo(200);
    }
}
