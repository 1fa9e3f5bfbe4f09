package org.ipflow.certificate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.lowagie.text.pdf.PdfDictionary;
import com.lowagie.text.pdf.PdfName;
import com.lowagie.text.pdf.PdfReader;
import com.lowagie.text.pdf.parser.PdfTextExtractor;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.Year;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.ipflow.IpflowTest;
import org.ipflow.application.ApplicationStatus;
import org.ipflow.application.internal.ApplicationRepository;
import org.ipflow.enterprise.Enterprises;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

/** Issuing, the public check (API and page), the PDF and who may download it. */
@IpflowTest
class CertificatesIT {

    static final String OWNER = "enterprise1";
    static final String ENTERPRISE_NAME = "呼和浩特青城科技有限公司";

    @Autowired Certificates certificates;
    @Autowired ApplicationRepository applications;
    @Autowired Enterprises enterprises;
    @Autowired JdbcClient jdbc;
    @Autowired MockMvc mvc;

    long applicationId;
    Certificate certificate;

    @BeforeEach
    void certify() {
        applicationId = certifiedApplication();
        certificate = certificates.issueOnce(applicationId, CertificateLevel.DEMONSTRATION);
    }

    @Test
    void anApplicationGetsOneCertificateHoweverOftenTheStepRuns() {
        Certificate again = certificates.issueOnce(applicationId, CertificateLevel.DEMONSTRATION);
        assertThat(again).isEqualTo(certificate);
        assertThat(jdbc.sql("select count(*) from certificate where application_id = ?").param(applicationId)
                .query(Long.class).single()).isEqualTo(1);
        assertThat(certificate.number()).matches("IPPC-" + Year.now(Certificates.OFFICE_ZONE) + "-\\d{4}");
        assertThat(certificate.verificationCode()).matches("[A-Z2-7]{16}");
        assertThat(certificate.validUntil()).isEqualTo(certificate.validFrom().plusYears(3).minusDays(1));
        Certificate other = certificates.issueOnce(certifiedApplication(), CertificateLevel.PILOT);
        assertThat(other.number()).isNotEqualTo(certificate.number());
        assertThat(other.verificationCode()).isNotEqualTo(certificate.verificationCode());
    }

    /** The public list of certified enterprises: valid certificates only, newest first, in bounded pages. */
    @Nested
    class PublicList {

        @Test
        void listsAValidCertificateWithItsHolderLevelAndLastDayAndNothingMore() throws Exception {
            mvc.perform(get("/api/public/certificates").param("size", "100"))
                    .andExpect(status().isOk())
                    .andExpect(header().exists("X-Total-Count"))
                    .andExpect(jsonPath("$[?(@.number == '%s')].enterpriseName", certificate.number())
                            .value(ENTERPRISE_NAME))
                    .andExpect(jsonPath("$[?(@.number == '%s')].level", certificate.number()).value("DEMONSTRATION"))
                    .andExpect(jsonPath("$[?(@.number == '%s')].validUntil", certificate.number())
                            .value(certificate.validUntil().toString()))
                    .andExpect(jsonPath("$[0].verificationCode").doesNotExist())
                    .andExpect(jsonPath("$[0].enterpriseId").doesNotExist());
            // the page of the check lists the same, newest first
            mvc.perform(get("/public/certificates")).andExpect(status().isOk())
                    .andExpect(content().string(org.hamcrest.Matchers.containsString(certificate.number())));
        }

        @Test
        void leavesOutRevokedAndExpiredCertificates() throws Exception {
            Certificate expired = certificates.issueOnce(certifiedApplication(), CertificateLevel.PILOT);
            LocalDate from = LocalDate.now().minusYears(3).minusDays(2);
            jdbc.sql("update certificate set valid_from = ?, valid_until = ? where id = ?")
                    .params(java.sql.Date.valueOf(from), java.sql.Date.valueOf(from.plusYears(3).minusDays(1)),
                            expired.id()).update();
            jdbc.sql("update certificate set status = 'REVOKED' where id = ?").param(certificate.id()).update();

            mvc.perform(get("/api/public/certificates").param("size", "100"))
                    .andExpect(status().isOk())
                    .andExpect(jsonPath("$[?(@.number == '%s')]", certificate.number()).isEmpty())
                    .andExpect(jsonPath("$[?(@.number == '%s')]", expired.number()).isEmpty());
        }

        @Test
        void pagesAreBounded() throws Exception {
            certificates.issueOnce(certifiedApplication(), CertificateLevel.PILOT);
            mvc.perform(get("/api/public/certificates").param("size", "0")).andExpect(jsonPath("$.length()").value(1));
            String second = com.jayway.jsonpath.JsonPath.read(mvc.perform(get("/api/public/certificates")
                    .param("size", "2")).andReturn().getResponse().getContentAsString(), "$[1].number");
            mvc.perform(get("/api/public/certificates").param("page", "1").param("size", "1"))
                    .andExpect(jsonPath("$.length()").value(1)).andExpect(jsonPath("$[0].number").value(second));
            mvc.perform(get("/api/public/certificates").param("size", "many"))
                    .andExpect(status().isBadRequest())
                    .andExpect(header().string("Content-Type", "application/problem+json"));
        }
    }

    @Nested
    class PublicCheck {

        @Test
        void aValidCertificateShowsItsHolderLevelAndDates() throws Exception {
            mvc.perform(get("/api/public/certificates/" + certificate.verificationCode().toLowerCase()))
                    .andExpect(status().isOk()).andExpect(header().string("Cache-Control", "no-store"))
                    .andExpect(jsonPath("$.status").value("VALID"))
                    .andExpect(jsonPath("$.number").value(certificate.number()))
                    .andExpect(jsonPath("$.enterpriseName").value(ENTERPRISE_NAME))
                    .andExpect(jsonPath("$.level").value("DEMONSTRATION"))
                    .andExpect(jsonPath("$.validFrom").value(certificate.validFrom().toString()))
                    .andExpect(jsonPath("$.validUntil").value(certificate.validUntil().toString()))
                    .andExpect(jsonPath("$.enterpriseId").doesNotExist());
            mvc.perform(get("/public/certificates/" + certificate.verificationCode())).andExpect(status().isOk())
                    .andExpect(content().string(org.hamcrest.Matchers.containsString(ENTERPRISE_NAME)));
        }

        @Test
        void aCertificatePastItsLastDayIsExpired() throws Exception {
            LocalDate from = LocalDate.now().minusYears(3).minusDays(2);
            jdbc.sql("update certificate set valid_from = ?, valid_until = ? where id = ?")
                    .params(java.sql.Date.valueOf(from), java.sql.Date.valueOf(from.plusYears(3).minusDays(1)),
                            certificate.id()).update();
            mvc.perform(get("/api/public/certificates/" + certificate.verificationCode()))
                    .andExpect(status().isOk()).andExpect(jsonPath("$.status").value("EXPIRED"));
        }

        @Test
        void aRevokedCertificateSaysSo() throws Exception {
            jdbc.sql("update certificate set status = 'REVOKED', revoked_reason = ? where id = ?")
                    .params("以不正当手段取得认定", certificate.id()).update();
            mvc.perform(get("/api/public/certificates/" + certificate.verificationCode()))
                    .andExpect(status().isOk()).andExpect(jsonPath("$.status").value("REVOKED"))
                    .andExpect(jsonPath("$.revokedReason").doesNotExist());
        }

        @Test
        void unknownAndMalformedCodesGetTheSameNotFound() throws Exception {
            for (String code : List.of("AAAAAAAAAAAAAAAA", "not-a-code", "0O1I0O1I0O1I0O1I")) {
                mvc.perform(get("/api/public/certificates/" + code)).andExpect(status().isNotFound())
                        .andExpect(jsonPath("$.type").value("urn:ipflow:problem:notFound"));
                mvc.perform(get("/public/certificates/" + code)).andExpect(status().isNotFound());
            }
            mvc.perform(get("/public/certificates").param("code", "zzzz"))
                    .andExpect(status().isNotFound());
        }

        @Test
        void theFormSendsAWellFormedCodeToItsPage() throws Exception {
            String typed = certificate.verificationCode().substring(0, 8).toLowerCase() + " - "
                    + certificate.verificationCode().substring(8);
            mvc.perform(get("/public/certificates").param("code", typed))
                    .andExpect(redirectedUrl("/public/certificates/" + certificate.verificationCode()));
            mvc.perform(get("/public/certificates")).andExpect(status().isOk());
        }
    }

    @Nested
    class Document {

        @Test
        void thePdfShowsTheCertificateInChineseWithTheFontEmbedded() throws Exception {
            var document = certificates.document(new UsernamePasswordAuthenticationToken(OWNER, null,
                    List.of(new SimpleGrantedAuthority("enterprise"))), applicationId);
            assertThat(document.fileName()).isEqualTo(certificate.number() + ".pdf");
            Path file = Path.of("target", "certificates", "sample.pdf");
            Files.createDirectories(file.getParent());
            Files.write(file, document.content());

            PdfReader reader = new PdfReader(document.content());
            assertThat(reader.getNumberOfPages()).isEqualTo(1);
            String text = new PdfTextExtractor(reader).getTextFromPage(1);
            assertThat(text).contains("知识产权示范企业证书", ENTERPRISE_NAME, certificate.number(),
                    certificate.verificationCode(), certificate.validUntil().toString());
            assertThat(text.replaceAll("\\s", "")).as("the URL may wrap")
                    .contains("/public/certificates/" + certificate.verificationCode());
            PdfDictionary fonts = reader.getPageN(1).getAsDict(PdfName.RESOURCES).getAsDict(PdfName.FONT);
            PdfDictionary font = fonts.getAsDict(fonts.getKeys().iterator().next());
            PdfDictionary descendant = font.getAsArray(PdfName.DESCENDANTFONTS).getAsDict(0);
            PdfDictionary descriptor = descendant.getAsDict(PdfName.FONTDESCRIPTOR);
            assertThat(descriptor.getAsName(PdfName.FONTNAME).toString()).contains("NotoSansSC");
            assertThat(descriptor.get(PdfName.FONTFILE2)).as("embedded TrueType glyphs").isNotNull();
        }

        @Test
        void theOwnerAndStaffDownloadItOthersFindNothing() throws Exception {
            String path = "/applications/" + applicationId + "/certificate.pdf";
            mvc.perform(get(path)).andExpect(redirectedUrl("/login"));
            mvc.perform(get(path).with(as(OWNER, "enterprise"))).andExpect(status().isOk())
                    .andExpect(content().contentType("application/pdf"))
                    .andExpect(header().string("Content-Disposition",
                            "attachment; filename=\"" + certificate.number() + ".pdf\""))
                    .andExpect(header().string("X-Content-Type-Options", "nosniff"));
            mvc.perform(get(path).with(as("enterprise2", "enterprise"))).andExpect(status().isNotFound());
            mvc.perform(get(path).with(as("reviewer1", "reviewer"))).andExpect(status().isOk());
            mvc.perform(get(path).with(as("approver1", "approver"))).andExpect(status().isOk());
            long uncertified = submittedApplication();
            mvc.perform(get("/applications/" + uncertified + "/certificate.pdf").with(as(OWNER, "enterprise")))
                    .andExpect(status().isNotFound());
        }
    }

    static RequestPostProcessor as(String name, String role) {
        return user(name).authorities(new SimpleGrantedAuthority(role));
    }

    private long certifiedApplication() {
        long id = submittedApplication();
        applications.updateStatus(id, ApplicationStatus.CERTIFIED);
        return id;
    }

    private long submittedApplication() {
        var enterprise = enterprises.ofUser(OWNER).orElseThrow();
        long id = applications.insertDraft("PEC-" + Year.now() + "-" + UUID.randomUUID().toString().substring(0, 8),
                CertificationProcess.KEY, enterprise.id(), enterprise.region(), "稀土功能材料研发与生产",
                Map.of("mainBusiness", "稀土功能材料研发与生产"), null, OWNER);
        applications.updateStatus(id, ApplicationStatus.SUBMITTED);
        return id;
    }
}
