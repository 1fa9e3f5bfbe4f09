package org.ipflow.certificate;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Date;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Map;
import org.ipflow.IpflowTest;
import org.ipflow.application.ApiClient;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpMethod;
import org.springframework.http.ResponseEntity;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Issue 14, finding 9: a re-evaluation (复核) cited a certificate that does not exist or belongs to another
 * enterprise. Now the draft is refused at save and at submission with the same field error for both, so
 * that nothing about other enterprises' certificates is revealed; the enterprise's own certificate is accepted.
 */
@IpflowTest
class CitedCertificateIT {

    static final String PROGRAMME = "pilot-enterprise-certification";
    static final String FIELD = "previousCertificateNumber";

    @Autowired
    TestRestTemplate rest;
    @Autowired
    JdbcClient jdbc;

    ApiClient api;
    String own;

    @BeforeEach
    void setUp() {
        api = new ApiClient(rest);
        own = "IPPC-2099-" + String.format("%04d", (int) (Math.random() * 10_000));
        long draft = id(create("enterprise1", "initial", null));
        jdbc.sql("insert into certificate (number, verification_code, application_id, enterprise_id, level, valid_from, "
                        + "valid_until, status, created_at) select ?, ?, id, enterprise_id, 'PILOT', ?, ?, 'VALID', ? "
                        + "from application where id = ?")
                .params(own, own.replace("-", "").substring(4), Date.valueOf(LocalDate.now().minusYears(3)),
                        Date.valueOf(LocalDate.now().plusDays(30)), Timestamp.from(Instant.now()), draft)
                .update();
    }

    @Test
    void aReEvaluationMayCiteOnlyACertificateOfTheApplicantsOwnEnterprise() {
        String refusal = "本企业没有编号为 %s 的证书：复核只能引用本企业已获发的证书。";
        var unknown = create("enterprise1", "reevaluation", "IPPC-2098-0001");
        assertThat(unknown.getStatusCode().value()).isEqualTo(400);
        assertThat(ApiClient.errors(unknown)).containsEntry(FIELD, refusal.formatted("IPPC-2098-0001"));

        var anothers = create("enterprise2", "reevaluation", own);
        assertThat(anothers.getStatusCode().value()).isEqualTo(400);
        assertThat(ApiClient.errors(anothers)).containsEntry(FIELD, refusal.formatted(own));
        long drafts = jdbc.sql("select count(*) from application where data like ?").param("%" + own + "%")
                .query(Long.class).single();
        assertThat(drafts).as("no draft of enterprise2 kept").isZero();

        var mine = create("enterprise1", "reevaluation", own);
        assertThat(mine.getStatusCode().value()).as("%s", mine.getBody()).isEqualTo(201);
        long id = id(mine);
        var changed = api.call("enterprise1", HttpMethod.PUT, "/api/applications/" + id,
                Map.of("data", data("reevaluation", "IPPC-2098-0002")), Map.of("Accept-Language", "en"));
        assertThat(changed.getStatusCode().value()).isEqualTo(400);
        assertThat(ApiClient.errors(changed)).containsEntry(FIELD, "Your enterprise holds no certificate numbered "
                + "IPPC-2098-0002: a re-evaluation may only cite a certificate issued to your enterprise.");
    }

    /** A draft that cites another enterprise's certificate (kept before this rule) is refused at submission too. */
    @Test
    void aDraftCitingAnotherEnterprisesCertificateIsNotSubmitted() {
        long id = id(create("enterprise2", "reevaluation", null));
        jdbc.sql("update application set data = ? where id = ?")
                .params("{\"applicationType\":\"reevaluation\",\"" + FIELD + "\":\"" + own + "\"}", id).update();

        var submitted = api.call("enterprise2", HttpMethod.POST, "/api/applications/" + id + "/submit", null);

        assertThat(submitted.getStatusCode().value()).isEqualTo(400);
        assertThat(ApiClient.errors(submitted)).containsKey(FIELD);
        assertThat(api.application("enterprise2", id)).containsEntry("status", "DRAFT");
    }

    private ResponseEntity<Map<String, Object>> create(String user, String type, String cited) {
        return api.call(user, HttpMethod.POST, "/api/applications", Map.of("programme", PROGRAMME, "data", data(type, cited)));
    }

    private static Map<String, Object> data(String type, String cited) {
        return cited == null ? Map.of("applicationType", type) : Map.of("applicationType", type, FIELD, cited);
    }

    private static long id(ResponseEntity<Map<String, Object>> created) {
        assertThat(created.getStatusCode().value()).as("%s", created.getBody()).isEqualTo(201);
        return ((Number) created.getBody().get("id")).longValue();
    }
}
