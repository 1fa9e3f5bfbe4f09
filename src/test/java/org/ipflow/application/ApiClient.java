package org.ipflow.application;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.core.ParameterizedTypeReference;
import org.springframework.core.io.ByteArrayResource;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.util.LinkedMultiValueMap;

/** Drives the JSON API as an external client would: HTTP Basic, JSON bodies, multipart uploads. */
public final class ApiClient {

    static final byte[] PDF = "%PDF-1.4\n1 0 obj <<>> endobj\ntrailer <<>>\n%%EOF\n".getBytes();
    private static final ParameterizedTypeReference<Map<String, Object>> MAP = new ParameterizedTypeReference<>() { };
    private static final ParameterizedTypeReference<List<Map<String, Object>>> LIST = new ParameterizedTypeReference<>() { };

    private final TestRestTemplate rest;

    public ApiClient(TestRestTemplate rest) {
        this.rest = rest;
    }

    public ResponseEntity<Map<String, Object>> call(String user, HttpMethod method, String path, Object body) {
        return call(user, method, path, body, Map.of());
    }

    public ResponseEntity<Map<String, Object>> call(String user, HttpMethod method, String path, Object body,
            Map<String, String> extraHeaders) {
        TestRestTemplate client = user == null ? rest : rest.withBasicAuth(user, "demo");
        HttpHeaders headers = new HttpHeaders();
        headers.setContentType(MediaType.APPLICATION_JSON);
        extraHeaders.forEach(headers::add);
        return client.exchange(path, method, new HttpEntity<>(body, headers), MAP);
    }

    public ResponseEntity<List<Map<String, Object>>> list(String user, String path) {
        return rest.withBasicAuth(user, "demo").exchange(path, HttpMethod.GET, null, LIST);
    }

    ResponseEntity<Map<String, Object>> upload(String user, long id, String kind, String name, byte[] content) {
        var parts = new LinkedMultiValueMap<String, Object>();
        parts.add("kind", kind);
        parts.add("file", new ByteArrayResource(content) {
            @Override
            public String getFilename() {
                return name;
            }
        });
        HttpHeaders headers = new HttpHeaders();
        headers.setContentType(MediaType.MULTIPART_FORM_DATA);
        return rest.withBasicAuth(user, "demo").exchange("/api/applications/" + id + "/attachments", HttpMethod.POST,
                new HttpEntity<>(parts, headers), MAP);
    }

    static Map<String, Object> grantData(String project, int fee, int requested) {
        return Map.of("projectName", project, "projectSummary", "将专利技术用于稀土永磁电机量产",
                "patents", List.of(Map.of("patentNumber", "ZL202310123456.7", "title", "一种稀土永磁材料的制备方法",
                        "patentType", "invention", "acquisition", "transferred", "cnipaRecordNumber", "2023990000123")),
                "transferFeePaid", fee, "totalInvestment", 3000000, "amountRequested", requested,
                "expectedOutput", 800, "expectedJobs", 25);
    }

    /** A complete grant application with every required document, submitted; returns its id. */
    public long submittedGrant(String enterprise, String project, int fee, int requested) {
        long id = completeDraft(enterprise, project, fee, requested);
        var submitted = call(enterprise, HttpMethod.POST, "/api/applications/" + id + "/submit", null);
        assertThat(submitted.getStatusCode().value()).as("%s", submitted.getBody()).isEqualTo(200);
        assertThat(submitted.getBody()).containsEntry("status", "SUBMITTED");
        return id;
    }

    /** A complete grant application with every required document, not yet submitted; returns its id. */
    public long completeDraft(String enterprise, String project, int fee, int requested) {
        var created = call(enterprise, HttpMethod.POST, "/api/applications",
                Map.of("programme", "patent-transformation-grant", "data", grantData(project, fee, requested)));
        assertThat(created.getStatusCode().value()).as("%s", created.getBody()).isEqualTo(201);
        long id = ((Number) created.getBody().get("id")).longValue();
        for (String kind : List.of("patent-certificate", "contract", "contract-registration", "payment-proof",
                "business-licence")) {
            assertThat(upload(enterprise, id, kind, kind + ".pdf", PDF).getStatusCode().value()).isEqualTo(201);
        }
        return id;
    }

    /** The id of the task at the given step of the given application in the user's inbox, if any. */
    public String taskFor(String user, long applicationId, String step) {
        var tasks = list(user, "/api/tasks");
        assertThat(tasks.getStatusCode().value()).isEqualTo(200);
        return tasks.getBody().stream()
                .filter(t -> ((Number) t.get("applicationId")).longValue() == applicationId)
                .filter(t -> step.equals(t.get("taskDefinitionKey")))
                .filter(t -> t.get("assignee") == null || user.equals(t.get("assignee")))
                .map(t -> (String) t.get("id")).findFirst().orElse(null);
    }

    public ResponseEntity<Map<String, Object>> complete(String user, String taskId, Map<String, Object> data) {
        return call(user, HttpMethod.POST, "/api/tasks/" + taskId + "/complete", Map.of("data", data));
    }

    @SuppressWarnings("unchecked")
    static Map<String, Object> errors(ResponseEntity<Map<String, Object>> response) {
        return (Map<String, Object>) response.getBody().get("errors");
    }

    public Map<String, Object> application(String user, long id) {
        return call(user, HttpMethod.GET, "/api/applications/" + id, null).getBody();
    }
}
