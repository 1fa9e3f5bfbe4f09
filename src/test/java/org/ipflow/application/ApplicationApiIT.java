package org.ipflow.application;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import org.ipflow.IpflowTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
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
        assertThat((String) created.getBody().get("number")).matches("PTG-\\d{4}-\\d{6}");
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
        assertThat(detail.get("currentSteps").toString()).contains("Task_RegionalPreReview");
        // The task id lets an API client claim the application's task without scanning the inbox.
        Map<?, ?> step = (Map<?, ?>) ((List<?>) detail.get("currentSteps")).get(0);
        assertThat(step.get("taskId")).isEqualTo(api.taskFor("reviewer1", id, "Task_RegionalPreReview"));
        assertThat(((List<?>) detail.get("attachments"))).hasSize(5);
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
