package org.ipflow.application;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.RuntimeService;
import org.ipflow.IpflowTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.core.io.ClassPathResource;
import org.springframework.http.HttpMethod;
import org.springframework.http.MediaType;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

/**
 * A programme opened without a release: the patent award (专利奖评选). The administrator deploys its
 * nomination form and process through the studio's endpoints and defines it with an award-letter
 * template and a call on the programme pages; an enterprise nominates, the region recommends, three
 * experts score, the approver approves, the public notice runs out, and the award letter is issued
 * from the template. Models and definition are in {@code src/test/resources/programmes/patent-award/}.
 */
@IpflowTest
class PatentAwardIT {

    @Autowired
    MockMvc mvc;

    @Autowired
    TestRestTemplate rest;

    @Autowired
    ManagementService management;

    @Autowired
    RuntimeService runtime;

    @Autowired
    ObjectMapper json;

    static RequestPostProcessor admin() {
        return user("admin").authorities(List.of(new SimpleGrantedAuthority("admin")));
    }

    void deploy(String type, String key, String file) throws Exception {
        String content = new ClassPathResource("programmes/patent-award/" + file).getContentAsString(StandardCharsets.UTF_8);
        mvc.perform(post("/admin/studio/api/" + type + "/" + key + "/deploy").with(admin()).with(csrf())
                        .contentType(MediaType.APPLICATION_JSON)
                        .content(json.writeValueAsString(Map.of("content", content, "version", 0))))
                .andExpect(status().isOk());
    }

    @Test
    void anAdministratorOpensThePatentAwardAndAnApplicationIsWorkedToItsAwardLetter() throws Exception {
        deploy("form", "patent-award-nomination", "patent-award-nomination.form");
        deploy("bpmn", "patent-award", "patent-award.bpmn");
        mvc.perform(post("/admin/programmes").with(admin()).with(csrf()).param("key", "patent-award")
                        .param("nameZh", "专利奖评选").param("nameEn", "Patent award").param("numberPrefix", "PAW")
                        .param("processKey", "patent-award").param("startForm", "patent-award-nomination")
                        .param("titleField", "projectName")
                        .param("documents", "nomination-letter | 推荐书 | Nomination letter | required")
                        .param("letterTemplate", "获奖通知书（{letterNumber}）\n{enterprise}（统一社会信用代码 {creditCode}）：\n"
                                + "你单位申报的“{title}”（申请编号 {number}）经评审、公示，获{programme}。\n{date}"))
                .andExpect(redirectedUrl("/admin/programmes/patent-award"));
        mvc.perform(post("/admin/programmes/patent-award/calls").with(admin()).with(csrf())
                        .param("nameZh", "2026年度专利奖").param("nameEn", "Patent award 2026")
                        .param("opensAt", "2026-01-01T09:00").param("closesAt", "2099-12-31T17:00"))
                .andExpect(redirectedUrl("/admin/programmes/patent-award#calls"));

        ApiClient api = new ApiClient(rest);
        var created = api.call("enterprise1", HttpMethod.POST, "/api/applications", Map.of("programme", "patent-award",
                "data", Map.of("projectName", "稀土永磁电机专利", "patentNumber", "ZL202310123456.6",
                        "patentTitle", "一种稀土永磁材料的制备方法", "achievements", "已在两条产线实施，年节能 12%。",
                        "salesRevenue", 3200)));
        assertThat(created.getStatusCode().value()).as("%s", created.getBody()).isEqualTo(201);
        long id = ((Number) created.getBody().get("id")).longValue();
        assertThat(created.getBody()).containsEntry("number", null);
        nestedContactRoundTrip(api, id);
        assertThat(api.upload("enterprise1", id, "nomination-letter", "nomination.pdf", ApiClient.PDF)
                .getStatusCode().value()).isEqualTo(201);
        var submitted = api.call("enterprise1", HttpMethod.POST, "/api/applications/" + id + "/submit", null);
        assertThat(submitted.getStatusCode().value()).as("%s", submitted.getBody()).isEqualTo(200);
        String number = (String) submitted.getBody().get("number");
        assertThat(number).startsWith("PAW-");

        complete(api, "reviewer1", id, "Task_RegionalRecommendation", Map.of("decision", "approve", "comment", "推荐"));
        for (String expert : List.of("reviewer4", "reviewer5", "reviewer6")) {
            complete(api, expert, id, "Task_ExpertScoring", Map.of("score", 88, "comment", "创新性强"));
        }
        complete(api, "approver1", id, "Task_ApproverDecision", Map.of("decision", "approve", "comment", "同意授奖"));
        assertThat(api.application("enterprise1", id)).containsEntry("status", "PUBLIC_NOTICE");

        String instance = (String) runtime.createProcessInstanceQuery().processInstanceBusinessKey(
                number).singleResult().getId();
        var noticeTimer = management.createJobQuery().processInstanceId(instance).timers().singleResult();
        management.executeJob(noticeTimer.getId());

        Map<String, Object> done = api.application("enterprise1", id);
        assertThat(done).containsEntry("status", "CERTIFIED");
        @SuppressWarnings("unchecked")
        Map<String, Object> letter = (Map<String, Object>) done.get("letter");
        assertThat((String) letter.get("number")).isEqualTo(number + "-L");
        assertThat((String) letter.get("body")).contains("呼和浩特青城科技有限公司", "91150100MA0QCKJ01L",
                "稀土永磁电机专利", "获专利奖评选", number).doesNotContain("{");
        assertThat(done.get("history").toString()).contains("letterIssued");
        assertThat(runtime.createProcessInstanceQuery().processInstanceId(instance).count()).isZero();
    }

    /**
     * The form's group with the path {@code nominee.contact} (form-js's Group.js {@code path}): its fields' values are
     * nested under the path through the API and through the page without script, validated and refused where they are.
     */
    private void nestedContactRoundTrip(ApiClient api, long id) throws Exception {
        Map<String, Object> data = Map.of("projectName", "稀土永磁电机专利", "patentNumber", "ZL202310123456.6",
                "patentTitle", "一种稀土永磁材料的制备方法", "achievements", "已在两条产线实施，年节能 12%。");
        Map<String, Object> wrong = new java.util.HashMap<>(data);
        wrong.put("nominee", Map.of("contact", Map.of("phone", "call me")));
        var refused = api.call("enterprise1", HttpMethod.PUT, "/api/applications/" + id, Map.of("data", wrong));
        assertThat(refused.getStatusCode().value()).isEqualTo(400);
        assertThat(ApiClient.errors(refused)).containsOnlyKeys("nominee.contact.phone");

        var page = post("/applications/" + id).with(user("enterprise1").authorities(() -> "enterprise")).with(csrf())
                .param("nominee.contact.name", "王芳").param("nominee.contact.phone", "0471-1234567");
        data.forEach((key, value) -> page.param(key, value.toString()));
        mvc.perform(page).andExpect(redirectedUrl("/applications/" + id + "/edit"));

        assertThat(api.application("enterprise1", id).get("data")).asInstanceOf(
                org.assertj.core.api.InstanceOfAssertFactories.MAP).containsEntry("nominee",
                Map.of("contact", Map.of("name", "王芳", "phone", "0471-1234567")));
        String edit = mvc.perform(org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get(
                "/applications/" + id + "/edit").with(user("enterprise1").authorities(() -> "enterprise")))
                .andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
        assertThat(edit).containsPattern("name=\"nominee\\.contact\\.name\"[^>]*value=\"王芳\"|value=\"王芳\"[^>]*name=\"nominee\\.contact\\.name\"");
    }

    void complete(ApiClient api, String user, long id, String step, Map<String, Object> data) {
        String task = api.taskFor(user, id, step);
        assertThat(task).as("%s at %s", user, step).isNotNull();
        var completed = api.complete(user, task, data);
        assertThat(completed.getStatusCode().value()).as("%s", completed.getBody()).isEqualTo(200);
    }
}
