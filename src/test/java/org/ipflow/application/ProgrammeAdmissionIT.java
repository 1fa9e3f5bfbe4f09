package org.ipflow.application;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.Date;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.hamcrest.Matchers;
import org.ipflow.IpflowTest;
import org.ipflow.programme.TestProgrammes;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.context.ApplicationContext;
import org.springframework.http.HttpMethod;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.test.web.servlet.MockMvc;

/**
 * Who may apply, and when: calls for applications (before, during, after, closed now) with the engine's
 * clock moved by the test, eligibility by region and certificate, retired programmes. Each test uses a
 * programme of its own, defined as an administrator would.
 */
@IpflowTest
class ProgrammeAdmissionIT {

    static final Instant T0 = Instant.now().truncatedTo(ChronoUnit.MINUTES);

    @Autowired
    TestRestTemplate rest;

    @Autowired
    ApplicationContext context;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    MockMvc mvc;

    ApiClient api;
    TestProgrammes programmes;

    @BeforeEach
    void setUp() {
        api = new ApiClient(rest);
        programmes = new TestProgrammes(context);
        at(T0);
    }

    @AfterEach
    void resetClock() {
        ClockUtil.reset();
    }

    static String inBeijing(Instant moment) {
        return DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm").withZone(ZoneId.of("Asia/Shanghai")).format(moment);
    }

    static void at(Instant moment) {
        ClockUtil.setCurrentTime(Date.from(moment));
    }

    long draft(String enterprise, String programme) {
        var created = api.call(enterprise, HttpMethod.POST, "/api/applications",
                Map.of("programme", programme, "data", ApiClient.grantData("批次测试项目", 200000, 100000)));
        assertThat(created.getStatusCode().value()).as("%s", created.getBody()).isEqualTo(201);
        return ((Number) created.getBody().get("id")).longValue();
    }

    org.springframework.http.ResponseEntity<Map<String, Object>> submit(String enterprise, long id) {
        return api.call(enterprise, HttpMethod.POST, "/api/applications/" + id + "/submit", null);
    }

    @Nested
    class CallWindow {

        @Test
        void submissionIsAcceptedOnlyWhileTheCallIsOpenAndTheDraftWaitsMeanwhile() throws Exception {
            String key = programmes.defineGrantLike(List.of());
            long callId = programmes.openCall(key, T0.plus(Duration.ofDays(10)), T0.plus(Duration.ofDays(20)));
            long early = draft("enterprise1", key);

            var before = submit("enterprise1", early);
            assertThat(before.getStatusCode().value()).isEqualTo(400);
            assertThat(ApiClient.errors(before)).containsOnlyKeys("call");
            assertThat((String) ApiClient.errors(before).get("call")).contains("测试批次").contains("开始受理")
                    .contains(inBeijing(T0.plus(Duration.ofDays(10))) + "（北京时间）");
            assertThat(api.application("enterprise1", early)).containsEntry("status", "DRAFT");

            at(T0.plus(Duration.ofDays(15)));
            mvc.perform(get("/applications/" + early + "/edit").with(as("enterprise1", "enterprise")))
                    .andExpect(content().string(Matchers.containsString(
                            "受理至 " + inBeijing(T0.plus(Duration.ofDays(20))) + "（北京时间，不含）")));
            var during = submit("enterprise1", early);
            assertThat(during.getStatusCode().value()).as("%s", during.getBody()).isEqualTo(200);
            assertThat(during.getBody()).containsEntry("status", "SUBMITTED");
            assertThat(jdbc.sql("select call_id from application where id = ?").param(early).query(Long.class).single())
                    .isEqualTo(callId);

            long late = draft("enterprise1", key);
            at(T0.plus(Duration.ofDays(20)));
            var after = submit("enterprise1", late);
            assertThat(after.getStatusCode().value()).isEqualTo(400);
            assertThat((String) ApiClient.errors(after).get("call")).contains("没有开放的申报批次");
            assertThat(api.application("enterprise1", late)).containsEntry("status", "DRAFT");
        }

        @Test
        void aCallClosedNowRefusesTheNextSubmissionWithAnEnglishMessageForEnglishClients() {
            String key = programmes.defineGrantLike(List.of());
            long callId = programmes.openCall(key, T0.minus(Duration.ofDays(1)), null);
            long id = draft("enterprise1", key);
            programmes.closeNow(key, callId);

            at(T0.plus(Duration.ofMinutes(1)));
            var refused = api.call("enterprise1", HttpMethod.POST, "/api/applications/" + id + "/submit", null,
                    Map.of("Accept-Language", "en"));
            assertThat(refused.getStatusCode().value()).isEqualTo(400);
            assertThat((String) ApiClient.errors(refused).get("call")).contains("has no open call");
            assertThat(api.application("enterprise1", id)).containsEntry("status", "DRAFT");
        }

        @Test
        void theDraftPageShowsWhySubmissionWasRefusedAndKeepsTheDraft() throws Exception {
            String key = programmes.defineGrantLike(List.of());
            long id = draft("enterprise1", key);

            mvc.perform(post("/applications/" + id + "/submit").with(as("enterprise1", "enterprise")).with(csrf()))
                    .andExpect(status().isOk())
                    .andExpect(content().string(Matchers.containsString("id=\"call-error\"")))
                    .andExpect(content().string(Matchers.containsString("当前没有开放的申报批次")));
            assertThat(api.application("enterprise1", id)).containsEntry("status", "DRAFT");
        }
    }

    @Nested
    class Eligibility {

        @Test
        void anEnterpriseOutsideTheProgrammesRegionsCannotStartADraft() throws Exception {
            String key = programmes.defineGrantLike(List.of("150200"));

            var refused = api.call("enterprise1", HttpMethod.POST, "/api/applications",
                    Map.of("programme", key, "data", ApiClient.grantData("跨区申报", 200000, 100000)));
            assertThat(refused.getStatusCode().value()).isEqualTo(400);
            assertThat((String) ApiClient.errors(refused).get("programme")).contains("包头市");
            assertThat(jdbc.sql("select count(*) from application where programme_key = ?").param(key)
                    .query(Long.class).single()).isZero();
            mvc.perform(get("/applications/new/" + key).with(as("enterprise1", "enterprise")))
                    .andExpect(status().isOk())
                    .andExpect(content().string(Matchers.containsString("id=\"programme-refused\"")));

            draft("enterprise2", key);
        }

        @Test
        void aProgrammeForCertifiedEnterprisesRefusesOneWithoutACertificate() {
            String key = programmes.define("patent-transformation-grant-start", List.of(), "PILOT");
            // A new enterprise: enterprise1 may hold a certificate from another test of the shared context.
            String uncertified = api.newEnterprise();

            var refused = api.call(uncertified, HttpMethod.POST, "/api/applications",
                    Map.of("programme", key, "data", ApiClient.grantData("示范企业专项", 200000, 100000)));
            assertThat(refused.getStatusCode().value()).isEqualTo(400);
            assertThat((String) ApiClient.errors(refused).get("programme")).contains("知识产权试点企业");
        }
    }

    @Nested
    class Retiring {

        @Test
        void aRetiredProgrammeTakesNoNewDraftsOrSubmissionsButItsRunningApplicationsFinish() {
            String key = programmes.defineGrantLike(List.of());
            programmes.openCall(key, T0.minus(Duration.ofDays(1)), null);
            long running = draft("enterprise1", key);
            assertThat(submit("enterprise1", running).getStatusCode().value()).isEqualTo(200);
            long waiting = draft("enterprise1", key);

            programmes.retire(key);

            assertThat(api.list("enterprise1", "/api/programmes").getBody()).extracting(p -> p.get("key"))
                    .doesNotContain(key).contains("patent-transformation-grant");
            var newDraft = api.call("enterprise1", HttpMethod.POST, "/api/applications",
                    Map.of("programme", key, "data", ApiClient.grantData("停用后申报", 200000, 100000)));
            assertThat(newDraft.getStatusCode().value()).isEqualTo(400);
            assertThat((String) ApiClient.errors(newDraft).get("programme")).contains("已停止受理");
            var submission = submit("enterprise1", waiting);
            assertThat(submission.getStatusCode().value()).isEqualTo(400);
            assertThat(ApiClient.errors(submission)).containsKey("programme");

            String preReview = api.taskFor("reviewer1", running, "Task_RegionalPreReview");
            assertThat(preReview).as("the running application still has its task").isNotNull();
            assertThat(api.complete("reviewer1", preReview, Map.of("decision", "approve")).getStatusCode().value())
                    .isEqualTo(200);
            assertThat(api.application("enterprise1", running)).containsEntry("status", "IN_REVIEW");
            assertThat(api.taskFor("reviewer3", running, "Task_FormalReview")).isNotNull();
        }
    }

    @Nested
    class FormChangedMidCall {

        @Autowired
        org.camunda.bpm.engine.RepositoryService repository;

        @Autowired
        org.ipflow.forms.FormCatalog forms;

        String deployForm(String id, boolean withNewField) {
            String extra = withNewField ? """
                    ,{"id": "Field_extra", "type": "textfield", "key": "extraField", "label": "二〇二七新增字段",
                      "validate": {"required": true}, "properties": {"labelEn": "Field added in 2027"}}""" : "";
            String json = """
                    {"id": "%s", "type": "default", "schemaVersion": 16, "components": [
                      {"id": "Field_projectName", "type": "textfield", "key": "projectName", "label": "项目名称",
                       "validate": {"required": true}, "properties": {"labelEn": "Project"}},
                      {"id": "Field_amount", "type": "number", "key": "amountRequested", "label": "申请金额",
                       "properties": {"labelEn": "Amount"}},
                      {"id": "Field_fee", "type": "number", "key": "transferFeePaid", "label": "已付费用",
                       "properties": {"labelEn": "Fee paid"}}%s]}
                    """.formatted(id, extra);
            repository.createDeployment().name("ipflow-studio").addString(id + ".form", json).deploy();
            // What the studio does after a deployment on its node.
            forms.refresh();
            return id;
        }

        long draftOn(String key) {
            var created = api.call("enterprise1", HttpMethod.POST, "/api/applications", Map.of("programme", key,
                    "data", Map.of("projectName", "表单版本测试", "amountRequested", 1000, "transferFeePaid", 5000)));
            assertThat(created.getStatusCode().value()).as("%s", created.getBody()).isEqualTo(201);
            return ((Number) created.getBody().get("id")).longValue();
        }

        @Test
        void newDraftsGetTheNewFormAndSubmittedApplicationsKeepTheirs() throws Exception {
            String form = deployForm("pin-test-" + Long.toString(System.nanoTime(), 36), false);
            String key = programmes.define(form, List.of(), null);
            programmes.openCall(key, T0.minus(Duration.ofDays(1)), null);
            long submitted = draftOn(key);
            assertThat(submit("enterprise1", submitted).getStatusCode().value()).isEqualTo(200);
            long draft = draftOn(key);

            deployForm(form, true);

            assertThat(jdbc.sql("select start_form_key, start_form_version from application where id = ?")
                    .param(submitted).query((rs, n) -> rs.getString(1) + "@" + rs.getInt(2)).single())
                    .isEqualTo(form + "@1");
            mvc.perform(get("/applications/" + submitted).with(as("enterprise1", "enterprise")))
                    .andExpect(status().isOk())
                    .andExpect(content().string(Matchers.allOf(Matchers.containsString("表单版本测试"),
                            Matchers.not(Matchers.containsString("二〇二七新增字段")))));
            mvc.perform(get("/applications/new/" + key).with(as("enterprise1", "enterprise")))
                    .andExpect(content().string(Matchers.containsString("二〇二七新增字段")));
            mvc.perform(get("/applications/" + draft + "/edit").with(as("enterprise1", "enterprise")))
                    .andExpect(content().string(Matchers.containsString("二〇二七新增字段")));

            var refused = submit("enterprise1", draft);
            assertThat(refused.getStatusCode().value()).isEqualTo(400);
            assertThat(ApiClient.errors(refused)).containsOnlyKeys("extraField");
        }
    }

    static org.springframework.test.web.servlet.request.RequestPostProcessor as(String name, String role) {
        return user(name).authorities(List.of(new SimpleGrantedAuthority(role)));
    }
}
