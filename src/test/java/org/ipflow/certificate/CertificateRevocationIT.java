package org.ipflow.certificate;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import org.ipflow.IpflowTest;
import org.ipflow.application.ApiClient;
import org.ipflow.identity.WebSession;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpMethod;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * An administrator revokes a certificate with a reason: the public check answers REVOKED, the public list no longer
 * shows it, the audit log keeps who and why, and a subscriber of {@code certificate.revoked} gets one delivery in
 * the outbox. Only administrators may, once, with a reason.
 */
@IpflowTest
class CertificateRevocationIT {

    @Autowired TestRestTemplate rest;
    @Autowired Certificates certificates;
    @Autowired JdbcClient jdbc;

    private Long subscription;

    @AfterEach
    void cleanUp() {
        // The context is shared: later tests' events must not be written for this subscriber.
        if (subscription != null) {
            new ApiClient(rest).call("admin", HttpMethod.DELETE, "/api/admin/webhooks/" + subscription, null);
        }
        jdbc.sql("delete from outbound_message where channel = 'WEBHOOK'").update();
    }

    @Test
    void anAdministratorRevokesOnceWithAReasonAndEveryoneCanSeeIt() {
        ApiClient api = new ApiClient(rest);
        String enterprise = api.newEnterprise();
        long application = api.submittedGrant(enterprise, "撤销证书测试", 100000, 40000);
        Certificate certificate = certificates.issueOnce(application, CertificateLevel.PILOT);
        String number = certificate.number();
        String path = "/api/admin/certificates/" + number + "/revoke";
        var created = api.call("admin", HttpMethod.POST, "/api/admin/webhooks",
                Map.of("url", "http://127.0.0.1:9/ipflow", "events", List.of("certificate.revoked")));
        assertThat(created.getStatusCode().value()).isEqualTo(201);
        subscription = ((Number) created.getBody().get("id")).longValue();

        assertThat(api.call("approver1", HttpMethod.POST, path, Map.of("reason", "x")).getStatusCode().value())
                .as("staff other than administrators may not").isEqualTo(403);
        var blank = api.call("admin", HttpMethod.POST, path, Map.of("reason", "  "));
        assertThat(blank.getStatusCode().value()).isEqualTo(400);
        assertThat(blank.getHeaders().getContentType()).matches(t -> t.isCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON));
        assertThat(ApiClient.errors(blank)).containsKey("reason");
        assertThat(api.call("admin", HttpMethod.POST, "/api/admin/certificates/NO-SUCH/revoke", Map.of("reason", "x"))
                .getStatusCode().value()).isEqualTo(404);
        assertThat(api.call(null, HttpMethod.GET, "/api/public/certificates/" + certificate.verificationCode(), null)
                .getBody()).as("nothing changed by refused calls").containsEntry("status", "VALID");

        var revoked = api.call("admin", HttpMethod.POST, path, Map.of("reason", "申报材料弄虚作假"));
        assertThat(revoked.getStatusCode().value()).as("%s", revoked.getBody()).isEqualTo(200);
        assertThat(revoked.getBody()).containsEntry("status", "REVOKED").containsEntry("number", number);

        assertThat(api.call(null, HttpMethod.GET, "/api/public/certificates/" + certificate.verificationCode(), null)
                .getBody()).containsEntry("status", "REVOKED");
        assertThat(rest.getForObject("/api/public/certificates?size=100", String.class))
                .as("left the public list").doesNotContain(number);
        assertThat(jdbc.sql("select actor || ' ' || detail from admin_audit where action = 'CERTIFICATE_REVOKE' "
                + "and subject = ?").param("certificate:" + number).query(String.class).list())
                .containsExactly("admin 申报材料弄虚作假");
        assertThat(jdbc.sql("select body from outbound_message where channel = 'WEBHOOK' and kind = 'certificate.revoked'")
                .query(String.class).list()).singleElement().satisfies(body -> assertThat(body)
                        .contains("\"type\":\"certificate.revoked\"", "\"certificateNumber\":\"" + number + "\"",
                                "\"reason\":\"申报材料弄虚作假\""));

        assertThat(api.call("admin", HttpMethod.POST, path, Map.of("reason", "again")).getStatusCode().value())
                .as("revoked once").isEqualTo(409);
    }

    @Test
    void anAdministratorRevokesOnTheApplicationsPageAndABlankReasonIsRefusedThere() {
        ApiClient api = new ApiClient(rest);
        long application = api.submittedGrant(api.newEnterprise(), "撤销证书页面测试", 100000, 40000);
        String number = certificates.issueOnce(application, CertificateLevel.DEMONSTRATION).number();
        WebSession admin = new WebSession(rest);
        admin.login("admin", "demo");
        String page = "/applications/" + application;
        assertThat(admin.get(page).getBody()).contains("id=\"certificate-revoke\"", "/admin/certificates/" + number + "/revoke");

        String form = "/admin/certificates/" + number + "/revoke";
        assertThat(admin.post(form, Map.of("reason", List.of(" "))).getHeaders().getLocation().getPath()).isEqualTo(page);
        assertThat(admin.get(page).getBody()).contains("id=\"revoke-error\"", "id=\"certificate-revoke\"");

        assertThat(admin.post(form, Map.of("reason", List.of("证书被转让"))).getHeaders().getLocation().getPath())
                .isEqualTo(page);
        String after = admin.get(page).getBody();
        assertThat(after).contains("已撤销").doesNotContain("id=\"certificate-revoke\"");
        assertThat(certificates.byNumber(number)).get().extracting(Certificates.Verification::status)
                .isEqualTo(Certificate.Status.REVOKED);
    }
}
