package org.ipflow.application;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.ManagementService;
import org.ipflow.IpflowTest;
import org.ipflow.application.internal.ApplicationRepository;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpMethod;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The pilot / demonstration enterprise certification end to end through the JSON API: every role as a
 * client would drive it, to a certificate anyone can check.
 */
@IpflowTest
class CertificationFlowIT {

    static final String PROGRAMME = "pilot-enterprise-certification";
    static final List<String> DOCUMENTS = List.of("business-licence", "ip-manual", "ip-policies", "clause-evidence",
            "ip-certificates", "ip-budget-proof");
    static final List<String> CLAUSES = List.of("Context", "Leadership", "Planning", "Support", "Operation",
            "Evaluation", "Improvement");

    @Autowired TestRestTemplate rest;
    @Autowired ManagementService management;
    @Autowired ApplicationRepository applications;
    @Autowired JdbcClient jdbc;
    ApiClient api;

    @BeforeEach
    void setUp() {
        api = new ApiClient(rest);
    }

    @Test
    void theCatalogueOffersTheProgrammeWithItsFormAndDocuments() {
        var programmes = api.list("enterprise1", "/api/programmes").getBody();
        var certification = programmes.stream().filter(p -> PROGRAMME.equals(p.get("key"))).findFirst().orElseThrow();
        assertThat(certification.get("name")).isEqualTo("知识产权试点/示范企业认定");
        assertThat(certification.get("form").toString()).contains("pilot-enterprise-certification-start",
                "selfScoreLeadership", "inventionPatents");
        assertThat(certification.get("documents").toString()).contains(DOCUMENTS.toArray(String[]::new));
    }

    @Test
    void aCorrectedApplicationIsCertifiedAndItsCertificateCheckedByAnyone() {
        long id = submitted("enterprise1", data("稀土永磁材料研发与生产", 12));
        String recommendation = api.taskFor("reviewer1", id, "Task_RegionalRecommendation");
        assertThat(api.taskFor("reviewer2", id, "Task_RegionalRecommendation")).as("other region").isNull();
        assertThat(api.complete("reviewer1", recommendation, Map.of("decision", "return", "comment",
                "请补充知识产权管理手册的发布文件", "correctionDays", 10)).getStatusCode().value()).isEqualTo(200);
        assertThat(api.application("enterprise1", id)).containsEntry("status", "RETURNED");
        assertThat(api.call("enterprise1", HttpMethod.PUT, "/api/applications/" + id,
                Map.of("data", data("稀土永磁材料研发与生产（已补正）", 12))).getStatusCode().value()).isEqualTo(200);
        assertThat(api.call("enterprise1", HttpMethod.POST, "/api/applications/" + id + "/submit", null).getBody())
                .containsEntry("status", "SUBMITTED");

        complete("reviewer1", id, "Task_RegionalRecommendation", Map.of("decision", "approve", "comment", "推荐"));
        complete("reviewer3", id, "Task_FormalReview", Map.of("decision", "approve"));
        String site = api.taskFor("reviewer4", id, "Task_SiteEvaluation");
        var incomplete = api.complete("reviewer4", site, Map.of("scoreContext", 90, "comment", "现场核查"));
        assertThat(incomplete.getStatusCode().value()).isEqualTo(400);
        assertThat(ApiClient.errors(incomplete)).as("clauses typed as fields are not the rubric: each clause in scores")
                .containsKey("scores.scoreLeadership").containsKey("scores.scoreContext");
        Map<String, Object> rubric = new HashMap<>(scores(90, "制度运行有效，记录完整"));
        rubric.remove("comment");
        var unscored = api.complete("reviewer4", site, Map.of("scores", Map.of("scoreContext", 90), "comment", "现场核查"));
        assertThat(ApiClient.errors(unscored)).as("by the GB/T 29490 rubric: every clause")
                .containsKey("scores.scoreLeadership");
        complete("reviewer4", id, "Task_SiteEvaluation", Map.of("scores", rubric, "comment", "制度运行有效，记录完整",
                "comments", Map.of("scoreOperation", "研发、采购合同均有知识产权条款")));
        assertThat(api.application("enterprise1", id).get("history").toString()).contains("建议认定为知识产权示范企业");
        complete("approver1", id, "Task_ApproverDecision", Map.of("decision", "approve", "comment", "同意认定"));

        Map<String, Object> underNotice = api.application("enterprise1", id);
        assertThat(underNotice).containsEntry("status", "PUBLIC_NOTICE").containsEntry("certificate", null);
        String number = (String) underNotice.get("number");
        assertThat(notifications()).as("each status change of the approval told once")
                .containsOnlyOnce(number + " 已获批准").containsOnlyOnce(number + " 已进入公示");
        assertThat(rest.getForEntity("/api/public/notices", List.class).getBody().toString())
                .contains((String) underNotice.get("number"));
        endNotice(id);

        Map<String, Object> certified = api.application("enterprise1", id);
        assertThat(certified).containsEntry("status", "CERTIFIED");
        assertThat(notifications()).as("the model's message replaces the generic one of the same status change")
                .containsOnlyOnce(number + "：已认定为知识产权示范企业").doesNotContain(number + " 已通过认定")
                .containsOnlyOnce(number + " 已获批准");
        @SuppressWarnings("unchecked")
        Map<String, Object> certificate = (Map<String, Object>) certified.get("certificate");
        assertThat((String) certificate.get("number")).matches("IPPC-\\d{4}-\\d{4}");
        assertThat(api.application("reviewer3", id).get("certificate")).isEqualTo(certificate);
        assertThat(api.call("enterprise2", HttpMethod.GET, "/api/applications/" + id, null).getStatusCode().value())
                .isEqualTo(404);

        var check = api.call(null, HttpMethod.GET, "/api/public/certificates/" + certificate.get("code"), null);
        assertThat(check.getStatusCode().value()).isEqualTo(200);
        assertThat(check.getBody()).containsEntry("status", "VALID").containsEntry("number", certificate.get("number"))
                .containsEntry("enterpriseName", "呼和浩特青城科技有限公司").containsEntry("level", "DEMONSTRATION");
        assertThat(api.call(null, HttpMethod.GET, "/api/public/certificates/ABCDEFGHIJKLMNOP", null).getStatusCode()
                .value()).isEqualTo(404);

        // What the models and building blocks wrote, in the language the reader asks for.
        String english = api.call("enterprise1", HttpMethod.GET, "/api/applications/" + id, null,
                Map.of("Accept-Language", "en")).getBody().get("history").toString();
        assertThat(english).contains("Correct by ", "Recommended as IP demonstration enterprise: Weighted score at least 85",
                "On public notice until ", "Public notice period ended",
                "IP demonstration enterprise " + certificate.get("number") + ", valid from ",
                "Certified as IP demonstration enterprise, certificate number " + certificate.get("number"))
                .doesNotContain("补正期限", "建议认定", "公示至", "公示期满", "有效期", "已认定为");
        assertThat(certified.get("history").toString()).contains("补正期限：", "建议认定为知识产权示范企业：加权总分不低于 85 分",
                "公示至 ", "公示期满", "知识产权示范企业 " + certificate.get("number") + "，有效期 ",
                "已认定为知识产权示范企业，证书编号 " + certificate.get("number"));
    }

    @Test
    void rejectedApplicationEndsRejectedWithoutACertificate() {
        long id = submitted("enterprise2", data("稀土抛光材料", 3));
        complete("reviewer2", id, "Task_RegionalRecommendation", Map.of("decision", "approve"));
        var noReason = api.complete("reviewer3", api.taskFor("reviewer3", id, "Task_FormalReview"),
                Map.of("decision", "reject"));
        assertThat(ApiClient.errors(noReason)).containsKey("comment");
        complete("reviewer3", id, "Task_FormalReview", Map.of("decision", "reject", "comment", "自评材料与证明材料不符"));
        Map<String, Object> rejected = api.application("enterprise2", id);
        assertThat(rejected).containsEntry("status", "REJECTED").containsEntry("certificate", null);
        assertThat(rejected.get("history").toString()).contains("自评材料与证明材料不符");
    }

    @Test
    void aReEvaluationNamesTheCertificateItRenews() {
        Map<String, Object> data = new HashMap<>(data("稀土催化材料", 5));
        // the number is hidden (conditional.hide) for a first certification, so it is not stored
        data.put("previousCertificateNumber", "IPPC-2023-0001");
        var first = api.call("enterprise1", HttpMethod.POST, "/api/applications", Map.of("programme", PROGRAMME, "data", data));
        assertThat(api.application("enterprise1", ((Number) first.getBody().get("id")).longValue()).get("data"))
                .asInstanceOf(org.assertj.core.api.InstanceOfAssertFactories.map(String.class, Object.class)).containsEntry("applicationType", "initial").doesNotContainKey("previousCertificateNumber");
        data.remove("previousCertificateNumber");
        data.put("applicationType", "reevaluation");
        var created = api.call("enterprise1", HttpMethod.POST, "/api/applications",
                Map.of("programme", PROGRAMME, "data", data));
        long id = ((Number) created.getBody().get("id")).longValue();
        DOCUMENTS.forEach(kind -> api.upload("enterprise1", id, kind, kind + ".pdf", ApiClient.PDF));
        var refused = api.call("enterprise1", HttpMethod.POST, "/api/applications/" + id + "/submit", null);
        assertThat(refused.getStatusCode().value()).isEqualTo(400);
        assertThat(ApiClient.errors(refused)).containsKey("previousCertificateNumber");
        // The certificate renewed must be one of the enterprise's own (issue 14): one issued three years ago.
        String renewed = "IPPC-2023-" + String.format("%04d", id % 10_000);
        jdbc.sql("insert into certificate (number, verification_code, application_id, enterprise_id, level, valid_from, "
                        + "valid_until, status, created_at) select ?, ?, id, enterprise_id, 'PILOT', ?, ?, 'VALID', ? "
                        + "from application where id = ?")
                .params(renewed, "RENEW" + id, java.sql.Date.valueOf(LocalDate.now().minusYears(3)),
                        java.sql.Date.valueOf(LocalDate.now().plusDays(30)), java.sql.Timestamp.from(java.time.Instant.now()), id)
                .update();
        data.put("previousCertificateNumber", renewed);
        api.call("enterprise1", HttpMethod.PUT, "/api/applications/" + id, Map.of("data", data));
        assertThat(api.call("enterprise1", HttpMethod.POST, "/api/applications/" + id + "/submit", null).getBody())
                .containsEntry("status", "SUBMITTED");
    }

    static Map<String, Object> data(String mainBusiness, int inventionPatents) {
        Map<String, Object> data = new HashMap<>(Map.of("applicationType", "initial", "mainBusiness", mainBusiness,
                "inventionPatents", inventionPatents, "utilityModelPatents", 25, "designPatents", 3, "trademarks", 6,
                "ipStaff", 4, "ipBudget", 1500000, "rdSpend", 32000000));
        for (String clause : CLAUSES) {
            data.put("selfScore" + clause, 85);
            data.put("evidence" + clause, "《知识产权管理手册》及相关记录");
        }
        return data;
    }

    static Map<String, Object> scores(int score, String comment) {
        Map<String, Object> form = new HashMap<>(Map.of("comment", comment));
        CLAUSES.forEach(clause -> form.put("score" + clause, score));
        return form;
    }

    private long submitted(String enterprise, Map<String, Object> data) {
        var created = api.call(enterprise, HttpMethod.POST, "/api/applications",
                Map.of("programme", PROGRAMME, "data", data));
        assertThat(created.getStatusCode().value()).as("%s", created.getBody()).isEqualTo(201);
        assertThat(created.getBody()).as("numbered at submission").containsEntry("number", null);
        long id = ((Number) created.getBody().get("id")).longValue();
        for (String kind : DOCUMENTS) {
            assertThat(api.upload(enterprise, id, kind, kind + ".pdf", ApiClient.PDF).getStatusCode().value())
                    .isEqualTo(201);
        }
        var submitted = api.call(enterprise, HttpMethod.POST, "/api/applications/" + id + "/submit", null);
        assertThat(submitted.getStatusCode().value()).as("%s", submitted.getBody()).isEqualTo(200);
        assertThat((String) submitted.getBody().get("number")).startsWith("PEC-");
        return id;
    }

    private void complete(String user, long id, String step, Map<String, Object> data) {
        String task = api.taskFor(user, id, step);
        assertThat(task).as("%s at %s", user, step).isNotNull();
        var done = api.complete(user, task, data);
        assertThat(done.getStatusCode().value()).as("%s", done.getBody()).isEqualTo(200);
    }

    /** What enterprise1 was told, newest first. */
    private String notifications() {
        return api.list("enterprise1", "/api/notifications").getBody().toString();
    }

    private void endNotice(long id) {
        String instance = applications.findById(id).orElseThrow().processInstanceId();
        management.executeJob(management.createJobQuery().processInstanceId(instance).timers()
                .activityId("Timer_NoticeEnds").singleResult().getId());
    }
}
