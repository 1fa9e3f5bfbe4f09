package org.ipflow.identity;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.ipflow.application.ApiClient;
import org.ipflow.certificate.CertificateLevel;
import org.ipflow.certificate.Certificates;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.core.io.ByteArrayResource;
import org.springframework.http.HttpMethod;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Real objects of enterprise A (enterprise1, region 150100) for the security tests: a submitted grant
 * application waiting at its regional pre-review, with documents and a certificate, and a half-filled
 * draft. Each text is unique to this run, so that its appearance in another caller's answer is a leak.
 */
record EnterpriseAObjects(long application, String number, String title, String processInstance, String task,
        long document, String documentName, String certificateCode, long draft, String draftTitle) {

    static final byte[] PDF = org.ipflow.application.TestDocuments.pdf();
    static final String ENTERPRISE_A = "enterprise1";

    static EnterpriseAObjects create(TestRestTemplate rest, JdbcClient jdbc, Certificates certificates) {
        String run = UUID.randomUUID().toString().substring(0, 8);
        ApiClient api = new ApiClient(rest);
        String title = "甲企业机密项目-" + run;
        long application = api.submittedGrant(ENTERPRISE_A, title, 100000, 40000);
        Map<String, Object> detail = api.application(ENTERPRISE_A, application);
        String number = (String) detail.get("number");
        @SuppressWarnings("unchecked")
        var attachments = (List<Map<String, Object>>) detail.get("attachments");
        long document = ((Number) attachments.get(0).get("id")).longValue();
        String documentName = (String) attachments.get(0).get("fileName");
        String task = api.taskFor("reviewer1", application, "Task_RegionalPreReview");
        assertThat(task).as("the pre-review task of A's application").isNotNull();
        String processInstance = jdbc.sql("select process_instance_id from application where id = ?")
                .param(application).query(String.class).single();
        String code = certificates.issueOnce(application, CertificateLevel.PILOT).verificationCode();

        String draftTitle = "甲企业草稿-" + run;
        var created = api.call(ENTERPRISE_A, HttpMethod.POST, "/api/applications", Map.of("programme",
                "patent-transformation-grant", "data", Map.of("projectName", draftTitle)));
        assertThat(created.getStatusCode().value()).isEqualTo(201);
        long draft = ((Number) created.getBody().get("id")).longValue();
        return new EnterpriseAObjects(application, number, title, processInstance, task, document, documentName,
                code, draft, draftTitle);
    }

    /** A fresh draft of A's (for requests that delete one); returns its id. */
    long freshDraft(TestRestTemplate rest) {
        var created = rest.withBasicAuth(ENTERPRISE_A, "demo").postForEntity("/api/applications", Map.of("programme",
                "patent-transformation-grant", "data", Map.of("projectName", "甲企业待删草稿")), Map.class);
        assertThat(created.getStatusCode().value()).as("%s", created.getBody()).isEqualTo(201);
        return ((Number) created.getBody().get("id")).longValue();
    }

    /** Uploads a fresh document to A's draft (for requests that delete one); returns its id. */
    long freshDraftDocument(TestRestTemplate rest) {
        var parts = Caller.form();
        parts.add("kind", "other");
        parts.add("file", pdf("other-" + UUID.randomUUID() + ".pdf"));
        var answer = rest.withBasicAuth(ENTERPRISE_A, "demo").postForEntity("/api/applications/" + draft + "/attachments",
                new org.springframework.http.HttpEntity<>(parts, multipart()), Map.class);
        assertThat(answer.getStatusCode().value()).as("%s", answer.getBody()).isEqualTo(201);
        return ((Number) answer.getBody().get("id")).longValue();
    }

    /** Texts of A's that no other enterprise may ever see. */
    List<String> secrets() {
        return List.of(number, title, documentName, draftTitle, certificateCode);
    }

    static ByteArrayResource pdf(String name) {
        return new ByteArrayResource(PDF) {
            @Override
            public String getFilename() {
                return name;
            }
        };
    }

    static org.springframework.http.HttpHeaders multipart() {
        var headers = new org.springframework.http.HttpHeaders();
        headers.setContentType(MediaType.MULTIPART_FORM_DATA);
        return headers;
    }
}
