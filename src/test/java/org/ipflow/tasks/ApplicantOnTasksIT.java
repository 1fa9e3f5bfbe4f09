package org.ipflow.tasks;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

import jakarta.servlet.http.Cookie;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import org.ipflow.IpflowTest;
import org.ipflow.application.ApiClient;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.autoconfigure.web.servlet.AutoConfigureMockMvc;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpMethod;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.test.web.servlet.MockMvc;

/**
 * The office's staff see who applied: the enterprise's name, credit code and region by name on the inbox
 * (page and API, in the reader's language), on the task page with its contact, and find its tasks by the
 * enterprise's name or credit code.
 */
@IpflowTest
@AutoConfigureMockMvc
class ApplicantOnTasksIT {

    @Autowired
    MockMvc mvc;
    @Autowired
    TestRestTemplate rest;

    ApiClient api;
    String enterprise;
    String number;

    @BeforeEach
    void anApplicationOfANewEnterprise() {
        api = new ApiClient(rest);
        enterprise = api.newEnterprise();
        long id = api.submittedGrant(enterprise, "申请人信息", 100000, 40000);
        number = (String) api.application(enterprise, id).get("number");
    }

    @Test
    void theTaskApiNamesTheApplicantAndItsRegionInTheClientsLanguage() {
        Map<String, Object> task = only(api.list("reviewer1", "/api/tasks?q=" + number).getBody());
        assertThat((String) task.get("enterpriseName")).startsWith("呼和浩特质押融资测试企业");
        assertThat((String) task.get("creditCode")).matches("91150100MA\\w{8}");
        assertThat(task).containsEntry("region", "150100").containsEntry("regionName", "呼和浩特市");

        var english = api.call("reviewer1", HttpMethod.GET, "/api/tasks/" + task.get("id"), null,
                Map.of("Accept-Language", "en")).getBody();
        assertThat(english).containsEntry("regionName", "Hohhot")
                .containsEntry("enterpriseName", task.get("enterpriseName"));

        assertThat(only(api.list("reviewer1", "/api/tasks?q=" + task.get("creditCode")).getBody()))
                .as("found by credit code").containsEntry("id", task.get("id"));
        assertThat(only(api.list("reviewer1", "/api/tasks?q=" + task.get("enterpriseName")).getBody()))
                .as("found by the enterprise's name").containsEntry("id", task.get("id"));
    }

    @Test
    void theInboxAndTheTaskPageShowTheApplicantInChineseAndEnglish() throws Exception {
        Map<String, Object> task = only(api.list("reviewer1", "/api/tasks?q=" + number).getBody());
        String inbox = page("/tasks?q=" + number, null);
        assertThat(inbox).contains("申请单位", (String) task.get("enterpriseName"), (String) task.get("creditCode"),
                "<td>呼和浩特市</td>").doesNotContain("<td>150100</td>");
        assertThat(page("/tasks?q=" + number, "en")).contains("Applicant", "<td>Hohhot</td>");

        String taskPage = page("/tasks/" + task.get("id"), null);
        assertThat(taskPage).contains((String) task.get("enterpriseName"), (String) task.get("creditCode"), "赵磊",
                "0471-6600000", "呼和浩特市");
        assertThat(page("/tasks/" + task.get("id"), "en")).contains("Credit code", "Contact", "Hohhot");
    }

    private static Map<String, Object> only(List<Map<String, Object>> items) {
        assertThat(items).hasSize(1);
        return items.get(0);
    }

    private String page(String path, String language) throws Exception {
        var request = get(path).with(user("reviewer1").authorities(new SimpleGrantedAuthority("reviewer"),
                new SimpleGrantedAuthority("reviewer-150100")));
        if (language != null) {
            request.cookie(new Cookie("ipflow-lang", language));
        }
        var response = mvc.perform(request).andReturn().getResponse();
        assertThat(response.getStatus()).as(path).isEqualTo(200);
        return new String(response.getContentAsByteArray(), StandardCharsets.UTF_8);
    }
}
