package org.ipflow.application;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.apache.pdfbox.pdmodel.common.filespecification.PDSimpleFileSpecification;
import org.apache.pdfbox.pdmodel.interactive.action.PDActionJavaScript;
import org.apache.pdfbox.pdmodel.interactive.action.PDActionLaunch;
import org.ipflow.IpflowTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.MethodSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpMethod;

/**
 * Issue 14, finding 6, over the API as the tester sent it: names that pass for programs or pages are
 * stored under the detected type's extension, and documents that could run something on a reviewer's
 * machine are refused with the reason and nothing stored. Finding 5: the 51st document is refused.
 */
@IpflowTest
class UploadAttacksIT {

    private static final String PAGE = "<html><body><script>alert(document.cookie)</script></body></html>";

    @Autowired
    TestRestTemplate rest;

    ApiClient api;
    long draft;

    @BeforeEach
    void setUp() {
        api = new ApiClient(rest);
        var created = api.call("enterprise1", HttpMethod.POST, "/api/applications",
                Map.of("programme", "patent-transformation-grant", "data", Map.of("projectName", "上传攻击")));
        draft = ((Number) created.getBody().get("id")).longValue();
    }

    private List<?> attachments() {
        return (List<?>) api.application("enterprise1", draft).get("attachments");
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            contract.hta   | contract.pdf
            contract.bat   | contract.pdf
            contract.cmd   | contract.pdf
            contract.html  | contract.pdf
            contract.svg   | contract.pdf
            contract.lnk   | contract.pdf
            """)
    void aPdfNamedAsAProgramOrPageIsStoredAsAPdf(String sent, String stored) {
        var response = api.upload("enterprise1", draft, "contract", sent, ApiClient.PDF);
        assertThat(response.getStatusCode().value()).as("%s", response.getBody()).isEqualTo(201);
        assertThat(response.getBody()).containsEntry("fileName", stored).containsEntry("contentType", "application/pdf");
    }

    @Test
    void aRightToLeftOverrideIsRemovedFromTheName() {
        var response = api.upload("enterprise1", draft, "other", "scan\u202Egnp.exe", TestDocuments.png());
        assertThat(response.getStatusCode().value()).as("%s", response.getBody()).isEqualTo(201);
        assertThat(response.getBody()).containsEntry("fileName", "scangnp.png");
    }

    @Test
    void ordinaryPngsAndJpegsAreAccepted() {
        assertThat(api.upload("enterprise1", draft, "other", "licence.png", TestDocuments.png()).getStatusCode().value())
                .isEqualTo(201);
        assertThat(api.upload("enterprise1", draft, "other", "licence.jpg", TestDocuments.jpeg()).getStatusCode().value())
                .isEqualTo(201);
        assertThat(attachments()).hasSize(2);
    }

    static Stream<Arguments> activeDocuments() {
        PDActionLaunch launch = new PDActionLaunch();
        launch.setFile(new PDSimpleFileSpecification(new org.apache.pdfbox.cos.COSString("cmd.exe")));
        return Stream.of(
                Arguments.of("PDF + HTML polyglot", TestDocuments.append(TestDocuments.pdf(), PAGE),
                        "文件中藏有网页或脚本内容"),
                Arguments.of("PNG + HTML polyglot", TestDocuments.append(TestDocuments.png(), PAGE),
                        "文件中藏有网页或脚本内容"),
                Arguments.of("PDF with JavaScript run on opening", TestDocuments.pdf(document -> document
                        .getDocumentCatalog().setOpenAction(new PDActionJavaScript("app.alert(1)"))), "PDF 含有脚本"),
                Arguments.of("PDF with a launch action", TestDocuments.pdf(document -> document
                        .getDocumentCatalog().setOpenAction(launch)), "启动外部程序"),
                Arguments.of("PDF with an embedded file", embedded(), "内嵌了其他文件"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("activeDocuments")
    void documentsThatCouldRunSomethingAreRefusedWithTheReason(String what, byte[] content, String reason) {
        var response = api.upload("enterprise1", draft, "contract", "contract.pdf", content);
        assertThat(response.getStatusCode().value()).as(what).isEqualTo(400);
        assertThat((String) ApiClient.errors(response).get("file")).contains(reason);
        assertThat(attachments()).isEmpty();
    }

    @Test
    void theFiftyFirstDocumentIsRefusedAndTheFiftyStay() {
        for (int i = 1; i <= 50; i++) {
            assertThat(api.upload("enterprise1", draft, "other", "scan-" + i + ".pdf", ApiClient.PDF).getStatusCode().value())
                    .as("document %d", i).isEqualTo(201);
        }
        var refused = api.upload("enterprise1", draft, "other", "scan-51.pdf", ApiClient.PDF);
        assertThat(refused.getStatusCode().value()).isEqualTo(400);
        assertThat(ApiClient.errors(refused)).containsEntry("file", "每份申报最多上传 50 个文件；请先删除不需要的文件。");
        assertThat(attachments()).hasSize(50);
    }

    private static byte[] embedded() {
        return TestDocuments.pdf(document -> {
            try {
                var file = new org.apache.pdfbox.pdmodel.common.filespecification.PDEmbeddedFile(document,
                        new java.io.ByteArrayInputStream("@echo off".getBytes(StandardCharsets.US_ASCII)));
                var spec = new org.apache.pdfbox.pdmodel.common.filespecification.PDComplexFileSpecification();
                spec.setFile("run.bat");
                spec.setEmbeddedFile(file);
                var files = new org.apache.pdfbox.pdmodel.PDEmbeddedFilesNameTreeNode();
                files.setNames(Map.of("run.bat", spec));
                var names = new org.apache.pdfbox.pdmodel.PDDocumentNameDictionary(document.getDocumentCatalog());
                names.setEmbeddedFiles(files);
                document.getDocumentCatalog().setNames(names);
            } catch (java.io.IOException e) {
                throw new java.io.UncheckedIOException(e);
            }
        });
    }
}
