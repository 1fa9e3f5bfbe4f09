package org.ipflow.identity;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Supplier;
import java.util.stream.Stream;
import org.ipflow.IpflowTest;
import org.ipflow.application.ApiClient;
import org.ipflow.certificate.Certificates;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.TestMethodOrder;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpMethod;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Enterprise B (enterprise2) and a reviewer of another region give the ids of enterprise A's application,
 * draft, document, task and process wherever an id can be given, in the API and in the browser. Each is
 * refused (404, or 403 where the role may not use the endpoint at all), the answer holds no text of A's,
 * nothing of A's changes, and a refusal of an object that exists is in the security audit.
 */
@IpflowTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class ObjectAccessIT {

    @Autowired
    TestRestTemplate rest;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    Certificates certificates;

    EnterpriseAObjects a;
    Caller b;
    Caller wrongRegion;
    long ownOfB;

    @BeforeAll
    void objectsOfA() {
        a = EnterpriseAObjects.create(rest, jdbc, certificates);
        b = Caller.loggedIn(rest, "enterprise2");
        wrongRegion = Caller.loggedIn(rest, "reviewer2");
        var created = new ApiClient(rest).call("enterprise2", HttpMethod.POST, "/api/applications",
                Map.of("programme", "patent-transformation-grant", "data", Map.of("projectName", "乙企业自己的草稿")));
        ownOfB = ((Number) created.getBody().get("id")).longValue();
    }

    @TestFactory
    @Order(1)
    Stream<DynamicTest> enterpriseBIsRefusedAsIfTheObjectsDidNotExist() {
        String app = "application " + a.application();
        String draft = "application " + a.draft();
        String doc = "document " + a.document();
        return Stream.of(
                refused("API: A's application", 404, app, () -> b.basic(HttpMethod.GET, "/api/applications/" + a.application(), null, null)),
                refused("API: change A's draft", 404, draft, () -> b.basic(HttpMethod.PUT, "/api/applications/" + a.draft(),
                        "{\"data\":{\"projectName\":\"乙改甲\"}}", MediaType.APPLICATION_JSON)),
                refused("API: upload to A's draft", 404, draft, () -> b.basic(HttpMethod.POST,
                        "/api/applications/" + a.draft() + "/attachments", upload(), MediaType.MULTIPART_FORM_DATA)),
                refused("API: submit A's draft", 404, draft, () -> b.basic(HttpMethod.POST,
                        "/api/applications/" + a.draft() + "/submit", null, null)),
                refused("API: A's task", 403, null, () -> b.basic(HttpMethod.GET, "/api/tasks/" + a.task(), null, null)),
                refused("API: claim A's task", 403, null, () -> b.basic(HttpMethod.POST, "/api/tasks/" + a.task() + "/claim", null, null)),
                refused("engine REST: A's process", 403, null, () -> b.basic(HttpMethod.GET,
                        "/engine-rest/process-instance/" + a.processInstance(), null, null)),
                refused("engine REST: A's task", 403, null, () -> b.basic(HttpMethod.GET, "/engine-rest/task/" + a.task(), null, null)),
                refused("page: A's application", 404, app, () -> page(HttpMethod.GET, "/applications/" + a.application())),
                refused("page: A's document", 404, app, () -> page(HttpMethod.GET,
                        "/applications/" + a.application() + "/documents/" + a.document())),
                refused("page: A's document through B's application", 404, doc, () -> page(HttpMethod.GET,
                        "/applications/" + ownOfB + "/documents/" + a.document())),
                refused("page: A's certificate", 404, app, () -> page(HttpMethod.GET,
                        "/applications/" + a.application() + "/certificate.pdf")),
                refused("page: A's process diagram", 404, app, () -> page(HttpMethod.GET,
                        "/applications/" + a.application() + "/diagram.bpmn")),
                refused("page: edit A's draft", 404, draft, () -> page(HttpMethod.GET, "/applications/" + a.draft() + "/edit")),
                refused("page: save A's draft", 404, draft, () -> b.page(HttpMethod.POST, "/applications/" + a.draft(),
                        formOf("projectName", "乙改甲"), MediaType.APPLICATION_FORM_URLENCODED, b.csrf)),
                refused("page: submit A's draft", 404, draft, () -> page(HttpMethod.POST, "/applications/" + a.draft() + "/submit")),
                refused("page: upload to A's draft", 404, draft, () -> b.page(HttpMethod.POST,
                        "/applications/" + a.draft() + "/documents", upload(), MediaType.MULTIPART_FORM_DATA, b.csrf)),
                refused("page: delete A's document through B's application", 404, doc, () -> page(HttpMethod.POST,
                        "/applications/" + ownOfB + "/documents/" + a.document() + "/delete")),
                refused("page: A's task", 403, null, () -> page(HttpMethod.GET, "/tasks/" + a.task())),
                refused("page: complete A's task", 403, null, () -> page(HttpMethod.POST, "/tasks/" + a.task() + "/complete")));
    }

    @TestFactory
    @Order(2)
    Stream<DynamicTest> aReviewerOfAnotherRegionCannotTouchTheTask() {
        String task = "task " + a.task();
        return Stream.of(
                refused("API: the task", 404, task, () -> wrongRegion.basic(HttpMethod.GET, "/api/tasks/" + a.task(), null, null)),
                refused("API: claim", 404, task, () -> wrongRegion.basic(HttpMethod.POST, "/api/tasks/" + a.task() + "/claim", null, null)),
                refused("API: complete", 404, task, () -> wrongRegion.basic(HttpMethod.POST, "/api/tasks/" + a.task() + "/complete",
                        "{\"data\":{\"decision\":\"approve\"}}", MediaType.APPLICATION_JSON)),
                refused("page: the task", 404, task, () -> wrongRegion.page(HttpMethod.GET, "/tasks/" + a.task(), null, null, null)),
                refused("page: claim", 404, task, () -> wrongRegion.page(HttpMethod.POST, "/tasks/" + a.task() + "/claim",
                        Caller.form(), MediaType.APPLICATION_FORM_URLENCODED, wrongRegion.csrf)),
                refused("page: complete", 404, task, () -> wrongRegion.page(HttpMethod.POST, "/tasks/" + a.task() + "/complete",
                        formOf("decision", "approve"), MediaType.APPLICATION_FORM_URLENCODED, wrongRegion.csrf)));
    }

    @Test
    @Order(3)
    void searchingForANumberOfAFindsNothing() {
        // The page shows the search text back in its box; what it must not show is the other half of the row.
        Map<String, String> searchAndOther = Map.of(a.number(), a.title(), a.title(), a.number());
        searchAndOther.forEach((q, other) -> {
            ResponseEntity<byte[]> list = b.basic(HttpMethod.GET, "/api/applications?q=" + q, null, null);
            assertThat(list.getStatusCode().value()).isEqualTo(200);
            assertThat(text(list)).isEqualTo("[]");
            ResponseEntity<byte[]> found = page(HttpMethod.GET, "/applications?q=" + q);
            assertThat(found.getStatusCode().value()).isEqualTo(200);
            assertThat(text(found)).doesNotContain(other);
        });
    }

    /** Runs after the refusals: A's objects are as A left them. */
    @Test
    @Order(4)
    void nothingOfAChanged() {
        var draft = new ApiClient(rest).application("enterprise1", a.draft());
        assertThat(draft).containsEntry("status", "DRAFT");
        assertThat(((Map<?, ?>) draft.get("data")).get("projectName")).isEqualTo(a.draftTitle());
        assertThat((List<?>) draft.get("attachments")).isEmpty();
        assertThat(jdbc.sql("select count(*) from attachment where id = ?").param(a.document()).query(Long.class).single())
                .isEqualTo(1);
        assertThat(jdbc.sql("select assignee_ from act_ru_task where id_ = ?").param(a.task()).query(String.class)
                .optional()).isEmpty();
        assertThat(new ApiClient(rest).application("enterprise1", a.application())).containsEntry("status", "SUBMITTED");
    }

    private DynamicTest refused(String name, int status, String auditedSubject, Supplier<ResponseEntity<byte[]>> call) {
        return DynamicTest.dynamicTest(name, () -> {
            long before = audited(auditedSubject);
            ResponseEntity<byte[]> answer = call.get();
            assertThat(answer.getStatusCode().value()).as(name).isEqualTo(status);
            String body = text(answer);
            assertThat(a.secrets()).as("texts of A in the answer to %s", name).noneMatch(body::contains);
            if (auditedSubject != null) {
                assertThat(audited(auditedSubject)).as("audit entries of %s", auditedSubject).isEqualTo(before + 1);
                var latest = jdbc.sql("select actor, action, detail from security_audit where subject = ? order by id desc limit 1")
                        .param(auditedSubject).query((rs, n) -> List.of(rs.getString(1), rs.getString(2), rs.getString(3)))
                        .single();
                assertThat(latest.get(0)).isIn("enterprise2", "reviewer2");
                assertThat(latest.get(1)).isEqualTo(SecurityAudit.REFUSED);
                assertThat(latest.get(2)).startsWith(answerMethod(name)).contains(String.valueOf(auditedSubject.split(" ")[1]));
            }
        });
    }

    private static String answerMethod(String name) {
        return name.matches(".*(change|submit|upload|save|delete|claim|complete).*")
                ? (name.contains("change") ? "PUT " : "POST ") : "GET ";
    }

    private long audited(String subject) {
        return subject == null ? 0 : jdbc.sql("select count(*) from security_audit where subject = ?").param(subject)
                .query(Long.class).single();
    }

    private ResponseEntity<byte[]> page(HttpMethod method, String path) {
        return method == HttpMethod.GET ? b.page(method, path, null, null, null)
                : b.page(method, path, Caller.form(), MediaType.APPLICATION_FORM_URLENCODED, b.csrf);
    }

    private static Object formOf(String field, String value) {
        var form = Caller.form();
        form.add(field, value);
        return form;
    }

    private static Object upload() {
        var parts = Caller.form();
        parts.add("kind", "other");
        parts.add("file", EnterpriseAObjects.pdf("b-" + UUID.randomUUID() + ".pdf"));
        return parts;
    }

    private static String text(ResponseEntity<byte[]> answer) {
        return answer.getBody() == null ? "" : new String(answer.getBody(), StandardCharsets.UTF_8);
    }
}
