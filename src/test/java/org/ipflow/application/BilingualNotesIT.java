package org.ipflow.application;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

import jakarta.servlet.http.Cookie;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import javax.sql.DataSource;
import org.ipflow.IpflowTest;
import org.ipflow.application.internal.ApplicationRepository;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpMethod;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.test.web.servlet.MockMvc;

/**
 * What no person wrote — a correction deadline, a computed subsidy, a model's notification — reaches an
 * English reader in English and a Chinese reader in Chinese: on the application's page, on the
 * notifications page and through the API. A reviewer's own words are shown as written. Amounts read as
 * money in the reader's language wherever a page shows them, typed into a form or computed.
 */
@IpflowTest
class BilingualNotesIT {

    @Autowired MockMvc mvc;
    @Autowired TestRestTemplate rest;
    @Autowired ApplicationRepository applications;
    @Autowired DataSource dataSource;
    PledgeSteps pledge;

    @BeforeEach
    void setUp() {
        pledge = new PledgeSteps(new ApiClient(rest), applications, dataSource);
    }

    @Test
    void anApprovedPledgeIsToldToEachReaderInTheirLanguage() throws Exception {
        String enterprise = pledge.api.newEnterprise();
        long id = pledge.confirmed(enterprise, "双语通知", 80000, 60, 24000);
        assertThat(pledge.complete("approver1", id, "Task_ApproverDecision",
                Map.of("decision", "approve", "comment", "同意贴息"))).isEqualTo(200);

        String english = pledge.api.call(enterprise, HttpMethod.GET, "/api/applications/" + id, null,
                Map.of("Accept-Language", "en")).getBody().get("history").toString();
        assertThat(english).contains("Recommended subsidy CNY 24,000.00 (interest CNY 80,000.00 × IP share 60% ×",
                "The IP pledge financing interest subsidy is approved and awaits payment by finance.", "同意贴息")
                .doesNotContain("建议贴息", "已批准");
        assertThat(pledge.application(id).get("history").toString())
                .contains("建议贴息 24,000.00 元（利息 80,000.00 元", "知识产权质押融资贴息已批准，待财务拨付。");

        String englishPage = page("/applications/" + id, "en", enterprise);
        assertThat(englishPage).contains("Recommended subsidy CNY 24,000.00", "approved and awaits payment by finance")
                .doesNotContain("建议贴息", "待财务拨付");
        assertThat(page("/applications/" + id, "zh", enterprise)).contains("建议贴息 24,000.00 元", "待财务拨付")
                .doesNotContain("Recommended subsidy");

        assertThat(page("/notifications", "en", enterprise))
                .contains("The IP pledge financing interest subsidy is approved and awaits payment by finance.")
                .doesNotContain("知识产权质押融资贴息已批准");
        assertThat(page("/notifications", "zh", enterprise)).contains("知识产权质押融资贴息已批准，待财务拨付。")
                .doesNotContain("awaits payment");
    }

    @Test
    void aCorrectionDeadlineReadsInTheReadersLanguageAndTheReviewersWordsAsWritten() throws Exception {
        long id = pledge.api.submittedGrant("enterprise1", "双语补正期限", 200000, 100000);
        String preReview = pledge.api.taskFor("reviewer1", id, "Task_RegionalPreReview");
        assertThat(pledge.api.complete("reviewer1", preReview, Map.of("decision", "return", "comment",
                "请补充许可合同备案证明", "correctionDays", 7)).getStatusCode().value()).isEqualTo(200);

        assertThat(page("/applications/" + id, "en", "enterprise1")).containsPattern("Correct by \\d{4}-\\d{2}-\\d{2}")
                .contains("请补充许可合同备案证明").doesNotContain("补正期限：");
        assertThat(page("/applications/" + id, "zh", "enterprise1")).containsPattern("补正期限：\\d{4}-\\d{2}-\\d{2}")
                .doesNotContain("Correct by");
    }

    /** The issue: a requested amount read "200000" on the application's page and its printable form. */
    @Test
    void amountsTypedIntoTheFormReadAsMoneyOnTheApplicationsPagesInEachLanguage() throws Exception {
        String enterprise = pledge.api.newEnterprise();
        long id = pledge.api.submittedGrant(enterprise, "金额显示", 123456, 40000);

        for (String path : java.util.List.of("/applications/" + id, "/applications/" + id + "/print")) {
            assertThat(page(path, "zh", enterprise)).as(path).contains("40,000.00 元", "123,456.00 元", "3,000,000.00 元")
                    .doesNotContain(">40000<", ">123456<");
            assertThat(page(path, "en", enterprise)).as(path).contains("CNY 40,000.00", "CNY 123,456.00")
                    .doesNotContain(">40000<");
        }
    }

    private String page(String path, String language, String username) throws Exception {
        var response = mvc.perform(get(path).cookie(new Cookie("ipflow-lang", language))
                        .with(user(username).authorities(new SimpleGrantedAuthority("enterprise"))))
                .andReturn().getResponse();
        assertThat(response.getStatus()).as(path).isEqualTo(200);
        return response.getContentAsString(StandardCharsets.UTF_8);
    }
}
