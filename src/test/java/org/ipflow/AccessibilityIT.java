package org.ipflow;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeFalse;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import org.ipflow.application.ApiClient;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.parallel.Execution;
import org.junit.jupiter.api.parallel.ExecutionMode;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.http.HttpMethod;

/**
 * Runs axe-core (from npm, copied by the frontend build to target/test-tools) in Chromium over the main
 * pages of every role, in Chinese and in English, also with refused form input on screen, and fails on
 * any violation axe rates serious or critical, listing rule, page and element.
 */
@IpflowTest
@BrowserTest
class AccessibilityIT {

    static final Path AXE = Path.of("target", "test-tools", "axe.min.js");

    /** A page as one user sees it; {@code then} acts on it before the check (e.g. sends a form with errors). */
    record Page(String user, String path, String waitFor, Consumer<Browser> then) {
        Page(String user, String path) {
            this(user, path, null, null);
        }
    }

    @LocalServerPort int port;
    @Autowired TestRestTemplate rest;
    Browser browser;
    String axe;

    @BeforeEach
    void open() throws IOException {
        assumeFalse(Boolean.getBoolean("ipflow.skipFrontend"),
                "frontend build skipped (-DskipFrontend): no axe-core and no page bundles to check");
        assertThat(AXE).as("the frontend build copies axe-core there (npm run build)").isRegularFile();
        axe = Files.readString(AXE);
        browser = new Browser(port);
        browser.driver().manage().timeouts().scriptTimeout(Duration.ofSeconds(60));
    }

    @AfterEach
    void close() throws IOException {
        if (browser != null) {
            browser.close();
        }
    }

    // Both languages at once, each in its own browser with its own drafts and grants: axe keeps one core busy
    // per page for about half a second, and the two passes share nothing they check.
    @ParameterizedTest
    @ValueSource(strings = {"zh_CN", "en"})
    @Execution(ExecutionMode.CONCURRENT)
    void everyRolesMainPagesHaveNoSeriousViolations(String language) {
        var api = new ApiClient(rest);
        long draft = api.completeDraft("enterprise1", "无障碍检查草稿", 200000, 100000);
        long submitted = api.submittedGrant("enterprise1", "无障碍检查申报", 200000, 100000);
        String task = api.taskFor("reviewer1", submitted, "Task_RegionalPreReview");
        String notice = underNotice(api);

        List<Page> pages = List.of(
                new Page(null, "/login"),
                new Page(null, "/login", null, b -> b.type("username", "nobody").type("password", "wrong")
                        .submit("main form button[type=submit]")),
                new Page(null, "/register"),
                new Page(null, "/register", null, b -> b.submit("main form button[type=submit]")),
                new Page(null, "/public/notices"),
                new Page(null, "/public/notices", null, b -> {
                    // Centred first, as Browser.click does: with many notices the card lies at the window's edge.
                    var summary = b.driver().findElement(By.xpath("//main//div[contains(@class,'card')][.//h2[contains(., '"
                            + notice + "')]]//summary"));
                    ((JavascriptExecutor) b.driver())
                            .executeScript("arguments[0].scrollIntoView({block: 'center', behavior: 'instant'})", summary);
                    summary.click();
                    b.submit("form[action$='/" + notice + "/objections'] button[type=submit]");
                }),
                new Page(null, "/public/certificates"),
                new Page(null, "/public/figures"),
                new Page(null, "/public/programmes"),
                new Page("enterprise1", "/programmes"),
                new Page("enterprise1", "/applications/new/patent-transformation-grant"),
                new Page("enterprise1", "/applications/new/patent-transformation-grant", null,
                        b -> b.type("field-amountRequested", "-1").submit("main form button.btn-outline-primary")),
                new Page("enterprise1", "/applications/" + draft + "/edit"),
                new Page("enterprise1", "/applications"),
                new Page("enterprise1", "/applications/" + submitted, "#progress", null),
                new Page("reviewer3", "/applications/" + submitted, ".diagram svg", null),
                new Page("enterprise1", "/notifications"),
                new Page("enterprise1", "/account/password"),
                new Page("reviewer1", "/tasks"),
                new Page("reviewer1", "/tasks/" + task, ".diagram svg", null),
                new Page("reviewer1", "/tasks/" + task, ".diagram svg", b -> {
                    b.click("input[name=decision][value=return]");
                    b.submit("form[action$='/complete'] button[type=submit]");
                }),
                new Page("reviewer1", "/tasks/done"),
                new Page("reviewer1", "/applications"),
                new Page("approver1", "/tasks/escalation"),
                new Page("approver1", "/dashboard", "canvas", null),
                new Page("admin", "/admin"),
                new Page("admin", "/admin/programmes"),
                new Page("admin", "/admin/programmes/patent-transformation-grant"),
                new Page("admin", "/admin/studio"),
                new Page("admin", "/admin/users"),
                new Page("admin", "/admin/users/new"),
                new Page("admin", "/admin/operations"),
                new Page("admin", "/admin/audit"),
                new Page("admin", "/admin/targets"));

        List<String> problems = new ArrayList<>();
        String user = "";
        for (Page page : pages) {
            if (!String.valueOf(page.user()).equals(user)) {
                user = String.valueOf(page.user());
                if (page.user() == null) {
                    browser.driver().manage().deleteAllCookies();
                } else {
                    browser.login(page.user());
                }
            }
            browser.open(page.path() + (page.path().contains("?") ? "&" : "?") + "lang=" + language);
            if (page.waitFor() != null) {
                browser.waitFor(page.waitFor());
            }
            if (page.then() != null) {
                page.then().accept(browser);
            }
            String where = page.path() + (page.then() == null ? "" : " (refused input)") + " as "
                    + (page.user() == null ? "anonymous" : page.user()) + ", " + language;
            assertThat(browser.find("html").getAttribute("lang")).as(where).isEqualTo(language.substring(0, 2));
            problems.addAll(violations(where));
        }
        assertThat(problems).as("serious or critical accessibility violations:%n%s", String.join("\n", problems))
                .isEmpty();
    }

    @ParameterizedTest
    @ValueSource(strings = {"zh_CN", "en"})
    void theFirstTabShowsTheSkipLinkWithAVisibleFocus(String language) {
        // Not the login page: its user-name field takes the focus when the page opens.
        browser.open("/public/notices?lang=" + language);
        browser.find("body").sendKeys(Keys.TAB);
        WebElement focused = browser.driver().switchTo().activeElement();
        assertThat(focused.getAttribute("href")).endsWith("#main");
        assertThat(focused.getSize().getWidth()).as("the skip link is shown when focused").isGreaterThan(20);
        assertThat((String) ((JavascriptExecutor) browser.driver()).executeScript(
                "const s = getComputedStyle(arguments[0]); return s.outlineStyle + ' ' + s.boxShadow;", focused))
                .as("a visible focus ring").isNotEqualTo("none none");
    }

    /** Axe's serious and critical violations on the page now shown, one line per element. */
    @SuppressWarnings("unchecked")
    private List<String> violations(String where) {
        ((JavascriptExecutor) browser.driver()).executeScript(axe);
        var found = (List<Map<String, Object>>) ((JavascriptExecutor) browser.driver()).executeAsyncScript("""
                const done = arguments[arguments.length - 1];
                axe.run(document, {resultTypes: ['violations']})
                   .then(r => done(r.violations.filter(v => v.impact === 'serious' || v.impact === 'critical')
                       .map(v => ({id: v.id, impact: v.impact, help: v.help,
                                   nodes: v.nodes.map(n => n.target.join(' ') + ' ' + n.html.substring(0, 120))}))))
                   .catch(e => done([{id: 'axe-error', impact: 'critical', help: String(e), nodes: []}]));
                """);
        List<String> lines = new ArrayList<>();
        for (Map<String, Object> violation : found) {
            for (Object node : (List<Object>) violation.get("nodes")) {
                lines.add("%s (%s) on %s: %s — %s".formatted(violation.get("id"), violation.get("impact"), where, node,
                        violation.get("help")));
            }
            if (((List<Object>) violation.get("nodes")).isEmpty()) {
                lines.add("%s (%s) on %s — %s".formatted(violation.get("id"), violation.get("impact"), where,
                        violation.get("help")));
            }
        }
        return lines;
    }

    /** The number of a grant worked through the API to public notice, of a new enterprise (its yearly cap unused). */
    private String underNotice(ApiClient api) {
        String enterprise = api.newEnterprise();
        long id = api.submittedGrant(enterprise, "无障碍检查公示", 200000, 100000);
        complete(api, "reviewer1", id, "Task_RegionalPreReview", Map.of("decision", "approve"));
        complete(api, "reviewer3", id, "Task_FormalReview", Map.of("decision", "approve"));
        for (String expert : api.acceptedExperts(id)) {
            complete(api, expert, id, "Task_ExpertScoring", ApiClient.rubricScore(90));
        }
        complete(api, "approver1", id, "Task_ApproverDecision", Map.of("decision", "approve", "approvedAmount", 90000));
        return (String) api.call(enterprise, HttpMethod.GET, "/api/applications/" + id, null).getBody().get("number");
    }

    private static void complete(ApiClient api, String user, long id, String step, Map<String, Object> data) {
        String task = api.taskFor(user, id, step);
        assertThat(task).as("%s at %s", user, step).isNotNull();
        assertThat(api.complete(user, task, data).getStatusCode().value()).isEqualTo(200);
    }
}
