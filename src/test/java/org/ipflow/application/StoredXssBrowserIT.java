package org.ipflow.application;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.atomic.AtomicInteger;
import org.assertj.core.api.SoftAssertions;
import org.ipflow.Browser;
import org.ipflow.BrowserTest;
import org.ipflow.IpflowTest;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.JavascriptExecutor;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.http.HttpMethod;

/**
 * Stored cross-site scripting, end to end: payloads go into every free-text field of each programme's
 * start form, into file names, task comments, public-notice objections and model and deployment names;
 * then every page that shows them is rendered in Chromium with alert, confirm and prompt hooked before
 * any page script runs. The payloads travel in a few groups, each as many as a title holds, so that one
 * page load checks a whole group (page loads are most of this test's time). On each page nothing may have run, every payload shown there must read as the
 * text that was typed, a Content-Security-Policy must have come with the page, and the browser must have
 * reported no violation of it (an unescaped payload would be blocked by the policy and reported).
 */
@IpflowTest
@BrowserTest
class StoredXssBrowserIT {

    /** Each at most 50 characters, so that it fits every free-text field. */
    static final List<String> PAYLOADS = List.of(
            "<script>alert('xss1')</script>",
            "<img src=x onerror=alert('xss2')>",
            "<svg onload=alert('xss3')>",
            "\"><script>alert('xss4')</script>",
            "' autofocus onfocus='alert(5)' x='",
            "\" autofocus onfocus=\"alert(6)\" x=\"",
            "javascript:alert('xss7')",
            "<a href=\"javascript:alert(8)\">x8</a>",
            "[[${7*7}]] [(${7*7})]",
            "__${7*7}__ ${T(java.lang.Runtime)}",
            "{{7*7}} {{constructor.constructor('alert(11)')()}}".substring(0, 50),
            "</textarea><script>alert('xss12')</script>",
            "<details open ontoggle=alert('xss13')>",
            "<iframe srcdoc=\"<script>alert(14)</script>\">");

    /** The room of a title (200 characters): the payloads in groups that fit it, joined by spaces. */
    static final List<List<String>> GROUPS = groups(PAYLOADS, 200);

    /** The groups cut to the room of a search box (100 characters): each piece is part of a title. */
    static final List<List<String>> SEARCHES = GROUPS.stream().flatMap(group -> groups(group, 100).stream()).toList();

    /** The free-text fields shorter than a title: they hold what of a group fits. */
    private static final Map<String, Integer> SHORT_FIELDS = Map.of("patents.cnipaRecordNumber", 50,
            "loanContractNumber", 50, "bank", 100);

    /** Installed before every page: records dialogs and policy violations instead of showing them. */
    private static final String HOOKS = """
            window.__dialogs = []; window.__violations = [];
            for (const name of ['alert', 'confirm', 'prompt']) {
              window[name] = (m) => { window.__dialogs.push(name + ':' + m); return null; };
            }
            document.addEventListener('securitypolicyviolation',
                e => window.__violations.push(e.violatedDirective + ' ' + e.blockedURI));
            """;

    private static final Map<String, List<String>> FREE_TEXT = Map.of(
            "patent-transformation-grant", List.of("projectName", "projectSummary", "patents.title", "patents.cnipaRecordNumber"),
            "pledge-financing", List.of("loanPurpose", "bank", "loanContractNumber", "pledgedRights.rightName"),
            "pilot-enterprise-certification", List.of("mainBusiness", "evidenceContext", "evidenceLeadership",
                    "evidencePlanning", "evidenceSupport", "evidenceOperation", "evidenceEvaluation", "evidenceImprovement"));

    @LocalServerPort
    int port;

    @Autowired
    TestRestTemplate rest;
    @Autowired
    org.camunda.bpm.engine.RepositoryService repository;

    private final SoftAssertions softly = new SoftAssertions();
    private final AtomicInteger pagesChecked = new AtomicInteger();

    @Test
    void noPayloadRunsAnywhereAndEachReadsAsTyped() throws Exception {
        ApiClient api = new ApiClient(rest);
        // Drafts: every free-text field of every programme's start form holds a group, each group in one draft.
        Map<Long, List<String>> drafts = new LinkedHashMap<>();
        for (String programme : FREE_TEXT.keySet()) {
            for (List<String> group : GROUPS) {
                var created = api.call("enterprise1", HttpMethod.POST, "/api/applications",
                        Map.of("programme", programme, "data", withPayloads(programme, group)));
                assertThat(created.getStatusCode().value()).as("%s %s: %s", programme, group, created.getBody())
                        .isEqualTo(201);
                drafts.put(((Number) created.getBody().get("id")).longValue(), group);
            }
        }
        // Submitted grants, two a group, with the group in their fields and file names; the regional pre-review
        // approves one with the group as comment and returns the other with the group as correction request.
        Map<Long, List<String>> submitted = new LinkedHashMap<>();
        List<Long> returned = new ArrayList<>();
        for (List<String> group : GROUPS) {
            for (boolean approve : List.of(true, false)) {
                long id = api.completeDraft("enterprise1", "p", 200000, 100000);
                assertThat(api.call("enterprise1", HttpMethod.PUT, "/api/applications/" + id,
                        Map.of("data", withPayloads("patent-transformation-grant", group))).getStatusCode().value())
                        .isEqualTo(200);
                for (String payload : group) {
                    var upload = api.upload("enterprise1", id, "other", payload + ".pdf", ApiClient.PDF);
                    assertThat(upload.getStatusCode().value()).as("%s", upload.getBody()).isEqualTo(201);
                }
                assertThat(api.call("enterprise1", HttpMethod.POST, "/api/applications/" + id + "/submit", null)
                        .getStatusCode().value()).isEqualTo(200);
                String preReview = api.taskFor("reviewer1", id, "Task_RegionalPreReview");
                String comment = String.join(" ", group);
                var done = api.complete("reviewer1", preReview, approve ? Map.of("decision", "approve", "comment", comment)
                        : Map.of("decision", "return", "comment", comment, "correctionDays", 15));
                assertThat(done.getStatusCode().value()).as("%s", done.getBody()).isEqualTo(200);
                submitted.put(id, group);
                if (!approve) {
                    returned.add(id);
                }
            }
        }
        // One of them through to public notice, with payloads as scoring and approval comments, then
        // objections with payloads in every field (five an hour from one address are accepted, and other
        // tests on this context file some too).
        long noticed = submitted.keySet().iterator().next();
        List<String> noticedPayloads = submitted.get(noticed);
        assertThat(api.complete("reviewer3", api.taskFor("reviewer3", noticed, "Task_FormalReview"),
                Map.of("decision", "approve", "comment", PAYLOADS.get(1))).getStatusCode().value()).isEqualTo(200);
        for (String expert : api.acceptedExperts(noticed)) {
            assertThat(api.complete(expert, api.taskFor(expert, noticed, "Task_ExpertScoring"),
                    ApiClient.rubricScore(90, PAYLOADS.get(2))).getStatusCode().value()).isEqualTo(200);
        }
        assertThat(api.complete("approver1", api.taskFor("approver1", noticed, "Task_ApproverDecision"),
                Map.of("decision", "approve", "approvedAmount", 90000, "comment", PAYLOADS.get(3))).getStatusCode().value())
                .isEqualTo(200);
        String number = (String) api.application("enterprise1", noticed).get("number");
        for (int i = 0; i < 3; i++) {
            assertThat(api.call(null, HttpMethod.POST, "/api/public/notices/" + number + "/objections",
                    Map.of("name", PAYLOADS.get(i), "contact", PAYLOADS.get(i + 4), "reason", PAYLOADS.get(i + 8)))
                    .getStatusCode().value()).isEqualTo(201);
        }
        // A model and a deployment named with payloads, as an administrator's tool could send them.
        String modelName = PAYLOADS.get(0);
        deployNamed("xss-named", modelName, PAYLOADS.get(3));

        // The enterprise's pages in a browser of their own beside the others': all are only read, and the
        // page loads are most of this test's time.
        CompletableFuture<Void> enterprisePages = CompletableFuture.runAsync(() -> {
            try (Browser browser = new Browser(port)) {
                browser.beforeEveryPage(HOOKS);
                browser.login("enterprise1");
                check(browser, "/applications", PAYLOADS);
                for (var draft : drafts.entrySet()) {
                    check(browser, "/applications/" + draft.getKey(), draft.getValue());
                    checkFieldValues(browser, "/applications/" + draft.getKey() + "/edit", draft.getValue());
                }
                for (long id : returned) {
                    check(browser, "/applications/" + id, submitted.get(id));
                    checkFieldValues(browser, "/applications/" + id + "/edit", submitted.get(id));
                }
                check(browser, "/notifications", List.of());
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        });
        try (Browser browser = new Browser(port)) {
            browser.beforeEveryPage(HOOKS);

            // The formal reviewer: reviewer1 pre-reviewed these, so separation of duties keeps them out of their inbox.
            browser.login("reviewer3");
            // The applications waiting for reviewer3's formal review; the noticed one, whose formal review they
            // did, is past it, and its objection review is not offered to them (separation of duties).
            List<List<String>> approvedGroups = new ArrayList<>();
            check(browser, "/tasks", List.of());
            for (var entry : submitted.entrySet()) {
                if (returned.contains(entry.getKey())) {
                    continue;
                }
                String formal = api.taskFor("reviewer3", entry.getKey(), "Task_FormalReview");
                if (formal != null) {
                    approvedGroups.add(entry.getValue());
                    check(browser, "/tasks/" + formal, entry.getValue());
                }
            }
            assertThat(approvedGroups).hasSize(submitted.size() - returned.size() - 1);
            check(browser, "/tasks/done", List.of());
            check(browser, "/applications", List.of());
            for (long id : submitted.keySet()) {
                check(browser, "/applications/" + id, submitted.get(id));
            }
            // The searches echo what was searched for, and find the applications by their payload titles.
            for (List<String> group : SEARCHES) {
                String q = java.net.URLEncoder.encode(String.join(" ", group), StandardCharsets.UTF_8);
                checkFieldValues(browser, "/tasks?q=" + q, group);
                if (approvedGroups.stream().anyMatch(approved -> approved.containsAll(group))) {
                    String found = browser.text();
                    group.forEach(payload -> softly.assertThat(found).as("inbox search for %s", payload).contains(payload));
                }
                checkFieldValues(browser, "/applications?q=" + q, group);
            }

            browser.login("reviewer2");
            String objection = api.taskFor("reviewer2", noticed, "Task_ReviewObjection");
            assertThat(objection).isNotNull();
            check(browser, "/tasks/" + objection, noticedPayloads);
            List<String> noticedPage = new ArrayList<>(noticedPayloads);
            noticedPage.addAll(List.of(PAYLOADS.get(1), PAYLOADS.get(2)));
            check(browser, "/applications/" + noticed, noticedPage);

            browser.login("admin");
            check(browser, "/admin", List.of(modelName));
            check(browser, "/admin/studio", List.of(modelName));

            browser.driver().manage().deleteAllCookies();
            check(browser, "/public/notices", noticedPayloads);
            // An objection missing its name comes back with what was typed in the form.
            String form = "form[action$='/" + number + "/objections']";
            js(browser).executeScript("document.querySelector(arguments[0]).closest('details').open = true", form);
            browser.type("contact-" + number, PAYLOADS.get(5));
            browser.type("reason-" + number, PAYLOADS.get(11));
            browser.submit(form + " button[type=submit]");
            assertNothingRan(browser, "objection re-rendered");
            softly.assertThat((String) js(browser).executeScript("return Array.from(document.querySelectorAll("
                    + "'input,textarea')).map(e => e.value).join('\\n')")).as("objection form values")
                    .contains(PAYLOADS.get(5), PAYLOADS.get(11));
        }
        try {
            enterprisePages.join();
        } catch (CompletionException e) {
            if (e.getCause() instanceof Error error) {
                throw error;
            }
            throw e;
        }
        softly.assertThat(pagesChecked.get()).as("pages checked").isGreaterThan(40);
        softly.assertAll();
    }

    private void check(Browser browser, String path, List<String> shownAsText) {
        browser.open(path);
        assertNothingRan(browser, path);
        String text = browser.text();
        for (String payload : shownAsText) {
            softly.assertThat(text).as("%s shows %s as text", path, payload).contains(payload);
        }
    }

    /** A page whose inputs are filled from the payloads: the fields must hold each as typed. */
    private void checkFieldValues(Browser browser, String path, List<String> payloads) {
        browser.open(path);
        assertNothingRan(browser, path);
        String values = (String) js(browser).executeScript(
                "return Array.from(document.querySelectorAll('input,textarea')).map(e => e.value).join('\\n')");
        for (String payload : payloads) {
            softly.assertThat(values).as("%s holds %s in its fields", path, payload).contains(payload);
        }
    }

    private void assertNothingRan(Browser browser, String path) {
        pagesChecked.incrementAndGet();
        // One call: the violations are read at least 50 ms after the page (events come late), while the page's
        // policy is fetched again; the dialogs are read last, so that any a late script opened are counted too.
        Map<?, ?> seen = (Map<?, ?>) js(browser).executeScript("""
                return Promise.all([fetch(location.href, {credentials: 'same-origin'})
                        .then(r => r.headers.get('content-security-policy')), new Promise(r => setTimeout(r, 50))])
                    .then(([policy]) => ({policy, violations: window.__violations, dialogs: window.__dialogs}))""");
        String policy = (String) seen.get("policy");
        softly.assertThat((List<?>) seen.get("dialogs")).as("dialogs on %s", path).isEmpty();
        softly.assertThat((List<?>) seen.get("violations")).as("policy violations on %s", path).isEmpty();
        softly.assertThat(policy).as("Content-Security-Policy of %s", path).contains("script-src 'self'")
                .doesNotContain("unsafe-eval").doesNotContain("script-src 'self' 'unsafe-inline'");
        for (var entry : browser.driver().manage().logs().get(org.openqa.selenium.logging.LogType.BROWSER)) {
            softly.assertThat(entry.getMessage()).as("console of %s", path).doesNotContainIgnoringCase("Content Security Policy");
        }
    }

    private static JavascriptExecutor js(Browser browser) {
        return (JavascriptExecutor) browser.driver();
    }

    /** The payloads, in order, in groups whose joined text fits the room. */
    static List<List<String>> groups(List<String> payloads, int room) {
        List<List<String>> groups = new ArrayList<>();
        List<String> group = new ArrayList<>();
        for (String payload : payloads) {
            if (!group.isEmpty() && String.join(" ", group).length() + 1 + payload.length() > room) {
                groups.add(List.copyOf(group));
                group.clear();
            }
            group.add(payload);
        }
        groups.add(List.copyOf(group));
        return List.copyOf(groups);
    }

    /**
     * Valid data of the programme with every free-text field set to the group; a field shorter than a title
     * holds what fits of it, each such field beginning at another payload of the group.
     */
    static Map<String, Object> withPayloads(String programme, List<String> group) {
        List<String> fields = FREE_TEXT.get(programme);
        Map<String, String> values = new LinkedHashMap<>();
        for (int i = 0; i < fields.size(); i++) {
            int room = SHORT_FIELDS.getOrDefault(fields.get(i), Integer.MAX_VALUE);
            StringBuilder value = new StringBuilder(group.get(i % group.size()));
            for (int next = 1; next < group.size(); next++) {
                String payload = group.get((i + next) % group.size());
                if (value.length() + 1 + payload.length() <= room) {
                    value.append(' ').append(payload);
                }
            }
            values.put(fields.get(i), value.toString());
        }
        return withValues(programme, values);
    }

    /** Valid data of the programme with the given free-text fields set. */
    @SuppressWarnings("unchecked")
    private static Map<String, Object> withValues(String programme, Map<String, String> values) {
        Map<String, Object> data = new LinkedHashMap<>(switch (programme) {
            case "patent-transformation-grant" -> ApiClient.grantData("p", 200000, 100000);
            case "pledge-financing" -> ApiClient.pledgeData("p", 20000, 60);
            default -> certificationData();
        });
        for (var value : values.entrySet()) {
            String field = value.getKey();
            String payload = value.getValue();
            int dot = field.indexOf('.');
            if (dot < 0) {
                data.put(field, payload);
                continue;
            }
            List<Map<String, Object>> rows = new ArrayList<>();
            for (Object row : (List<Object>) data.get(field.substring(0, dot))) {
                Map<String, Object> copy = new LinkedHashMap<>((Map<String, Object>) row);
                copy.put(field.substring(dot + 1), payload);
                rows.add(copy);
            }
            data.put(field.substring(0, dot), rows);
        }
        return data;
    }

    private static Map<String, Object> certificationData() {
        Map<String, Object> data = new LinkedHashMap<>(Map.of("applicationType", "initial", "mainBusiness", "p",
                "inventionPatents", 12, "utilityModelPatents", 30, "designPatents", 5, "trademarks", 8, "ipStaff", 4,
                "ipBudget", 500000, "rdSpend", 8000000));
        for (String clause : List.of("Context", "Leadership", "Planning", "Support", "Operation", "Evaluation", "Improvement")) {
            data.put("selfScore" + clause, 80);
            data.put("evidence" + clause, "p");
        }
        return data;
    }

    private void deployNamed(String key, String processName, String deploymentName) {
        String bpmn = """
                <?xml version="1.0" encoding="UTF-8"?>
                <definitions xmlns="http://www.omg.org/spec/BPMN/20100524/MODEL" \
                xmlns:camunda="http://camunda.org/schema/1.0/bpmn" id="Definitions_x" targetNamespace="http://ipflow.org/test">
                  <process id="%s" name="%s" isExecutable="true" camunda:historyTimeToLive="P30D">
                    <startEvent id="Start" /><sequenceFlow id="Flow" sourceRef="Start" targetRef="End" /><endEvent id="End" />
                  </process>
                </definitions>
                """.formatted(key, processName.replace("&", "&amp;").replace("<", "&lt;").replace("\"", "&quot;")
                .replace("'", "&apos;"));
        // Through this application's engine, not /engine-rest: in a test JVM that holds several application
        // contexts, Camunda's REST resolves the engine named "default" from a JVM-wide registry, which may
        // be another context's engine (and database). The stored names are the same either way; the REST
        // path itself is covered by EngineRestAccessIT and AuthorisationMatrixIT.
        repository.createDeployment().name(deploymentName).source("xss")
                .addString(key + ".bpmn", bpmn).deploy();
    }
}
