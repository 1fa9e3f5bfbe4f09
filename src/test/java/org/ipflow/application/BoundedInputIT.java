package org.ipflow.application;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.ipflow.IpflowTest;
import org.ipflow.identity.WebSession;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpMethod;

/**
 * Issue 14, finding 5: a self-registered enterprise stored 100,000 rows (a 14 MB body) and its pages took
 * minutes. Every attack here is refused quickly, with a message in the reader's language, and the draft
 * saved before keeps what it held.
 */
@IpflowTest
class BoundedInputIT {

    private static final Duration QUICK = Duration.ofSeconds(10);

    @Autowired
    TestRestTemplate rest;

    ApiClient api;
    String enterprise;
    long draft;

    @BeforeEach
    void setUp() {
        api = new ApiClient(rest);
        enterprise = api.newEnterprise();
        var created = api.call(enterprise, HttpMethod.POST, "/api/applications",
                Map.of("programme", "patent-transformation-grant", "data", Map.of("projectName", "已保存的项目")));
        assertThat(created.getStatusCode().value()).as("%s", created.getBody()).isEqualTo(201);
        draft = ((Number) created.getBody().get("id")).longValue();
    }

    private void draftIsAsSaved() {
        assertThat(api.application(enterprise, draft).get("data")).isEqualTo(Map.of("projectName", "已保存的项目"));
    }

    private static List<Map<String, Object>> rows(int count) {
        List<Map<String, Object>> rows = new ArrayList<>(count);
        for (int i = 0; i < count; i++) {
            rows.add(Map.of("title", "专利" + i));
        }
        return rows;
    }

    @Nested
    class Api {

        @Test
        void aHundredThousandRowsAreRefusedQuicklyByTheBodyLimit() {
            long start = System.nanoTime();
            var refused = api.call(enterprise, HttpMethod.PUT, "/api/applications/" + draft,
                    Map.of("data", Map.of("projectName", "洪水", "patents", rows(100_000))));
            assertThat(Duration.ofNanos(System.nanoTime() - start)).isLessThan(QUICK);
            assertThat(refused.getStatusCode().value()).isEqualTo(413);
            assertThat(ApiClient.errors(refused)).containsEntry("request",
                    "提交的内容过大（最多 2 MB），未作任何保存，已保存的内容不受影响。请删减后重试。");
            draftIsAsSaved();
        }

        @Test
        void aHundredThousandRowsSmallEnoughForTheBodyAreRefusedByTheRowLimit() {
            List<Map<String, Object>> empty = new ArrayList<>();
            for (int i = 0; i < 100_000; i++) {
                empty.add(Map.of());
            }
            long start = System.nanoTime();
            var refused = api.call(enterprise, HttpMethod.PUT, "/api/applications/" + draft,
                    Map.of("data", Map.of("projectName", "洪水", "patents", empty)), Map.of("Accept-Language", "en"));
            assertThat(Duration.ofNanos(System.nanoTime() - start)).isLessThan(QUICK);
            assertThat(refused.getStatusCode().value()).isEqualTo(400);
            assertThat(ApiClient.errors(refused)).isEqualTo(Map.of("patents", "At most 200 rows; please remove the others."));
            draftIsAsSaved();
        }

        @Test
        void twoHundredRowsAreAcceptedAndTheTwoHundredAndFirstRefused() {
            var refused = api.call(enterprise, HttpMethod.PUT, "/api/applications/" + draft,
                    Map.of("data", Map.of("projectName", "已保存的项目", "patents", rows(201))));
            assertThat(refused.getStatusCode().value()).isEqualTo(400);
            assertThat(ApiClient.errors(refused)).containsEntry("patents", "最多只能填写 200 行，请删去多余的行。");
            draftIsAsSaved();
            var accepted = api.call(enterprise, HttpMethod.PUT, "/api/applications/" + draft,
                    Map.of("data", Map.of("projectName", "已保存的项目", "patents", rows(200))));
            assertThat(accepted.getStatusCode().value()).isEqualTo(200);
        }

        @Test
        void aTextWithoutItsOwnMaximumIsBoundedByTheDefault() {
            // patentNumber has a pattern but no maxLength: 501 characters were matched against it, now counted
            var refused = api.call(enterprise, HttpMethod.PUT, "/api/applications/" + draft, Map.of("data",
                    Map.of("projectName", "已保存的项目", "patents", List.of(Map.of("patentNumber", "1".repeat(501))))));
            assertThat(refused.getStatusCode().value()).isEqualTo(400);
            assertThat(ApiClient.errors(refused)).containsEntry("patents[0].patentNumber", "不能超过 500 个字符。");
            draftIsAsSaved();
        }

        @Test
        void aFourteenMegabyteBodyIsRefusedWith413() {
            var refused = api.call(enterprise, HttpMethod.PUT, "/api/applications/" + draft,
                    Map.of("data", Map.of("projectName", "x".repeat(14 * 1024 * 1024))), Map.of("Accept-Language", "en"));
            assertThat(refused.getStatusCode().value()).isEqualTo(413);
            assertThat((String) ApiClient.errors(refused).get("request")).startsWith("The request is too large (at most 2 MB)");
            draftIsAsSaved();
        }

        /** Without a Content-Length the body is counted as it is read. */
        @Test
        void aChunkedBodyOverTheLimitIsRefusedWith413() throws Exception {
            byte[] body = ("{\"data\":{\"projectName\":\"" + "x".repeat(3 * 1024 * 1024) + "\"}}").getBytes(StandardCharsets.UTF_8);
            var request = HttpRequest.newBuilder(URI.create(rest.getRootUri() + "/api/applications/" + draft))
                    .header("Authorization", "Basic " + Base64.getEncoder().encodeToString(
                            (enterprise + ":" + ApiClient.NEW_PASSWORD).getBytes(StandardCharsets.UTF_8)))
                    .header("Content-Type", "application/json")
                    .PUT(HttpRequest.BodyPublishers.ofInputStream(() -> new ByteArrayInputStream(body))).build();
            HttpClient client = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();
            var response = client.send(request, HttpResponse.BodyHandlers.ofString());
            assertThat(response.statusCode()).isEqualTo(413);
            assertThat(response.body()).contains("最多 2 MB");
            draftIsAsSaved();
        }
    }

    @Nested
    class Pages {

        WebSession browser;

        @BeforeEach
        void logIn() {
            browser = new WebSession(rest);
            assertThat(browser.login(enterprise, ApiClient.NEW_PASSWORD)).isEqualTo("/home");
            assertThat(browser.get("/applications/" + draft + "/edit").getStatusCode().value()).isEqualTo(200);
        }

        private Map<String, List<String>> form(int rows) {
            Map<String, List<String>> fields = new LinkedHashMap<>();
            fields.put("projectName", List.of("已保存的项目"));
            for (int i = 0; i < rows; i++) {
                fields.put("patents[" + i + "].title", List.of("专利" + i));
            }
            return fields;
        }

        @Test
        void aHundredThousandPostedRowsAreRefusedQuicklyWith413() {
            long start = System.nanoTime();
            var refused = browser.post("/applications/" + draft, form(100_000));
            assertThat(Duration.ofNanos(System.nanoTime() - start)).isLessThan(QUICK);
            assertThat(refused.getStatusCode().value()).isEqualTo(413);
            // IPFlow's error page, which echoes nothing of the rows posted (megabytes of them)
            assertThat(refused.getBody()).contains("提交的内容过大（最多 2 MB）").hasSizeLessThan(20_000);
            draftIsAsSaved();
        }

        @Test
        void tooManyRowsShowTheMessageAtTheListAndKeepTheSavedDraft() {
            var refused = browser.post("/applications/" + draft, form(5_000));
            assertThat(refused.getStatusCode().value()).isEqualTo(200);
            // bound one row past the limit (201 rows) and the page's usual empty row: not 5,000
            assertThat(refused.getBody()).contains("id=\"field-patents-error\">最多只能填写 200 行，请删去多余的行。")
                    .contains("patents[200].title").doesNotContain("patents[202].title");
            draftIsAsSaved();
        }
    }
}
