package org.ipflow.tasks;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

import jakarta.servlet.http.Cookie;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.RuntimeService;
import org.ipflow.IpflowTest;
import org.ipflow.application.ApiClient;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.autoconfigure.web.servlet.AutoConfigureMockMvc;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpMethod;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.test.web.servlet.MockMvc;

/**
 * A task page shows what is current for its step, ready to read: after a correction no later task shows
 * the correction deadline; the approval shows the recommended amount; the disbursement the approved
 * amount, the tranche it pays (70 % on award, the release's terms) and the payee account from the enterprise's
 * profile, not the end of the public notice; no raw ISO moments.
 */
@IpflowTest
@AutoConfigureMockMvc
class StepFactsIT {

    @Autowired
    MockMvc mvc;
    @Autowired
    TestRestTemplate rest;
    @Autowired
    RuntimeService runtime;
    @Autowired
    ManagementService management;

    @Test
    void laterStepsShowTheirOwnFiguresAndNoStaleDeadline() throws Exception {
        GrantPath grant = new GrantPath(new ApiClient(rest), runtime, management, "环节当前信息");
        grant.complete("reviewer1", "Task_RegionalPreReview", Map.of("decision", "return", "comment", "请补充合同", "correctionDays", 15));
        var resubmitted = grant.api.call(grant.enterprise, HttpMethod.POST, "/api/applications/" + grant.id + "/submit",
                null);
        assertThat(resubmitted.getStatusCode().value()).as("%s", resubmitted.getBody()).isEqualTo(200);
        grant.reviewed().scored(70, 80, 90);

        String approval = facts(page("approver1", "approver", "/tasks/" + grant.task("approver1", "Task_ApproverDecision"),
                null));
        assertThat(approval).contains("建议资助金额", "专家平均分", "80.0").doesNotContain("补正期限", "+08:00");

        grant.approved(60000).noticeEnded();
        String disbursement = "/tasks/" + grant.task("finance1", "Task_Disbursement");
        assertThat(facts(page("finance1", "finance", disbursement, null))).contains("批准金额", "60,000.00", "收款账户", "中国银行呼和浩特分行", "150100200300400")
                .contains("本期拨付", "首期（立项拨付），批准金额的 70%", "本期最多拨付（元）", "42,000.00")
                .doesNotContain("公示截止", "补正期限", "建议资助金额", "+08:00");
        assertThat(facts(page("finance1", "finance", disbursement, "en"))).contains("Approved amount", "60,000.00",
                "Payee account", "150100200300400", "Award tranche, 70 % of the approved amount", "42,000.00");
    }

    /** The page's box of figures for the step (the timeline below it keeps its history, deadlines included). */
    private static String facts(String page) {
        int start = page.indexOf("<dl class=\"row border rounded");
        assertThat(start).as("the step's figures").isNotNegative();
        return page.substring(start, page.indexOf("</dl>", start));
    }

    private String page(String username, String role, String path, String language) throws Exception {
        var request = get(path).with(user(username).authorities(new SimpleGrantedAuthority(role)));
        if (language != null) {
            request.cookie(new Cookie("ipflow-lang", language));
        }
        var response = mvc.perform(request).andReturn().getResponse();
        assertThat(response.getStatus()).as(path).isEqualTo(200);
        return new String(response.getContentAsByteArray(), StandardCharsets.UTF_8);
    }
}
