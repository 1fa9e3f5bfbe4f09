package org.ipflow.application;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import javax.sql.DataSource;
import org.ipflow.IpflowPostgresTest;
import org.ipflow.application.internal.ApplicationRepository;
import org.ipflow.shared.OfficeTime;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;

/**
 * The pledge-financing programme on a real PostgreSQL with the production profile: every role through
 * the JSON API, and the yearly cap when two applications of one enterprise are approved at the same
 * moment (PostgreSQL's row locks and READ COMMITTED snapshots, not H2's).
 */
@IpflowPostgresTest
class PostgresPledgeFlowIT {

    @Autowired
    TestRestTemplate rest;

    @Autowired
    ApplicationRepository applications;

    @Autowired
    DataSource dataSource;

    ApiClient api;
    PledgeSteps pledge;

    @BeforeEach
    void setUp() {
        api = new ApiClient(rest);
        pledge = new PledgeSteps(api, applications, dataSource);
    }

    @Test
    void pledgePassesEveryRoleToDisbursed() {
        String enterprise = api.newEnterprise();
        long id = pledge.confirmed(enterprise, "稀土永磁电机生产线流动资金（PostgreSQL）", 120_000, 100, 72_000);
        assertThat(pledge.complete("approver1", id, "Task_ApproverDecision", Map.of("decision", "approve")))
                .isEqualTo(200);
        assertThat(pledge.complete("finance1", id, "Task_Disbursement", Map.of("paidAmount", 72_000,
                "paymentReference", "ICBC-2026-0042", "paidOn", LocalDate.now(OfficeTime.ZONE).toString()))).isEqualTo(200);

        Map<String, Object> done = api.application(enterprise, id);
        assertThat(done).containsEntry("status", "DISBURSED");
        assertThat(done.get("history").toString()).contains("reviewer3", "finance1", "approver1");
    }

    @Test
    void twoApprovalsAtTheSameMomentStayWithinTheYearlyCap() throws Exception {
        String enterprise = api.newEnterprise();
        long first = pledge.confirmed(enterprise, "同时审批一（PostgreSQL）", 600_000, 100, 360_000);
        long second = pledge.confirmed(enterprise, "同时审批二（PostgreSQL）", 600_000, 100, 360_000);

        assertThat(pledge.approveAtTheSameMoment(first, second)).containsExactly(200, 200);

        List<Application> both = applications.findByIds(List.of(first, second));
        assertThat(both).extracting(Application::status).containsExactlyInAnyOrder(ApplicationStatus.APPROVED,
                ApplicationStatus.IN_REVIEW);
        assertThat(both.stream().filter(a -> a.status() == ApplicationStatus.APPROVED)
                .map(Application::approvedAmount).reduce(BigDecimal.ZERO, BigDecimal::add))
                .isEqualByComparingTo("360000");
        long later = both.stream().filter(a -> a.status() == ApplicationStatus.IN_REVIEW).findFirst().orElseThrow().id();
        assertThat(pledge.recommendation(later)).startsWith("建议贴息 140,000.00 元");
    }
}
