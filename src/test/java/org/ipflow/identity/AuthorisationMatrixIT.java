package org.ipflow.identity;

import static java.util.Map.entry;
import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.ipflow.IpflowTest;
import org.ipflow.certificate.Certificates;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.context.ApplicationContext;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.TestPropertySource;

/**
 * Who may call what: every endpoint Spring MVC serves (read from the handler mappings at test time, so a
 * new endpoint cannot slip past), plus representative /engine-rest and /actuator endpoints, called by
 * eight callers with real ids of enterprise A's objects. The outcome of each call is compared with the
 * table below; an endpoint missing from the table fails the build with the line to add.
 *
 * <p>Outcomes: {@code A} allowed (the request reached the application: 2xx, a redirect elsewhere than the
 * login page, or a 400/409/422 about the request itself), {@code L} login needed (401, or a redirect to
 * the login page), {@code F} forbidden (403), {@code N} not found (404: the object is not the caller's).
 * Pages are called with a browser session (form login, CSRF token), /api, /engine-rest and /actuator with
 * HTTP Basic. Enterprise B and anonymous callers must never see a text of A's in any answer, and every
 * refusal under /api is answered as {@code application/problem+json}.
 */
@IpflowTest
// A context shared only with CsrfAndSafeMethodsIT: the calls leave drafts, claims and a studio draft of the grant
// behind, which the other tests must not meet.
@TestPropertySource(properties = "ipflow.test.context=" + AuthorisationMatrixIT.PROBES)
class AuthorisationMatrixIT {

    /** The name of the context of the tests that call every endpoint as every caller. */
    static final String PROBES = "every-endpoint-probes";

    /** The callers, in the order of the table's columns. */
    static final List<String> CALLERS = List.of("anonymous", "enterprise1", "enterprise2", "reviewer1", "reviewer2",
            "finance1", "approver1", "admin", "expert1");
    static final String COLUMNS = "anonymous, enterprise A, enterprise B, reviewer of A's region, reviewer of another "
            + "region, finance, approver, admin, expert (of the pool, not drawn for A's application)";

    /**
     * The expected outcome per endpoint, one letter per caller in the order of {@link #CALLERS}:
     * anonymous, enterprise A, enterprise B, reviewer of A's region, reviewer of another region, finance,
     * approver, admin, an expert not drawn for A's application. Staff see every submitted application (their
     * search covers all regions); tasks only reach the groups the process names; an expert sees only what was
     * drawn for them.
     */
    static final Map<String, String> EXPECTED = Map.ofEntries(
            // Login, registration and the landing page
            row("GET /", "A A A A A A A A A"),
            row("GET /home", "L A A A A A A A A"),
            row("GET /login", "A A A A A A A A A"),
            // The code of a second factor: only between the password and the code (SecondFactorIT)
            row("GET /login/code", "L F F F F F F F F"),
            row("POST /login/code", "L F F F F F F F F"),
            // The confirmation of a first login through the OpenID provider: only before it (SingleSignOnIT)
            row("GET /login/oidc/confirm", "L F F F F F F F F"),
            row("POST /login/oidc/confirm", "L F F F F F F F F"),
            row("GET /programmes", "L A A F F F F F F"),
            row("GET /register", "A A A A A A A A A"),
            row("POST /register", "A A A A A A A A A"),
            row("GET /password-reset", "A A A A A A A A A"),
            row("POST /password-reset", "A A A A A A A A A"),
            row("GET /password-reset/new", "A A A A A A A A A"),
            row("POST /password-reset/new", "A A A A A A A A A"),
            // Public pages: notices and the certificate check
            row("GET /public/certificates", "A A A A A A A A A"),
            row("GET /public/certificates/{code}", "A A A A A A A A A"),
            row("GET /public/notices", "A A A A A A A A A"),
            // One notice and its PDF ({noticeNumber} here names no notice: 404 to everyone)
            row("GET /public/notices/{noticeNumber}", "N N N N N N N N N"),
            row("GET /public/notices/{noticeNumber}.pdf", "N N N N N N N N N"),
            row("GET /public/programmes", "A A A A A A A A A"),
            row("POST /public/notices/{number}/objections", "A A A A A A A A A"),
            // Applications: the owner edits its drafts; staff see submitted applications of every region
            row("GET /applications", "L A A A A A A A A"),
            row("GET /applications/export.{format}", "L A A A A A A A A"),
            row("GET /applications/new/{programme}", "L A A F F F F F F"),
            row("GET /applications/{id}", "L A N A A A A A N"),
            row("GET /applications/{id}/certificate.pdf", "L A N A A A A A N"),
            row("POST /admin/certificates/{number}/revoke", "L F F F F F F N F"),
            row("GET /applications/{id}/diagram.bpmn", "L A N A A A A A N"),
            row("GET /applications/{id}/documents/{documentId}", "L A N A A A A A N"),
            row("GET /applications/{id}/documents/{documentId}/inline", "L A N A A A A A N"),
            // A decision's files: staff's alone ({documentId} names a document, no decision file: 404 past the gate)
            row("GET /applications/{id}/decision-files/{documentId}", "L N N N N N N N N"),
            row("GET /applications/{id}/edit", "L A N N N N N N N"),
            row("POST /applications/new/{programme}", "L A A F F F F F F"),
            row("POST /applications/{id}", "L A N N N N N N N"),
            row("POST /applications/{id}/documents", "L A N N N N N N N"),
            row("POST /applications/{id}/documents/{documentId}/delete", "L A N N N N N N N"),
            row("POST /applications/{id}/submit", "L A N N N N N N N"),
            row("POST /applications/{id}/autosave", "L A N N N N N N N"),
            // Only the enterprise deletes its drafts and withdraws its applications (A's withdrawal of a draft: 409)
            row("POST /applications/{id}/delete", "L A N F F F F F F"),
            row("POST /applications/{id}/withdraw", "L A N F F F F F F"),
            row("POST /applications/new/{programme}/autosave", "L A A F F F F F F"),
            row("POST /applications/new/{programme}/form-state", "L A A F F F F F F"),
            // The session itself: "stay signed in"
            row("POST /session/keep-alive", "L A A A A A A A A"),
            // Notifications: enterprises only
            row("GET /notifications", "L A A A A A A A A"),
            row("POST /notifications/read", "L A A A A A A A A"),
            row("GET /account/contact", "L A A A A A A A A"),
            row("POST /account/contact", "L A A A A A A A A"),
            row("POST /account/contact/verify", "L A A A A A A A A"),
            // The enterprise's profile and users; the removal names a user of no enterprise (Endpoint.path), hence N.
            row("GET /enterprise", "L A A F F F F F F"),
            row("POST /enterprise", "L A A F F F F F F"),
            row("POST /enterprise/users", "L A A F F F F F F"),
            row("POST /enterprise/users/remove", "L A A F F F F F F"),
            row("GET /api/enterprise", "L A A F F F F F F"),
            row("PUT /api/enterprise", "L A A F F F F F F"),
            row("POST /api/enterprise/users", "L A A F F F F F F"),
            row("DELETE /api/enterprise/users/{username}", "L N N F F F F F F"),
            // Receipt, printable application, evaluation (of the draft: not ended, hence 409 for its owner)
            row("GET /applications/{id}/receipt.pdf", "L A N A A A A A N"),
            row("GET /api/applications/{id}/receipt.pdf", "L A N A A A A A N"),
            row("GET /applications/{id}/print", "L A N A A A A A N"),
            row("POST /applications/{id}/evaluation", "L A N N N N N N N"),
            row("POST /api/applications/{id}/evaluation", "L A N N N N N N N"),
            // A funded project's results report: its enterprise sends it (a draft's: 400 or 409); the draft has none to read
            row("POST /api/applications/{id}/results", "L A N N N N N N N"),
            row("GET /api/applications/{id}/results", "L N N N N N N N N"),
            // The same report on the application's page: refused on A's draft with a message on its page (302)
            row("POST /applications/{id}/results", "L A N N N N N N N"),
            // The public progress look-up: without a number and code nothing is found
            row("GET /public/progress", "A A A A A A A A A"),
            row("POST /public/progress", "A A A A A A A A A"),
            row("GET /api/public/progress", "N N N N N N N N N"),
            // Tasks: only the groups the process names (A's pre-review: reviewer-150100)
            row("GET /tasks", "L F F A A A A F A"),
            row("GET /tasks/done", "L F F A A A A F A"),
            row("GET /tasks/done/export.{format}", "L F F A A A A F A"),
            row("GET /tasks/export.{format}", "L F F A A A A F A"),
            row("GET /tasks/{id}", "L F F A N N N F N"),
            row("POST /tasks/{id}/claim", "L F F A N N N F N"),
            row("POST /tasks/{id}/complete", "L F F A N N N F N"),
            row("POST /tasks/{id}/form-state", "L F F A N N N F N"),
            row("POST /tasks/{id}/unclaim", "L F F A N N N F N"),
            // Escalation (督办): approvers and administrators only (A's task is not overdue: a reminder finds nothing)
            row("GET /tasks/escalation", "L F F F F F A A F"),
            row("POST /tasks/escalation/{id}/remind", "L F F F F F A A F"),
            row("GET /api/tasks/escalation", "L F F F F F A A F"),
            row("POST /api/tasks/{id}/remind", "L F F F F F N N F"),
            row("POST /tasks/{id}/transfer", "L F F A N N N F N"),
            row("POST /tasks/bulk/claim", "L F F A A A A F A"),
            row("POST /tasks/bulk/form", "L F F A A A A F A"),
            row("POST /tasks/bulk/complete", "L F F A A A A F A"),
            row("POST /tasks/bulk/form-state", "L F F A A A A F A"),
            // Delegation while away: each staff member's own absence
            row("GET /me/absence", "L F F A A A A F F"),
            row("POST /me/absence", "L F F A A A A F F"),
            row("GET /api/me/absence", "L F F A A A A F F"),
            row("PUT /api/me/absence", "L F F A A A A F F"),
            // Administration: the model studio and migrations
            row("GET /admin", "L F F F F F F A F"),
            row("GET /admin/targets", "L F F F F F F A F"),
            row("GET /admin/targets/{slug}", "L F F F F F F A F"),
            row("POST /admin/targets/{slug}", "L F F F F F F A F"),
            row("GET /dashboard", "L F F F F F A A F"),
            row("GET /dashboard/export/{table}.{format}", "L F F F F F A A F"),
            row("GET /public/figures", "A A A A A A A A A"),
            row("GET /public/figures.csv", "A A A A A A A A A"),
            // Programmes as data; the POSTs name a programme that does not exist (Endpoint.path), hence N.
            row("GET /admin/programmes", "L F F F F F F A F"),
            row("GET /admin/programmes/new", "L F F F F F F A F"),
            row("POST /admin/programmes", "L F F F F F F A F"),
            row("GET /admin/programmes/{key}", "L F F F F F F A F"),
            row("POST /admin/programmes/{key}", "L F F F F F F N F"),
            row("POST /admin/programmes/{key}/retire", "L F F F F F F N F"),
            row("POST /admin/programmes/{key}/reactivate", "L F F F F F F N F"),
            row("POST /admin/programmes/{key}/calls", "L F F F F F F N F"),
            row("POST /admin/programmes/{key}/calls/{id}", "L F F F F F F N F"),
            row("POST /admin/programmes/{key}/calls/{id}/close", "L F F F F F F N F"),
            row("POST /admin/programmes/{key}/experts", "L F F F F F F N F"),
            row("POST /admin/programmes/{key}/project-terms", "L F F F F F F N F"),
            row("GET /admin/audit", "L F F F F F F A F"),
            row("GET /admin/operations", "L F F F F F F A F"),
            row("GET /admin/outbox", "L F F F F F F A F"),
            row("POST /admin/outbox/{id}/resend", "L F F F F F F A F"),
            // E-mail and SMS templates: changes name an event without one (Endpoint.path), hence N
            row("GET /admin/message-templates", "L F F F F F F A F"),
            row("GET /admin/message-templates/{event}", "L F F F F F F A F"),
            row("POST /admin/message-templates/{event}", "L F F F F F F N F"),
            row("POST /admin/message-templates/{event}/reset", "L F F F F F F N F"),
            row("GET /admin/webhooks", "L F F F F F F A F"),
            row("POST /admin/webhooks", "L F F F F F F A F"),
            row("POST /admin/webhooks/{id}/active", "L F F F F F F A F"),
            row("POST /admin/webhooks/{id}/delete", "L F F F F F F N F"),
            row("POST /admin/operations/incidents/{id}/retry", "L F F F F F F A F"),
            row("POST /admin/operations/timers/{id}/run", "L F F F F F F A F"),
            // The office calendar ({year} is one no other test uses)
            row("GET /admin/calendar", "L F F F F F F A F"),
            row("POST /admin/calendar/{year}", "L F F F F F F A F"),
            row("POST /admin/calendar/{year}/import", "L F F F F F F A F"),
            row("GET /admin/users", "L F F F F F F A F"),
            row("GET /admin/users/new", "L F F F F F F A F"),
            row("POST /admin/users", "L F F F F F F A F"),
            // {id} here is a number, not a user name: past the role gate the administrator gets 404.
            row("GET /admin/users/{id}", "L F F F F F F N F"),
            row("POST /admin/users/{id}/disable", "L F F F F F F N F"),
            row("POST /admin/users/{id}/factor/reset", "L F F F F F F N F"),
            row("POST /admin/users/{id}/sessions/end", "L F F F F F F N F"),
            row("POST /admin/users/{id}/enable", "L F F F F F F N F"),
            row("POST /admin/users/{id}/password", "L F F F F F F N F"),
            row("POST /admin/users/{id}/roles", "L F F F F F F N F"),
            // The expert pool ({username} names no expert: 404 to the administrator's page, a refused entry on a POST)
            row("GET /admin/experts", "L F F F F F F A F"),
            row("POST /admin/experts", "L F F F F F F A F"),
            row("POST /admin/experts/import", "L F F F F F F A F"),
            row("GET /admin/experts/{username}", "L F F F F F F N F"),
            row("POST /admin/experts/{username}", "L F F F F F F A F"),
            row("GET /api/admin/experts", "L F F F F F F A F"),
            row("POST /api/admin/experts", "L F F F F F F A F"),
            row("POST /api/admin/experts/import", "L F F F F F F A F"),
            row("PUT /api/admin/experts/{username}", "L F F F F F F A F"),
            row("GET /account/password", "L A A A A A A A A"),
            row("POST /account/password", "L A A A A A A A A"),
            row("GET /account/factor", "L F F A A A A A F"),
            row("POST /account/factor", "L F F A A A A A F"),
            row("GET /account/tokens", "L A A A A A A A A"),
            row("POST /account/tokens", "L A A A A A A A A"),
            row("POST /account/tokens/{id}/revoke", "L N N N N N N N N"),
            row("GET /account/sessions", "L A A A A A A A A"),
            row("POST /account/sessions/end-others", "L A A A A A A A A"),
            row("POST /account/sessions/{reference}/end", "L N N N N N N N N"),
            row("GET /admin/studio", "L F F F F F F A F"),
            row("GET /admin/studio/api/{type}/{key}", "L F F F F F F A F"),
            row("GET /admin/studio/bpmn/{key}/migration", "L F F F F F F A F"),
            row("GET /admin/studio/new", "L F F F F F F A F"),
            row("GET /admin/studio/{type}/{key}", "L F F F F F F A F"),
            row("POST /admin/studio/api/{type}/{key}/deploy", "L F F F F F F A F"),
            row("POST /admin/studio/api/{type}/{key}/diff", "L F F F F F F A F"),
            row("POST /admin/studio/api/{type}/{key}/validate", "L F F F F F F A F"),
            row("POST /admin/studio/bpmn/{key}/migration", "L F F F F F F A F"),
            row("POST /admin/studio/form/preview", "L F F F F F F A F"),
            row("PUT /admin/studio/api/{type}/{key}/draft", "L F F F F F F A F"),
            row("GET /api/public/certificates", "A A A A A A A A A"),
            // Public API
            row("GET /api/public/certificates/{code}", "A A A A A A A A A"),
            row("GET /api/public/notices", "A A A A A A A A A"),
            row("GET /api/public/notices/applications", "A A A A A A A A A"),
            row("POST /api/public/notices/{number}/objections", "A A A A A A A A A"),
            // JSON API (HTTP Basic)
            row("GET /api/applications", "L A A A A A A A A"),
            row("GET /api/applications/{id}", "L A N A A A A A N"),
            row("GET /api/notifications", "L A A A A A A A A"),
            // One's own contact addresses and message choices (ContactIT)
            row("GET /api/account/contact", "L A A A A A A A A"),
            row("PUT /api/account/contact", "L A A A A A A A A"),
            row("POST /api/account/contact/verify", "L A A A A A A A A"),
            row("GET /api/programmes", "L A A A A A A A A"),
            row("GET /api/tasks", "L F F A A A A F A"),
            row("GET /api/tasks/{id}", "L F F A N N N F N"),
            row("POST /api/applications", "L A A F F F F F F"),
            row("POST /api/applications/{id}/attachments", "L A N N N N N N N"),
            row("POST /api/applications/{id}/submit", "L A N N N N N N N"),
            row("POST /api/enterprises", "A A A A A A A A A"),
            row("POST /api/password-reset", "A A A A A A A A A"),
            row("POST /api/password-reset/new", "A A A A A A A A A"),
            row("POST /api/tasks/{id}/claim", "L F F A N N N F N"),
            row("POST /api/tasks/{id}/complete", "L F F A N N N F N"),
            row("POST /api/tasks/{id}/unclaim", "L F F A N N N F N"),
            row("POST /api/tasks/{id}/transfer", "L F F A N N N F N"),
            row("POST /api/tasks/bulk/claim", "L F F A A A A F A"),
            row("POST /api/tasks/bulk/complete", "L F F A A A A F A"),
            row("PUT /api/applications/{id}", "L A N N N N N N N"),
            row("DELETE /api/applications/{id}", "L A N F F F F F F"),
            row("POST /api/applications/{id}/withdraw", "L A N F F F F F F"),
            // Internal notes: staff who see the application; to the enterprise, its own included, they do not exist
            row("GET /api/applications/{id}/notes", "L N N A A A A A N"),
            row("POST /api/applications/{id}/notes", "L N N A A A A A N"),
            row("POST /applications/{id}/notes", "L N N A A A A A N"),
            // Operations for administrators, through IPFlow's rules and audit ({id} here is no job: 400 for no reason)
            row("GET /api/admin/applications/{number}/jobs", "L F F F F F F A F"),
            row("POST /api/admin/jobs/{id}/run", "L F F F F F F A F"),
            row("GET /api/admin/calendar/{year}", "L F F F F F F A F"),
            row("GET /api/admin/outbox", "L F F F F F F A F"),
            row("POST /api/admin/outbox/{id}/resend", "L F F F F F F A F"),
            row("GET /api/admin/message-templates", "L F F F F F F A F"),
            row("GET /api/admin/message-templates/{event}", "L F F F F F F A F"),
            row("PUT /api/admin/message-templates/{event}", "L F F F F F F N F"),
            // Event webhooks: administrators only ({id} here is no subscription: 404; the body is not one: 400)
            row("GET /api/admin/webhooks", "L F F F F F F A F"),
            row("POST /api/admin/webhooks", "L F F F F F F A F"),
            row("PUT /api/admin/webhooks/{id}", "L F F F F F F A F"),
            row("DELETE /api/admin/webhooks/{id}", "L F F F F F F N F"),
            row("POST /api/admin/certificates/{number}/revoke", "L F F F F F F A F"),
            // A call's budget and figures: staff read, administrators set ({id} here is no call: 404)
            row("GET /api/admin/calls/{id}", "L F F N N N N N F"),
            row("PUT /api/admin/calls/{id}", "L F F F F F F N F"),
            // A programme's project terms: administrators only (the body names none: 400)
            row("GET /api/admin/programmes/{key}/project-terms", "L F F F F F F A F"),
            row("PUT /api/admin/programmes/{key}/project-terms", "L F F F F F F A F"),
            // A call's ranking and batch decision: approvers only ({id} here is no call: 404; no entries: 400)
            row("GET /api/calls/{id}/ranking", "L F F F F F N F F"),
            row("POST /api/calls/{id}/decisions", "L F F F F F A F F"),
            row("GET /tasks/calls/{id}/ranking", "L F F F F F N F F"),
            row("POST /tasks/calls/{id}/ranking", "L F F F F F N F F"),
            row("PUT /api/admin/calendar/{year}", "L F F F F F F A F"),
            // Camunda REST: administrators only, and only what Camunda Modeler needs; the rest 404 to them too
            row("GET /engine-rest/version", "L F F F F F F A F"),
            row("GET /engine-rest/deployment?maxResults=5", "L F F F F F F A F"),
            row("GET /engine-rest/process-definition?maxResults=5", "L F F F F F F A F"),
            row("GET /engine-rest/engine", "L F F F F F F N F"),
            row("GET /engine-rest/process-instance/{processInstance}", "L F F F F F F N F"),
            row("GET /engine-rest/task/{taskId}", "L F F F F F F N F"),
            row("POST /engine-rest/task/{taskId}/complete", "L F F F F F F N F"),
            row("GET /engine-rest/user?maxResults=5", "L F F F F F F N F"),
            row("POST /engine-rest/process-instance?maxResults=5", "L F F F F F F N F"),
            // Actuator: health for all, the rest for administrators
            row("GET /actuator/env", "L F F F F F F N F"),
            row("GET /actuator/health", "A A A A A A A A A"),
            row("GET /actuator/info", "L F F F F F F A F"),
            row("GET /actuator/prometheus", "L F F F F F F A F"),
            // The API's OpenAPI description and Swagger UI: signed-in staff (the office connects other systems)
            row("GET /v3/api-docs", "L F F A A A A A F"),
            row("GET /v3/api-docs.yaml", "L F F A A A A A F"),
            row("GET /v3/api-docs/swagger-config", "L F F A A A A A F"),
            row("GET /swagger-ui.html", "L F F A A A A A F"));

    /** Endpoints outside Spring MVC: the engine's REST API (Jersey) and Actuator. */
    static final List<String> OUTSIDE_MVC = List.of(
            "GET /engine-rest/version",
            "GET /engine-rest/deployment?maxResults=5",
            "GET /engine-rest/engine",
            "GET /engine-rest/process-definition?maxResults=5",
            "GET /engine-rest/task/{taskId}",
            "POST /engine-rest/task/{taskId}/complete",
            "GET /engine-rest/process-instance/{processInstance}",
            "GET /engine-rest/user?maxResults=5",
            "POST /engine-rest/process-instance?maxResults=5",
            "GET /actuator/health",
            "GET /actuator/info",
            "GET /actuator/prometheus",
            "GET /actuator/env");

    @Autowired
    TestRestTemplate rest;
    @Autowired
    ApplicationContext context;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    Certificates certificates;

    EnterpriseAObjects a;

    @Test
    void everyEndpointAnswersEachCallerAsTheTableSays() {
        a = EnterpriseAObjects.create(rest, jdbc, certificates);
        Map<String, Caller> callers = new LinkedHashMap<>();
        for (String name : CALLERS) {
            callers.put(name, name.equals("anonymous") ? Caller.anonymous(rest) : Caller.loggedIn(rest, name));
        }
        List<Endpoint> endpoints = Endpoint.mvc(context);

        Map<String, String> observed = new TreeMap<>();
        List<String> leaks = new ArrayList<>();
        List<String> notProblems = new ArrayList<>();
        endpoints.forEach(endpoint -> observed.put(endpoint.name(), callAll(endpoint, callers, leaks, notProblems)));
        OUTSIDE_MVC.forEach(endpoint -> observed.put(endpoint, callAll(Endpoint.of(endpoint), callers, leaks, notProblems)));

        List<String> problems = new ArrayList<>();
        observed.forEach((endpoint, outcomes) -> {
            String expected = EXPECTED.get(endpoint);
            if (expected == null) {
                problems.add("missing from AuthorisationMatrixIT.EXPECTED, add the line (observed now; check it is "
                        + "what you intend):\n            row(\"" + endpoint + "\", \"" + outcomes + "\"),");
            } else if (!expected.equals(outcomes)) {
                problems.add(endpoint + ": expected " + expected + " but was " + outcomes + " (" + COLUMNS + ")");
            }
        });
        EXPECTED.keySet().stream().filter(e -> !observed.containsKey(e))
                .forEach(e -> problems.add("in EXPECTED but no longer served, remove its row: " + e));
        System.out.printf("Authorisation matrix: %d endpoints (%d Spring MVC, %d engine-rest/actuator) x %d callers"
                + " = %d calls%n", observed.size(), endpoints.size(), OUTSIDE_MVC.size(), CALLERS.size(),
                observed.size() * CALLERS.size());
        assertThat(problems).as(String.join("\n", problems)).isEmpty();
        assertThat(leaks).as("texts of enterprise A in answers to others").isEmpty();
        assertThat(notProblems).as("/api refusals not answered as application/problem+json").isEmpty();
    }

    private String callAll(Endpoint endpoint, Map<String, Caller> callers, List<String> leaks, List<String> notProblems) {
        List<String> outcomes = new ArrayList<>();
        callers.forEach((name, caller) -> {
            String path = endpoint.path(a, rest);
            ResponseEntity<byte[]> answer = endpoint.call(caller, path, caller.csrf);
            outcomes.add(outcome(answer));
            var type = answer.getHeaders().getContentType();
            if (path.startsWith("/api/") && answer.getStatusCode().isError()
                    && (type == null || !type.isCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))) {
                notProblems.add(name + " " + endpoint.method() + " " + path + ": " + answer.getStatusCode() + " " + type);
            }
            if (name.equals("anonymous") || name.equals("enterprise2")) {
                String body = answer.getBody() == null ? "" : new String(answer.getBody(), StandardCharsets.UTF_8);
                a.secrets().stream().filter(secret -> !path.contains(secret) && body.contains(secret))
                        .forEach(secret -> leaks.add(name + " " + endpoint.method() + " " + path + " saw " + secret));
            }
        });
        return String.join(" ", outcomes);
    }

    static String outcome(ResponseEntity<byte[]> answer) {
        int status = answer.getStatusCode().value();
        if (status == 401) {
            return "L";
        }
        if (status == 302 || status == 303) {
            var location = answer.getHeaders().getLocation();
            return location != null && "/login".equals(location.getPath()) ? "L" : "A";
        }
        return switch (status) {
            case 200, 201, 204, 400, 409, 422 -> "A";
            case 403 -> "F";
            case 404 -> "N";
            default -> String.valueOf(status);
        };
    }

    static Map.Entry<String, String> row(String endpoint, String outcomes) {
        return entry(endpoint, outcomes);
    }
}
