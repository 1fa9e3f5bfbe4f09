package org.ipflow.tasks;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.util.List;
import org.ipflow.IpflowTest;
import org.ipflow.application.ApiClient;
import org.ipflow.identity.WebSession;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.ResponseEntity;

/**
 * Finding 9: parameters no page would send made the server fail with 500. A language that is none and a
 * page number whose offset overflows an int now answer the page in the default language and an empty
 * page (or 400 for what is not a number); never 500.
 */
@IpflowTest
class HostileParametersIT {

    private static final int MAX = Integer.MAX_VALUE;

    @Autowired
    TestRestTemplate rest;

    @Test
    void aLanguageThatIsNoneShowsThePageInChinese() {
        for (String lang : List.of("x%22y", "%3Cscript%3E", "en%0D%0ASet-Cookie:x=1", "a".repeat(300), "_", "zz", "fr")) {
            ResponseEntity<String> page = get(null, "/?lang=" + lang);
            assertThat(page.getStatusCode().value()).as(lang).isEqualTo(200);
            assertThat(page.getBody()).as(lang).contains("lang=\"zh\"");
            assertThat(page.getHeaders().getOrEmpty(HttpHeaders.SET_COOKIE)).as(lang)
                    .noneMatch(cookie -> cookie.startsWith("ipflow-lang="));
            assertThat(get(null, "/login?lang=" + lang).getStatusCode().value()).as(lang).isEqualTo(200);
        }
        assertThat(get(null, "/?lang=en").getBody()).as("a real language still switches").contains("lang=\"en\"");
    }

    @Test
    void pagesFarBeyondTheLastAreEmptyAndNeverAnError() {
        ApiClient api = new ApiClient(rest);
        api.submittedGrant("enterprise1", "分页测试项目", 200000, 80000);
        assertThat(api.list("reviewer1", "/api/tasks").getBody()).as("the inbox has tasks").isNotEmpty();
        for (String query : List.of("page=" + MAX, "page=" + (MAX / 50), "page=" + (MAX / 200) + "&size=200",
                "page=" + MAX + "&size=" + MAX, "page=" + Integer.MIN_VALUE + "&size=" + Integer.MIN_VALUE)) {
            ResponseEntity<String> answer = get("reviewer1", "/api/tasks?" + query);
            assertThat(answer.getStatusCode().value()).as(query).isEqualTo(200);
            if (!query.startsWith("page=-")) {
                assertThat(answer.getBody()).as(query).isEqualTo("[]");
            }
        }
        assertThat(get("reviewer1", "/api/tasks?page=-1").getBody()).as("a negative page is the first").isNotEqualTo("[]");
        assertThat(get("reviewer1", "/api/tasks?size=" + MAX).getStatusCode().value()).isEqualTo(200);
        for (String query : List.of("page=99999999999", "page=abc", "size=1e9")) {
            assertThat(get("reviewer1", "/api/tasks?" + query).getStatusCode().value()).as(query).isEqualTo(400);
        }
    }

    @Test
    void theStaffPagesAnswerHugePageNumbersToo() {
        for (String path : List.of("/tasks?page=" + MAX, "/admin/users?page=" + MAX,
                "/admin/users?kind=enterprise&page=" + MAX, "/admin/users?page=" + (MAX / 20))) {
            String user = path.startsWith("/admin") ? "admin" : "reviewer1";
            var session = new WebSession(rest);
            assertThat(session.login(user, "demo")).isEqualTo("/home");
            assertThat(session.get(path).getStatusCode().value()).as(path).isEqualTo(200);
        }
    }

    private ResponseEntity<String> get(String user, String pathAndQuery) {
        TestRestTemplate client = user == null ? rest : rest.withBasicAuth(user, "demo");
        return client.exchange(URI.create(rest.getRootUri() + pathAndQuery), HttpMethod.GET,
                HttpEntity.EMPTY, String.class);
    }
}
