package org.ipflow.application;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.security.MessageDigest;
import java.time.LocalDate;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import javax.sql.DataSource;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.runtime.Job;
import org.ipflow.IpflowPostgresTest;
import org.ipflow.application.internal.ApplicationRepository;
import org.ipflow.application.internal.AttachmentStore;
import org.ipflow.application.internal.DecisionRecords;
import org.ipflow.shared.OfficeTime;
import org.ipflow.tasks.Inbox;
import org.ipflow.tasks.InboxFilter;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpMethod;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.authority.AuthorityUtils;

/**
 * The grant end to end on a real PostgreSQL with the production profile: every role through the JSON
 * API, and the queries whose SQL PostgreSQL reads differently from H2 (paging, binary columns, counters).
 */
@IpflowPostgresTest
class PostgresGrantFlowIT {

    @Autowired
    TestRestTemplate rest;

    @Autowired
    ManagementService management;

    @Autowired
    ApplicationRepository applications;

    @Autowired
    AttachmentStore attachments;

    @Autowired
    DecisionRecords decisions;

    @Autowired
    Inbox inbox;

    @Autowired
    DataSource dataSource;

    ApiClient api;

    @BeforeEach
    void setUp() {
        api = new ApiClient(rest);
    }

    @Test
    void runsOnPostgreSql() throws Exception {
        try (var connection = dataSource.getConnection()) {
            assertThat(connection.getMetaData().getDatabaseProductName()).isEqualTo("PostgreSQL");
        }
    }

    @Test
    void grantPassesEveryRoleToDisbursed() {
        long id = api.submittedGrant("enterprise1", "稀土电机产业化（PostgreSQL）", 200000, 100000);

        String preReview = api.taskFor("reviewer1", id, "Task_RegionalPreReview");
        assertThat(api.call("reviewer1", HttpMethod.POST, "/api/tasks/" + preReview + "/claim", null)
                .getStatusCode().value()).isEqualTo(200);
        assertThat(api.complete("reviewer1", preReview, Map.of("decision", "approve", "comment", "材料齐全"))
                .getStatusCode().value()).isEqualTo(200);
        String formal = api.taskFor("reviewer3", id, "Task_FormalReview");
        assertThat(api.complete("reviewer3", formal, Map.of("decision", "approve")).getStatusCode().value())
                .isEqualTo(200);
        for (String expert : api.acceptedExperts(id)) {
            String scoring = api.taskFor(expert, id, "Task_ExpertScoring");
            assertThat(api.complete(expert, scoring, ApiClient.rubricScore(88, "转化前景好")).getStatusCode()
                    .value()).as(expert).isEqualTo(200);
        }
        // The recommendation reads the yearly cap's committed sum: extract(year from ...) on PostgreSQL.
        String approval = api.taskFor("approver1", id, "Task_ApproverDecision");
        assertThat(api.complete("approver1", approval, Map.of("decision", "approve", "approvedAmount", 90000))
                .getStatusCode().value()).isEqualTo(200);

        String number = (String) api.application("enterprise1", id).get("number");
        assertThat(rest.getForEntity("/api/public/notices", List.class).getBody().toString()).contains(number);
        assertThat(api.call(null, HttpMethod.POST, "/api/public/notices/" + number + "/objections",
                Map.of("name", "张三", "contact", "13800000000", "reason", "该专利存在权属争议")).getStatusCode().value())
                .isEqualTo(201);
        String objection = api.taskFor("reviewer2", id, "Task_ReviewObjection");
        assertThat(api.complete("reviewer2", objection, Map.of("decision", "dismiss", "comment", "权属清晰，异议不成立"))
                .getStatusCode().value()).isEqualTo(200);

        endNotice(id);
        String disbursement = api.taskFor("finance1", id, "Task_Disbursement");
        assertThat(api.complete("finance1", disbursement, Map.of("paidAmount", 90000.00, "paymentReference",
                "BOC-2026-0042", "paidOn", LocalDate.now(OfficeTime.ZONE).toString())).getStatusCode().value())
                .as("the release pays 70 % on award").isEqualTo(400);
        assertThat(api.complete("finance1", disbursement, Map.of("paidAmount", 63000, "paymentReference",
                "BOC-2026-0042", "paidOn", LocalDate.now(OfficeTime.ZONE).toString())).getStatusCode().value()).isEqualTo(200);

        Map<String, Object> done = api.application("enterprise1", id);
        assertThat(done).containsEntry("status", "DISBURSED");
        assertThat(ApiClient.object(done, "payment")).containsEntry("amount", 63000.0);
        assertThat(done.get("history").toString())
                .contains("reviewer1", "reviewer3", "approver1", "finance1", "材料齐全", "dismiss");
        assertThat(decisions.doneBy("finance1", null, 5)).extracting(Decision::applicationId).contains(id);
    }

    @Test
    void documentsComeBackByteForByte() throws Exception {
        long id = draft("字节往返项目");
        var bytes = new ByteArrayOutputStream();
        bytes.write(ApiClient.PDF);
        for (int i = 0; i < 4096; i++) {
            bytes.write(i % 256);
        }
        byte[] content = bytes.toByteArray();

        var uploaded = api.upload("enterprise1", id, "contract", "contract.pdf", content);

        assertThat(uploaded.getStatusCode().value()).isEqualTo(201);
        long attachmentId = ((Number) uploaded.getBody().get("id")).longValue();
        assertThat(attachments.content(attachmentId)).isEqualTo(content);
        assertThat(attachments.find(id, attachmentId).orElseThrow().sha256())
                .isEqualTo(HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(content)));
    }

    @Test
    void submissionsGetConsecutiveNumbersAndListNewestFirst() {
        long first = api.completeDraft("enterprise1", "编号一", 100000, 40000);
        long second = api.completeDraft("enterprise1", "编号二", 100000, 40000);
        assertThat(api.application("enterprise1", first)).as("a draft has no number").containsEntry("number", null);
        for (long id : List.of(first, second)) {
            assertThat(api.call("enterprise1", HttpMethod.POST, "/api/applications/" + id + "/submit", null)
                    .getStatusCode().value()).isEqualTo(200);
        }

        String firstNumber = (String) api.application("enterprise1", first).get("number");
        String secondNumber = (String) api.application("enterprise1", second).get("number");
        assertThat(firstNumber).matches("PTG-\\d{4}-\\d{6}");
        assertThat(sequence(secondNumber)).isEqualTo(sequence(firstNumber) + 1);

        var mine = api.list("enterprise1", "/api/applications");
        assertThat(mine.getStatusCode().value()).isEqualTo(200);
        assertThat(mine.getBody()).extracting(a -> ((Number) a.get("id")).longValue()).startsWith(second, first);
        // Staff see submitted applications only, never drafts.
        long draft = draft("员工看不到的草稿");
        var staff = api.list("reviewer3", "/api/applications");
        assertThat(staff.getStatusCode().value()).isEqualTo(200);
        assertThat(staff.getBody()).extracting(a -> ((Number) a.get("id")).longValue()).contains(second)
                .doesNotContain(draft);
    }

    @Test
    void inboxFiltersByProgrammeRegionAndStep() {
        long id = api.submittedGrant("enterprise2", "收件箱查询项目", 100000, 40000);
        var reviewer2 = new UsernamePasswordAuthenticationToken("reviewer2", null,
                AuthorityUtils.createAuthorityList("reviewer", "reviewer-150200"));

        var filtered = inbox.firstPage(reviewer2, new InboxFilter("patent-transformation-grant", "150200",
                "Task_RegionalPreReview", false, InboxFilter.Sort.AGE));
        var otherRegion = inbox.firstPage(reviewer2, new InboxFilter(null, "150100", null, false, null));

        assertThat(filtered).extracting(item -> item.application().id()).contains(id);
        assertThat(otherRegion).extracting(item -> item.application().id()).doesNotContain(id);
        assertThat(api.list("reviewer2", "/api/tasks").getBody()).extracting(t -> ((Number) t.get("applicationId")).longValue())
                .contains(id);
    }

    private long draft(String project) {
        var created = api.call("enterprise1", HttpMethod.POST, "/api/applications",
                Map.of("programme", "patent-transformation-grant", "data", ApiClient.grantData(project, 100000, 40000)));
        assertThat(created.getStatusCode().value()).as("%s", created.getBody()).isEqualTo(201);
        return ((Number) created.getBody().get("id")).longValue();
    }

    private static long sequence(String number) {
        return Long.parseLong(number.substring(number.lastIndexOf('-') + 1));
    }

    private void endNotice(long id) {
        String instance = applications.findById(id).orElseThrow().processInstanceId();
        List<Job> timers = management.createJobQuery().processInstanceId(instance).timers().list();
        assertThat(timers).hasSize(1);
        management.executeJob(timers.get(0).getId());
    }
}
