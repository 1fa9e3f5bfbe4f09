package org.ipflow.application;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.ipflow.IpflowTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.MethodSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpMethod;

/** The application contracts of DESIGN.md section 4: drafts, documents, submission, visibility. */
@IpflowTest
class ApplicationApiIT {

    @Autowired
    TestRestTemplate rest;

    ApiClient api;

    @BeforeEach
    void setUp() {
        api = new ApiClient(rest);
    }

    long draft(String user, Map<String, Object> data) {
        var created = api.call(user, HttpMethod.POST, "/api/applications",
                Map.of("programme", "patent-transformation-grant", "data", data));
        assertThat(created.getStatusCode().value()).as("%s", created.getBody()).isEqualTo(201);
        return ((Number) created.getBody().get("id")).longValue();
    }

    @Test
    void programmesListTheirStartFormAndDocuments() {
        var programmes = api.list("enterprise1", "/api/programmes");
        assertThat(programmes.getStatusCode().value()).isEqualTo(200);
        Map<String, Object> grant = programmes.getBody().stream()
                .filter(p -> "patent-transformation-grant".equals(p.get("key"))).findFirst().orElseThrow();
        assertThat(((Map<?, ?>) grant.get("form")).get("id")).isEqualTo("patent-transformation-grant-start");
        assertThat(grant.get("documents").toString()).contains("patent-certificate", "required=true");
    }

    @Test
    void halfFilledDraftIsSavedAndContinuedLater() {
        var created = api.call("enterprise1", HttpMethod.POST, "/api/applications",
                Map.of("programme", "patent-transformation-grant", "data", Map.of("projectName", "半成品")));
        assertThat(created.getStatusCode().value()).isEqualTo(201);
        assertThat(created.getBody()).containsEntry("status", "DRAFT");
        assertThat(created.getBody()).as("numbers are given at the first submission").containsEntry("number", null);
        long id = ((Number) created.getBody().get("id")).longValue();

        var updated = api.call("enterprise1", HttpMethod.PUT, "/api/applications/" + id,
                Map.of("data", Map.of("projectName", "半成品", "amountRequested", 5000)));
        assertThat(updated.getStatusCode().value()).isEqualTo(200);
        assertThat(((Map<?, ?>) api.application("enterprise1", id).get("data")).get("amountRequested").toString())
                .isEqualTo("5000");
    }

    @Test
    void submitValidatesEverythingAndNamesWhatIsMissing() {
        long id = draft("enterprise1", Map.of("projectName", "缺材料"));
        var refused = api.call("enterprise1", HttpMethod.POST, "/api/applications/" + id + "/submit", null);
        assertThat(refused.getStatusCode().value()).isEqualTo(400);
        assertThat(ApiClient.errors(refused)).containsKeys("projectSummary", "patents",
                "documents.patent-certificate");
        assertThat(api.application("enterprise1", id)).containsEntry("status", "DRAFT");
    }

    @Test
    void fullSubmissionStartsTheProcess() {
        long id = api.submittedGrant("enterprise1", "完整申报", 100000, 30000);
        Map<String, Object> detail = api.application("enterprise1", id);
        assertThat(detail).containsEntry("status", "SUBMITTED");
        assertThat((String) detail.get("number")).matches("PTG-\\d{4}-\\d{6}");
        assertThat(detail.get("currentSteps").toString()).contains("Task_RegionalPreReview");
        // The task id lets an API client claim the application's task without scanning the inbox.
        Map<?, ?> step = (Map<?, ?>) ((List<?>) detail.get("currentSteps")).get(0);
        assertThat(step.get("taskId")).isEqualTo(api.taskFor("reviewer1", id, "Task_RegionalPreReview"));
        assertThat(((List<?>) detail.get("attachments"))).hasSize(5);
    }

    static Stream<Arguments> disguisedFiles() {
        byte[] elf = new byte[64];
        System.arraycopy(new byte[] {0x7f, 'E', 'L', 'F', 2, 1, 1, 0}, 0, elf, 0, 8);
        elf[16] = 2; // ET_EXEC
        byte[] pe = new byte[256];
        pe[0] = 'M';
        pe[1] = 'Z';
        pe[0x3c] = (byte) 0x80;
        System.arraycopy(new byte[] {'P', 'E', 0, 0, 0x4c, 0x01}, 0, pe, 0x80, 6);
        return Stream.of(
                Arguments.of("ELF executable", elf),
                Arguments.of("PE executable", pe),
                Arguments.of("shell script", "#!/bin/sh\nrm -rf /\n".getBytes(StandardCharsets.UTF_8)),
                Arguments.of("HTML with a script", "<html><body><script>alert(1)</script></body></html>"
                        .getBytes(StandardCharsets.UTF_8)),
                Arguments.of("SVG with a script", "<svg xmlns=\"http://www.w3.org/2000/svg\"><script>alert(1)</script></svg>"
                        .getBytes(StandardCharsets.UTF_8)),
                Arguments.of("ZIP archive", new byte[] {'P', 'K', 3, 4, 20, 0, 0, 0, 8, 0, 0, 0, 0, 0, 0, 0}),
                Arguments.of("plain text", "this is not a PDF".getBytes(StandardCharsets.UTF_8)),
                Arguments.of("empty file", new byte[0]));
    }

    @Nested
    class RefusedInput {

        @Test
        void invalidFieldsAnswer400WithTheField() {
            var response = api.call("enterprise1", HttpMethod.POST, "/api/applications", Map.of(
                    "programme", "patent-transformation-grant", "data", Map.of("amountRequested", -5)));
            assertThat(response.getStatusCode().value()).isEqualTo(400);
            assertThat(ApiClient.errors(response)).containsKey("amountRequested");
        }

        @Test
        void unknownProgrammeIs400() {
            var response = api.call("enterprise1", HttpMethod.POST, "/api/applications",
                    Map.of("programme", "no-such", "data", Map.of()));
            assertThat(response.getStatusCode().value()).isEqualTo(400);
        }

        @Test
        void aFileThatIsNotReallyAPdfIsRefused() {
            long id = draft("enterprise1", Map.of("projectName", "假文件"));
            var response = api.upload("enterprise1", id, "contract", "contract.pdf", "MZ this is an exe".getBytes());
            assertThat(response.getStatusCode().value()).isEqualTo(400);
            assertThat(ApiClient.errors(response)).containsKey("file");
            assertThat((List<?>) api.application("enterprise1", id).get("attachments")).isEmpty();
        }

        @Test
        void aTooLargeFileIs413AndNothingIsStored() {
            long id = draft("enterprise1", Map.of("projectName", "大文件"));
            byte[] large = new byte[11 * 1024 * 1024];
            System.arraycopy(ApiClient.PDF, 0, large, 0, ApiClient.PDF.length);
            assertThat(api.upload("enterprise1", id, "contract", "big.pdf", large).getStatusCode().value())
                    .isEqualTo(413);
            assertThat((List<?>) api.application("enterprise1", id).get("attachments")).isEmpty();
        }

        @Test
        void pathCharactersInFileNamesAreHarmless() {
            long id = draft("enterprise1", Map.of("projectName", "路径"));
            var response = api.upload("enterprise1", id, "contract", "../../etc/passwd.pdf", ApiClient.PDF);
            assertThat(response.getStatusCode().value()).isEqualTo(201);
            assertThat(response.getBody()).containsEntry("fileName", "passwd.pdf");
        }

        /** Executables and other content named, and declared by the client as, a PDF. */
        @ParameterizedTest(name = "{0}")
        @MethodSource("org.ipflow.application.ApplicationApiIT#disguisedFiles")
        void contentThatIsNotAPdfIsRefusedWhateverItsName(String what, byte[] content) {
            long id = draft("enterprise1", Map.of("projectName", "伪装文件"));
            var response = api.upload("enterprise1", id, "contract", "contract.pdf", content);
            assertThat(response.getStatusCode().value()).as(what).isEqualTo(400);
            assertThat(ApiClient.errors(response)).containsKey("file");
            assertThat((List<?>) api.application("enterprise1", id).get("attachments")).isEmpty();
        }

        @ParameterizedTest(name = "{0}")
        @CsvSource(delimiter = '|', textBlock = """
                ../../etc/passwd.pdf            | passwd.pdf
                ..\\..\\windows\\x.pdf    | x.pdf
                /etc/cron.d/job.pdf             | job.pdf
                C:\\boot.pdf                  | boot.pdf
                "quoted"<tag>?.pdf              | _quoted__tag__.pdf
                ..                              | document.pdf
                """)
        void pathsAndSpecialCharactersLeaveOnlyAHarmlessName(String sent, String stored) {
            long id = draft("enterprise1", Map.of("projectName", "路径字符"));
            var response = api.upload("enterprise1", id, "contract", sent, ApiClient.PDF);
            assertThat(response.getStatusCode().value()).as("%s", response.getBody()).isEqualTo(201);
            assertThat(response.getBody()).containsEntry("fileName", stored);
            assertNothingWrittenOutside(sent);
        }

        @Test
        void controlCharactersAndVeryLongNamesAreHarmless() {
            long id = draft("enterprise1", Map.of("projectName", "长文件名"));
            // A NUL in a file name never reaches IPFlow as a file: a client error, nothing stored.
            var nul = api.upload("enterprise1", id, "contract", "evil.pdf\u0000.exe", ApiClient.PDF);
            assertThat(nul.getStatusCode().value()).as("%s", nul.getBody()).isEqualTo(400);
            // The answer is a problem+json 400; with Spring Security's OAuth2 client on the class path Tomcat now
            // drops the unreadable parts instead of failing the parse, so the field is no longer named.
            assertThat(nul.getBody()).containsEntry("status", 400);
            var breaks = api.upload("enterprise1", id, "contract", "evil.pdf\r\nX-Injected: 1\t.pdf", ApiClient.PDF);
            assertThat(breaks.getStatusCode().value()).as("%s", breaks.getBody()).isEqualTo(201);
            assertThat((String) breaks.getBody().get("fileName")).doesNotContainPattern("\\p{Cntrl}").endsWith(".pdf");

            String longName = "a".repeat(300) + ".pdf";
            var response = api.upload("enterprise1", id, "other", longName, ApiClient.PDF);
            assertThat(response.getStatusCode().value()).isEqualTo(201);
            assertThat((String) response.getBody().get("fileName")).hasSize(200).endsWith(".pdf");
            var chinese = api.upload("enterprise1", id, "other", "专利转化合同及国家知识产权局备案证明".repeat(12) + ".pdf",
                    ApiClient.PDF);
            assertThat(chinese.getStatusCode().value()).as("%s", chinese.getBody()).isEqualTo(201);
            assertThat((String) chinese.getBody().get("fileName")).hasSize(200).endsWith("证明.pdf");
            // A name too long for the container's part-header limit is refused before IPFlow sees it.
            var huge = api.upload("enterprise1", id, "other", "a".repeat(5000) + ".pdf", ApiClient.PDF);
            assertThat(huge.getStatusCode().value()).isEqualTo(413);
            assertThat((List<?>) api.application("enterprise1", id).get("attachments")).hasSize(3);
        }

        /** Documents live in the database: nothing named after the upload appears on disk. */
        private void assertNothingWrittenOutside(String sent) {
            String path = sent.replace('\\', '/');
            String last = path.substring(path.lastIndexOf('/') + 1);
            if (last.isBlank() || last.equals("..")) {
                return;
            }
            for (Path dir : List.of(Path.of("").toAbsolutePath(), Path.of(System.getProperty("java.io.tmpdir")))) {
                assertThat(dir.resolve(path).normalize()).as(sent).doesNotExist();
                assertThat(dir.resolve(last)).as(sent).doesNotExist();
            }
        }
    }

    @Nested
    class Visibility {

        @Test
        void anotherEnterprisesApplicationAnswers404() {
            long id = draft("enterprise1", Map.of("projectName", "保密"));
            assertThat(api.call("enterprise2", HttpMethod.GET, "/api/applications/" + id, null).getStatusCode().value())
                    .isEqualTo(404);
            assertThat(api.call("enterprise2", HttpMethod.PUT, "/api/applications/" + id, Map.of("data", Map.of()))
                    .getStatusCode().value()).isEqualTo(404);
            assertThat(api.upload("enterprise2", id, "contract", "x.pdf", ApiClient.PDF).getStatusCode().value())
                    .isEqualTo(404);
            assertThat(api.list("enterprise2", "/api/applications").getBody().toString()).doesNotContain("保密");
        }

        @Test
        void staffDoNotSeeDrafts() {
            long id = draft("enterprise1", Map.of("projectName", "草稿"));
            assertThat(api.call("reviewer1", HttpMethod.GET, "/api/applications/" + id, null).getStatusCode().value())
                    .isEqualTo(404);
        }

        @Test
        void onlyEnterprisesCreateApplicationsAndOnlyStaffSeeTasks() {
            assertThat(api.call("reviewer1", HttpMethod.POST, "/api/applications",
                    Map.of("programme", "patent-transformation-grant", "data", Map.of())).getStatusCode().value())
                    .isEqualTo(403);
            assertThat(api.call("enterprise1", HttpMethod.GET, "/api/tasks", null).getStatusCode().value())
                    .isEqualTo(403);
            assertThat(api.call(null, HttpMethod.GET, "/api/applications", null).getStatusCode().value())
                    .isEqualTo(401);
        }
    }
}
