package org.ipflow.programme;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.allOf;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.ipflow.IpflowTest;
import org.ipflow.modeling.AuditLog;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

/** The catalogue in the database: seeding, the administrator's pages with their rules, audit and authorisation. */
@IpflowTest
class ProgrammeAdminIT {

    static final List<String> RELEASED = List.of("patent-transformation-grant", "pledge-financing",
            "pilot-enterprise-certification");

    @Autowired
    MockMvc mvc;

    @Autowired
    ProgrammeCatalog catalogue;

    @Autowired
    ProgrammeCalls calls;

    @Autowired
    ProgrammeSeeding seeding;

    @Autowired
    ConfiguredProgrammes configured;

    @Autowired
    ProgrammeAdministration administration;

    @Autowired
    AuditLog audit;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    org.springframework.context.ApplicationContext context;

    static RequestPostProcessor as(String name, String role) {
        return user(name).authorities(List.of(new SimpleGrantedAuthority(role)));
    }

    static RequestPostProcessor admin() {
        return as("admin", "admin");
    }

    static Programme configuredLike(String key, String prefix, String nameZh) {
        return new Programme(key, nameZh, "Seeded " + key, prefix, "pledge-financing", "pledge-financing-start",
                "loanPurpose", null, Map.of("interestPaid", "interestPaid"),
                List.of(new Programme.DocumentKind("loan-contract", "借款合同", "Loan contract", true)), null, null, null,
                null, null, null);
    }

    static Stream<MockHttpServletRequestBuilder> endpoints() {
        return Stream.of(get("/admin/programmes"), get("/admin/programmes/new"),
                get("/admin/programmes/patent-transformation-grant"), post("/admin/programmes"),
                post("/admin/programmes/patent-transformation-grant"),
                post("/admin/programmes/patent-transformation-grant/retire"),
                post("/admin/programmes/patent-transformation-grant/reactivate"),
                post("/admin/programmes/patent-transformation-grant/calls"),
                post("/admin/programmes/patent-transformation-grant/calls/1"),
                post("/admin/programmes/patent-transformation-grant/calls/1/close"));
    }

    long count(String sql, Object... params) {
        return jdbc.sql(sql).params(params).query(Long.class).single();
    }

    @Nested
    class Seeding {

        @Test
        void theReleasedProgrammesAreInTheCatalogueEachWithAStandingOpenCall() {
            assertThat(catalogue.all()).extracting(Programme::key).containsSequence(RELEASED);
            for (String key : RELEASED) {
                assertThat(calls.of(key)).singleElement().satisfies(call -> {
                    assertThat(call.closesAt()).isNull();
                    assertThat(call.openAt(ProgrammeCalls.now())).isTrue();
                });
                assertThat(calls.openNow(key)).isPresent();
            }
            assertThat(catalogue.find("patent-transformation-grant").orElseThrow().documents())
                    .extracting(Programme.DocumentKind::kind).contains("patent-certificate", "other");
            assertThat(catalogue.byProcessKey("pledge-financing").orElseThrow().startVariables())
                    .containsEntry("ipShare", "ipShare");
        }

        @Test
        void seedingAgainChangesNothing() {
            long programmes = count("select count(*) from programme");
            long documents = count("select count(*) from programme_document");
            long allCalls = count("select count(*) from programme_call");
            long versions = count("select sum(version) from programme");

            seeding.run(null);
            seeding.run(null);

            assertThat(count("select count(*) from programme")).isEqualTo(programmes);
            assertThat(count("select count(*) from programme_document")).isEqualTo(documents);
            assertThat(count("select count(*) from programme_call")).isEqualTo(allCalls);
            assertThat(count("select sum(version) from programme")).isEqualTo(versions);
            assertThat(configured.programmes()).extracting(Programme::key).containsExactlyElementsOf(RELEASED);
        }

        @Test
        void aReleaseUpdatesWhatItSeededButNeverWhatAnAdministratorChanged() {
            seeding.seed(configuredLike("seed-test", "SDT", "种子项目"));
            assertThat(calls.of("seed-test")).hasSize(1);

            seeding.seed(configuredLike("seed-test", "SDT", "种子项目（新版）"));
            assertThat(catalogue.find("seed-test").orElseThrow().nameZh()).isEqualTo("种子项目（新版）");

            var form = ProgrammeForm.of(catalogue.find("seed-test").orElseThrow(), 1);
            var edited = new ProgrammeForm(form.key(), "管理员改过的名称", form.nameEn(), null, null, form.numberPrefix(),
                    form.processKey(), form.startForm(), form.titleField(), form.amountField(), form.startVariables(),
                    form.documents(), form.regions(), null, null, form.version());
            assertThat(administration.update("seed-test", edited, "admin").done()).isTrue();

            seeding.seed(configuredLike("seed-test", "SDT", "种子项目（第三版）"));
            assertThat(catalogue.find("seed-test").orElseThrow().nameZh()).isEqualTo("管理员改过的名称");
            assertThat(calls.of("seed-test")).as("no second standing call").hasSize(1);
        }
    }

    @Nested
    class Pages {

        @Test
        void theListShowsEveryProgrammeWithItsOpenCall() throws Exception {
            mvc.perform(get("/admin/programmes").with(admin())).andExpect(status().isOk())
                    .andExpect(content().string(allOf(containsString("patent-transformation-grant"),
                            containsString("pilot-enterprise-certification"), containsString("常年受理"))));
            mvc.perform(get("/admin").with(admin())).andExpect(content().string(containsString("/admin/programmes")));
        }

        @Test
        void aRefusedDefinitionComesBackWithEachProblemAtItsFieldAndNothingLost() throws Exception {
            mvc.perform(post("/admin/programmes").with(admin()).with(csrf())
                            .param("key", "Bad Key").param("nameZh", "").param("nameEn", "Awards")
                            .param("numberPrefix", "ab").param("processKey", "no-such-process")
                            .param("startForm", "no-such-form")
                            .param("documents", "nomination | 推荐表 | Nomination | required\nnomination | 又一份 | Again | optional"))
                    .andExpect(status().isOk())
                    .andExpect(content().string(allOf(containsString("id=\"key-error\""),
                            containsString("id=\"nameZh-error\""), containsString("id=\"numberPrefix-error\""),
                            containsString("没有已部署的此标识的流程"), containsString("没有此标识的表单"),
                            containsString("材料类型“nomination”重复"),
                            containsString("value=\"no-such-process\""), containsString("value=\"Awards\""),
                            not(containsString("Awards,")), not(containsString("id=\"nullnameEn\"")),
                            containsString("又一份 | Again | optional"))));
            assertThat(catalogue.find("Bad Key")).isEmpty();
        }

        @Test
        void fieldsMustExistInTheStartFormAndThePrefixBelongToNoOtherProgramme() throws Exception {
            mvc.perform(post("/admin/programmes").with(admin()).with(csrf()).param("key", "field-check")
                            .param("nameZh", "字段检查").param("nameEn", "Field check").param("numberPrefix", "PTG")
                            .param("processKey", "patent-transformation-grant")
                            .param("startForm", "patent-transformation-grant-start").param("titleField", "noSuchField")
                            .param("amountField", "projectName").param("startVariables", "eligibleCost=missingField")
                            .param("documents", "other | 其他 | Other | optional").param("regions", "999999")
                            .param("letterTemplate", "{enterprise}：{prize}"))
                    .andExpect(status().isOk())
                    .andExpect(content().string(allOf(containsString("项目 patent-transformation-grant 已使用此前缀"),
                            containsString("中没有字段 noSuchField"), containsString("金额字段 projectName 须为数字字段"),
                            containsString("没有字段“missingField”"), containsString("请选择有效的盟市"),
                            containsString("模板中的“{prize}”不是可用的占位符"))));
            assertThat(catalogue.find("field-check")).isEmpty();
        }

        @Test
        void aProgrammeIsDefinedEditedRetiredReactivatedAndEachChangeIsAudited() throws Exception {
            mvc.perform(post("/admin/programmes").with(admin()).with(csrf()).param("key", "audit-award")
                            .param("nameZh", "审计测试奖").param("nameEn", "Audit award").param("numberPrefix", "AUD")
                            .param("processKey", "patent-transformation-grant")
                            .param("startForm", "patent-transformation-grant-start").param("titleField", "projectName")
                            .param("amountField", "amountRequested").param("documents", "other | 其他 | Other | optional")
                            .param("regions", "150100", "150200"))
                    .andExpect(redirectedUrl("/admin/programmes/audit-award"));
            Programme created = catalogue.find("audit-award").orElseThrow();
            assertThat(created.regions()).containsExactly("150100", "150200");
            assertThat(calls.of("audit-award")).as("no call until the administrator adds one").isEmpty();

            mvc.perform(post("/admin/programmes/audit-award").with(admin()).with(csrf()).param("version", "0")
                            .param("nameZh", "审计测试奖（改）").param("nameEn", "Audit award").param("numberPrefix", "AUD")
                            .param("processKey", "patent-transformation-grant")
                            .param("startForm", "patent-transformation-grant-start")
                            .param("documents", "other | 其他 | Other | optional"))
                    .andExpect(redirectedUrl("/admin/programmes/audit-award"));
            assertThat(catalogue.find("audit-award").orElseThrow().nameZh()).isEqualTo("审计测试奖（改）");
            mvc.perform(post("/admin/programmes/audit-award").with(admin()).with(csrf()).param("version", "0")
                            .param("nameZh", "过期的修改").param("nameEn", "Stale").param("numberPrefix", "AUD")
                            .param("processKey", "patent-transformation-grant")
                            .param("startForm", "patent-transformation-grant-start"))
                    .andExpect(status().isOk()).andExpect(content().string(containsString("其他管理员已修改此项目")));
            assertThat(catalogue.find("audit-award").orElseThrow().nameZh()).isEqualTo("审计测试奖（改）");

            mvc.perform(post("/admin/programmes/audit-award/retire").with(admin()).with(csrf()))
                    .andExpect(redirectedUrl("/admin/programmes/audit-award"));
            assertThat(catalogue.all()).extracting(Programme::key).doesNotContain("audit-award");
            assertThat(catalogue.find("audit-award").orElseThrow().active()).isFalse();
            mvc.perform(post("/admin/programmes/audit-award/reactivate").with(admin()).with(csrf()));
            assertThat(catalogue.all()).extracting(Programme::key).contains("audit-award");

            assertThat(audit.latest(50)).filteredOn(e -> e.subject().equals("programme:audit-award"))
                    .allSatisfy(e -> assertThat(e.actor()).isEqualTo("admin"))
                    .extracting(AuditLog.Entry::action)
                    .containsExactly("PROGRAMME_REACTIVATE", "PROGRAMME_RETIRE", "PROGRAMME_UPDATE", "PROGRAMME_CREATE");
        }

        @Test
        void callsAreAddedChangedAndClosedWithTheirProblemsShownAndAudited() throws Exception {
            String key = new TestProgrammes(context).defineGrantLike(List.of());
            mvc.perform(post("/admin/programmes/" + key + "/calls").with(admin()).with(csrf())
                            .param("nameZh", "2027年第一批").param("nameEn", "2027, first call")
                            .param("opensAt", "2027-03-01T09:00").param("closesAt", "2027-02-01T17:00"))
                    .andExpect(status().isOk())
                    .andExpect(content().string(allOf(containsString("截止时间须晚于开始时间"),
                            containsString("value=\"2027年第一批\""), containsString("value=\"2027-02-01T17:00\""))));
            assertThat(calls.of(key)).isEmpty();

            mvc.perform(post("/admin/programmes/" + key + "/calls").with(admin()).with(csrf())
                            .param("nameZh", "2027年第一批").param("nameEn", "2027, first call")
                            .param("opensAt", "2027-03-01T09:00").param("closesAt", "2027-04-01T17:00"))
                    .andExpect(redirectedUrl("/admin/programmes/" + key + "#calls"));
            Call call = calls.of(key).get(0);
            assertThat(call.opensAt()).isEqualTo(java.time.Instant.parse("2027-03-01T01:00:00Z"));
            assertThat(call.state(ProgrammeCalls.now())).isEqualTo(Call.State.UPCOMING);

            mvc.perform(post("/admin/programmes/" + key + "/calls/" + call.id()).with(admin()).with(csrf())
                            .param("nameZh", "2026年补充批次").param("nameEn", "2026, extra call")
                            .param("opensAt", "2026-01-01T00:00").param("closesAt", ""))
                    .andExpect(redirectedUrl("/admin/programmes/" + key + "#calls"));
            assertThat(calls.openNow(key)).map(Call::nameZh).hasValue("2026年补充批次");

            mvc.perform(post("/admin/programmes/" + key + "/calls/" + call.id() + "/close").with(admin()).with(csrf()))
                    .andExpect(redirectedUrl("/admin/programmes/" + key + "#calls"));
            assertThat(calls.openNow(key)).isEmpty();
            mvc.perform(get("/admin/programmes/" + key).with(admin()))
                    .andExpect(content().string(allOf(containsString("已截止"), not(containsString("close-call-" + call.id())))));

            assertThat(audit.latest(50)).filteredOn(e -> e.subject().equals("programme:" + key))
                    .extracting(AuditLog.Entry::action).containsSubsequence("CALL_CLOSE", "CALL_UPDATE", "CALL_CREATE");
        }
    }

    @Nested
    class Authorisation {

        @ParameterizedTest
        @MethodSource("org.ipflow.programme.ProgrammeAdminIT#endpoints")
        void anonymousCallersAreSentToTheLogin(MockHttpServletRequestBuilder request) throws Exception {
            mvc.perform(request.with(csrf())).andExpect(redirectedUrl("/login"));
        }

        @ParameterizedTest
        @MethodSource("org.ipflow.programme.ProgrammeAdminIT#endpoints")
        void otherRolesAreRefused(MockHttpServletRequestBuilder request) throws Exception {
            for (String role : List.of("enterprise", "reviewer", "approver", "finance")) {
                mvc.perform(request.with(as(role + "1", role)).with(csrf())).andExpect(status().isForbidden());
            }
            assertThat(catalogue.find("patent-transformation-grant").orElseThrow().active()).isTrue();
        }

        @Test
        void aPostWithoutTheCsrfTokenIsRefused() throws Exception {
            mvc.perform(post("/admin/programmes/patent-transformation-grant/retire").with(admin()))
                    .andExpect(status().isForbidden());
            assertThat(catalogue.find("patent-transformation-grant").orElseThrow().active()).isTrue();
        }

        @Test
        void anUnknownProgrammeAnswers404() throws Exception {
            mvc.perform(get("/admin/programmes/no-such-programme").with(admin())).andExpect(status().isNotFound());
        }
    }
}
