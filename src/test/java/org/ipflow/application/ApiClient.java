package org.ipflow.application;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.atomic.AtomicInteger;
import org.ipflow.shared.CreditCode;
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

    static final byte[] PDF = TestDocuments.pdf();
    private static final ParameterizedTypeReference<Map<String, Object>> MAP = new ParameterizedTypeReference<>() { };
    private static final ParameterizedTypeReference<List<Map<String, Object>>> LIST = new ParameterizedTypeReference<>() { };

    private static final AtomicInteger ENTERPRISES = new AtomicInteger();
    /** The password of every enterprise {@link #newEnterprise()} registers: strong, and unrelated to its names. */
    public static final String NEW_PASSWORD = "Grassland-Yurt-Lantern-47";

    private final TestRestTemplate rest;
    private final Map<String, String> passwords = new ConcurrentHashMap<>();

    public ApiClient(TestRestTemplate rest) {
        this.rest = rest;
    }

    public ResponseEntity<Map<String, Object>> call(String user, HttpMethod method, String path, Object body) {
        return call(user, method, path, body, Map.of());
    }

    public ResponseEntity<Map<String, Object>> call(String user, HttpMethod method, String path, Object body,
            Map<String, String> extraHeaders) {
        TestRestTemplate client = user == null ? rest : rest.withBasicAuth(user, password(user));
        HttpHeaders headers = new HttpHeaders();
        headers.setContentType(MediaType.APPLICATION_JSON);
        extraHeaders.forEach(headers::add);
        return client.exchange(path, method, new HttpEntity<>(body, headers), MAP);
    }

    public ResponseEntity<List<Map<String, Object>>> list(String user, String path) {
        return rest.withBasicAuth(user, password(user)).exchange(path, HttpMethod.GET, null, LIST);
    }

    public ResponseEntity<Map<String, Object>> upload(String user, long id, String kind, String name, byte[] content) {
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
        return rest.withBasicAuth(user, password(user)).exchange("/api/applications/" + id + "/attachments", HttpMethod.POST,
                new HttpEntity<>(parts, headers), MAP);
    }

    private String password(String user) {
        return passwords.getOrDefault(user, "demo");
    }

    /** Registers a new enterprise in 150100 and its first user, with a complete profile; returns the user name. */
    public String newEnterprise() {
        String username = newEnterpriseWithoutProfile();
        completeProfile(username, enterpriseName(username));
        return username;
    }

    /** Registers a new enterprise in 150100 and its first user, as registration leaves it; returns the user name. */
    public String newEnterpriseWithoutProfile() {
        int n = ENTERPRISES.incrementAndGet();
        String first17 = "91150100MA" + String.format("%07d", ThreadLocalRandom.current().nextInt(10_000_000));
        String username = "pledge-enterprise-" + n + "-" + ThreadLocalRandom.current().nextInt(1_000_000);
        var created = call(null, HttpMethod.POST, "/api/enterprises", Map.of("username", username, "password",
                NEW_PASSWORD, "enterpriseName", "呼和浩特质押融资测试企业" + n, "creditCode",
                first17 + CreditCode.checkCharacter(first17), "region", "150100", "contactName", "赵磊",
                "contactPhone", "0471-6600000", "email", "finance@example.org"));
        assertThat(created.getStatusCode().value()).as("%s", created.getBody()).isEqualTo(201);
        passwords.put(username, NEW_PASSWORD);
        return username;
    }

    /** The name of the enterprise the user acts for. */
    public String enterpriseName(String user) {
        return (String) call(user, HttpMethod.GET, "/api/enterprise", null).getBody().get("name");
    }

    /** Lets this client call as a user it did not register, such as one added to an enterprise. */
    public void knowPassword(String user, String password) {
        passwords.put(user, password);
    }

    /** Fills in the enterprise's profile, which programmes that pay money require before a submission. */
    public void completeProfile(String user, String enterpriseName) {
        var updated = call(user, HttpMethod.PUT, "/api/enterprise", profile(enterpriseName));
        assertThat(updated.getStatusCode().value()).as("%s", updated.getBody()).isEqualTo(200);
    }

    /** A complete profile of the enterprise of this name, as {@code PUT /api/enterprise} takes it. */
    public static Map<String, Object> profile(String enterpriseName) {
        return Map.of("legalRepresentative", "赵建国", "contactName", "赵磊", "contactPhone", "0471-6600000",
                "email", "finance@example.org", "address", "内蒙古自治区呼和浩特市新城区新华大街 9 号",
                "bankAccount", Map.of("bankName", "中国银行呼和浩特分行", "accountName", enterpriseName,
                        "accountNumber", "150100200300400"));
    }

    /** The grant's rubric criteria, each out of 100. */
    private static final List<String> GRANT_CRITERIA = List.of("technicalMaturity", "marketProspects", "ipQuality",
            "team", "budgetReasonableness");

    /**
     * An expert's completion of the grant's scoring by its rubric, every criterion given the same score, so that
     * the computed total is that score: the grant refuses a typed total.
     */
    public static Map<String, Object> rubricScore(int score) {
        Map<String, Object> scores = new java.util.LinkedHashMap<>();
        GRANT_CRITERIA.forEach(criterion -> scores.put(criterion, score));
        return Map.of("scores", scores);
    }

    /** {@link #rubricScore(int)} with the expert's overall comment. */
    public static Map<String, Object> rubricScore(int score, String comment) {
        Map<String, Object> completion = new java.util.HashMap<>(rubricScore(score));
        completion.put("comment", comment);
        return completion;
    }

    static Map<String, Object> grantData(String project, int fee, int requested) {
        return Map.of("projectName", project, "projectSummary", "将专利技术用于稀土永磁电机量产",
                "patents", List.of(Map.of("patentNumber", "ZL202310123456.6", "title", "一种稀土永磁材料的制备方法",
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

    static Map<String, Object> pledgeData(String purpose, int interestPaid, int ipShare) {
        return Map.ofEntries(Map.entry("loanPurpose", purpose), Map.entry("bank", "中国工商银行呼和浩特分行"),
                Map.entry("loanContractNumber", "ICBC-HH-2026-0815"), Map.entry("principal", 5_000_000),
                Map.entry("annualRate", 3.45), Map.entry("loanStart", "2026-01-15"), Map.entry("loanEnd", "2027-01-14"),
                Map.entry("pledgedRights", List.of(
                        Map.of("rightType", "patent", "patentNumber", "ZL202310123456.6", "rightName", "一种稀土永磁材料的制备方法"),
                        Map.of("rightType", "trademark", "trademarkNumber", "35012345", "rightName", "青城"))),
                Map.entry("pledgeRegistrationNumber", "Y2026990000123"), Map.entry("ipShare", ipShare),
                Map.entry("interestPaid", interestPaid));
    }

    /** A complete pledge-financing application with every required document, submitted; returns its id. */
    public long submittedPledge(String enterprise, String purpose, int interestPaid, int ipShare) {
        var created = call(enterprise, HttpMethod.POST, "/api/applications",
                Map.of("programme", "pledge-financing", "data", pledgeData(purpose, interestPaid, ipShare)));
        assertThat(created.getStatusCode().value()).as("%s", created.getBody()).isEqualTo(201);
        long id = ((Number) created.getBody().get("id")).longValue();
        for (String kind : List.of("loan-contract", "pledge-contract", "pledge-registration", "interest-receipts",
                "valuation-report")) {
            assertThat(upload(enterprise, id, kind, kind + ".pdf", PDF).getStatusCode().value()).isEqualTo(201);
        }
        var submitted = call(enterprise, HttpMethod.POST, "/api/applications/" + id + "/submit", null);
        assertThat(submitted.getStatusCode().value()).as("%s", submitted.getBody()).isEqualTo(200);
        return id;
    }

    /** The id of the task at the given step of the given application in the user's inbox, if any. */
    public String taskFor(String user, long applicationId, String step) {
        for (int page = 0; ; page++) {
            var tasks = list(user, "/api/tasks?size=200&step=" + step + "&page=" + page);
            assertThat(tasks.getStatusCode().value()).isEqualTo(200);
            var found = tasks.getBody().stream()
                    .filter(t -> ((Number) t.get("applicationId")).longValue() == applicationId)
                    .filter(t -> step.equals(t.get("taskDefinitionKey")))
                    .filter(t -> t.get("assignee") == null || user.equals(t.get("assignee")))
                    .map(t -> (String) t.get("id")).findFirst();
            long total = Long.parseLong(tasks.getHeaders().getFirst("X-Total-Count"));
            if (found.isPresent() || (long) (page + 1) * 200 >= total) {
                return found.orElse(null);
            }
        }
    }

    /** The demo experts of the grant's pool, which draws three of them for each application. */
    public static final List<String> DEMO_EXPERTS = List.of("expert1", "expert2", "expert3", "expert4", "expert5",
            "expert6");

    /**
     * The experts drawn for the application declare no conflict of interest; returns them, each now holding the
     * application's scoring task.
     */
    public List<String> acceptedExperts(long applicationId) {
        List<String> accepted = new java.util.ArrayList<>();
        for (String expert : DEMO_EXPERTS) {
            String declaration = taskFor(expert, applicationId, "Task_ExpertDeclaration");
            if (declaration != null) {
                var declared = complete(expert, declaration, Map.of("decision", "accept"));
                assertThat(declared.getStatusCode().value()).as("%s", declared.getBody()).isEqualTo(200);
                accepted.add(expert);
            }
        }
        assertThat(accepted).as("experts drawn for application %s", applicationId).hasSize(3);
        return accepted;
    }

    public ResponseEntity<Map<String, Object>> complete(String user, String taskId, Map<String, Object> data) {
        return call(user, HttpMethod.POST, "/api/tasks/" + taskId + "/complete", Map.of("data", data));
    }

    @SuppressWarnings("unchecked")
    public static Map<String, Object> errors(ResponseEntity<Map<String, Object>> response) {
        return (Map<String, Object>) response.getBody().get("errors");
    }

    /** A JSON object inside an answer. */
    @SuppressWarnings("unchecked")
    public static Map<String, Object> object(Map<String, Object> answer, String key) {
        return (Map<String, Object>) answer.get(key);
    }

    public Map<String, Object> application(String user, long id) {
        return call(user, HttpMethod.GET, "/api/applications/" + id, null).getBody();
    }
}
