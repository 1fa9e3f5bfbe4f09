package org.ipflow.application.receipt;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.text.PDFTextStripper;
import org.ipflow.IpflowTest;
import org.ipflow.application.ApiClient;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.core.ParameterizedTypeReference;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.ResponseEntity;
import org.springframework.jdbc.core.simple.JdbcClient;

/** The receipt PDF and its query code, and the public progress look-up by number and code. */
@IpflowTest
class ReceiptAndProgressIT {

    private static final ParameterizedTypeReference<Map<String, Object>> JSON = new ParameterizedTypeReference<>() {
    };

    @Autowired
    TestRestTemplate rest;

    ApiClient api;

    @Autowired
    JdbcClient jdbc;

    /** Every call here comes from the same address: each test starts with the look-up quota unused, and leaves it so. */
    @BeforeEach
    @AfterEach
    void freshQuota() {
        api = new ApiClient(rest);
        jdbc.sql("delete from client_quota_slot where bucket = 'progress'").update();
    }

    @Test
    void theOwnerGetsTheQueryCodeAndTheReceiptStaffTheReceiptOthersNothing() throws Exception {
        String owner = api.newEnterprise();
        long id = api.submittedGrant(owner, "回执测试项目", 100000, 40000);
        Map<String, Object> detail = api.application(owner, id);
        String code = (String) detail.get("queryCode");
        String number = (String) detail.get("number");

        assertThat(code).matches("[A-HJ-NP-Z2-9]{12}");
        assertThat(api.application("reviewer1", id)).containsEntry("queryCode", null);
        var pdf = rest.withBasicAuth(owner, ApiClient.NEW_PASSWORD)
                .getForEntity("/api/applications/" + id + "/receipt.pdf", byte[].class);
        assertThat(pdf.getStatusCode().value()).isEqualTo(200);
        assertThat(pdf.getHeaders().getContentType().toString()).isEqualTo("application/pdf");
        try (var document = Loader.loadPDF(pdf.getBody())) {
            assertThat(new PDFTextStripper().getText(document)).contains(number, code, "patent-certificate.pdf");
        }
        assertThat(rest.withBasicAuth("reviewer1", "demo").getForEntity("/api/applications/" + id + "/receipt.pdf",
                byte[].class).getStatusCode().value()).isEqualTo(200);
        assertThat(rest.withBasicAuth("enterprise2", "demo").getForEntity("/api/applications/" + id + "/receipt.pdf",
                byte[].class).getStatusCode().value()).isEqualTo(404);
        assertThat(rest.getForEntity("/api/applications/" + id + "/receipt.pdf", byte[].class).getStatusCode().value())
                .isEqualTo(401);
    }

    @Test
    void aDraftHasNoReceiptYet() {
        String owner = api.newEnterprise();
        long draft = api.completeDraft(owner, "草稿无回执", 100000, 40000);

        assertThat(api.application(owner, draft)).containsEntry("queryCode", null);
        assertThat(rest.withBasicAuth(owner, ApiClient.NEW_PASSWORD).getForEntity("/api/applications/" + draft
                + "/receipt.pdf", byte[].class).getStatusCode().value()).isEqualTo(409);
    }

    @Test
    void anyoneWithNumberAndCodeSeesStatusAndStepOnly() {
        String owner = api.newEnterprise();
        long id = api.submittedGrant(owner, "进度查询项目", 100000, 40000);
        Map<String, Object> detail = api.application(owner, id);
        String number = (String) detail.get("number");
        String code = (String) detail.get("queryCode");
        var found = progress(number, code.toLowerCase().substring(0, 4) + "-" + code.substring(4), "en");

        assertThat(found.getStatusCode().value()).isEqualTo(200);
        assertThat(found.getBody()).containsOnlyKeys("number", "programme", "status", "step", "updatedAt")
                .containsEntry("number", number).containsEntry("programme", "patent-transformation-grant")
                .containsEntry("status", "SUBMITTED").containsEntry("step", "Regional pre-review");
        assertThat(progress(number, "AAAAAAAAAAAA", "zh").getStatusCode().value()).isEqualTo(404);
        assertThat(progress("PTG-1999-000001", code, "zh").getStatusCode().value()).isEqualTo(404);
        assertThat(progress(number, null, "zh").getStatusCode().value()).isEqualTo(404);
    }

    @Test
    void aClientThatTriesTooManyCodesIsHeldBack() {
        for (int i = 0; i < PublicProgress.MAX_PER_HOUR; i++) {
            assertThat(progress("PTG-2026-000001", "WRONGCODE234", "zh").getStatusCode().value()).isEqualTo(404);
        }

        var refused = progress("PTG-2026-000001", "WRONGCODE234", "zh");

        assertThat(refused.getStatusCode().value()).isEqualTo(429);
        assertThat(refused.getHeaders().getFirst(HttpHeaders.RETRY_AFTER)).isNotBlank();
    }

    private ResponseEntity<Map<String, Object>> progress(String number, String code, String language) {
        HttpHeaders headers = new HttpHeaders();
        headers.add(HttpHeaders.ACCEPT_LANGUAGE, language);
        return rest.exchange("/api/public/progress?number={n}&code={c}", HttpMethod.GET, new HttpEntity<>(headers), JSON,
                number, code);
    }
}
