package org.ipflow;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.ipflow.application.ApiClient;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * Pages work on a phone: on a 390 × 844 screen (an ordinary phone held upright) every role's pages, in
 * Chinese and in English, fit the screen's width — nothing to scroll sideways but a wide table inside its
 * own scrolling box — and the navigation bar keeps to one line, its links folded behind a menu button
 * that opens them (and Escape folds them again), with the unread count on that button; a table's columns keep
 * room for several characters and the table scrolls in its box. Screenshots land in target/screenshots/phone-*.png.
 */
@IpflowTest
@BrowserTest
class PhoneLayoutIT {

    /**
     * The outermost elements that reach past the screen's right edge without a scrolling box of their own
     * around them, named by tag, id and class.
     */
    private static final String CULPRITS = "(() => { const clipped = e => { for (let a = e.parentElement; a; a = a.parentElement) {"
            + " if (getComputedStyle(a).overflowX !== 'visible') return true; } return false; };"
            + " const wide = [...document.querySelectorAll('body *')].filter(e => e.getBoundingClientRect().right > innerWidth + 1"
            + " && !clipped(e));"
            + " return wide.filter(e => !wide.includes(e.parentElement)).slice(0, 4).map(e => e.tagName + (e.id ? '#' + e.id : '')"
            + " + (typeof e.className === 'string' && e.className.trim() ? '.' + e.className.trim().replace(/\\s+/g, '.') : '')); })()";

    @LocalServerPort int port;
    @Autowired TestRestTemplate rest;
    Browser browser;

    @BeforeEach
    void open() throws IOException {
        browser = new Browser(port);
        browser.driver().manage().window().setSize(new Dimension(390, 844));
    }

    @AfterEach
    void close() throws IOException {
        browser.close();
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"zh_CN", "en"})
    void everyRolesPagesFitAPhonesWidth(String language) throws IOException {
        ApiClient api = new ApiClient(rest);
        long id = api.submittedGrant("enterprise1", "手机上查看的稀土永磁电机产业化项目", 200000, 100000);
        String task = api.taskFor("reviewer1", id, "Task_RegionalPreReview");

        List<String> tooWide = new ArrayList<>();
        check(null, language, tooWide, "/", "/public/programmes", "/public/notices", "/public/certificates",
                "/public/figures", "/register", "/login");
        check("enterprise1", language, tooWide, "/applications", "/programmes", "/applications/new/pledge-financing",
                "/applications/" + id, "/notifications", "/account/password");
        check("reviewer1", language, tooWide, "/tasks", "/tasks/" + task, "/tasks/done", "/applications");
        check("approver1", language, tooWide, "/dashboard");
        check("admin", language, tooWide, "/admin", "/admin/programmes", "/admin/operations", "/admin/users",
                "/admin/audit", "/admin/targets", "/admin/studio");
        assertThat(tooWide).as("pages wider than the phone's screen").isEmpty();

        browser.login("enterprise1").open("/applications/" + id + "?lang=" + language);
        @SuppressWarnings("unchecked")
        List<Object> cells = (List<Object>) ((JavascriptExecutor) browser.driver()).executeScript(
                "return [...document.querySelectorAll('.table-responsive table :is(th, td)')]"
                        + ".map(c => c.getBoundingClientRect().width / parseFloat(getComputedStyle(c).fontSize));");
        assertThat(cells).as("the application's tables").isNotEmpty();
        assertThat(cells).as("table cells in em: a column keeps room for several characters, not one a line")
                .allSatisfy(width -> assertThat(((Number) width).doubleValue()).isGreaterThanOrEqualTo(5.0));
        WebElement unread = browser.find("button[data-nav-toggle] .nav-toggle-badge");
        assertThat(unread.isDisplayed()).as("the unread count on the folded menu's button").isTrue();
        assertThat(unread.getText()).matches("[1-9][0-9]*");
        browser.screenshot("phone-unread-" + language);

        browser.login("reviewer1").open("/tasks?lang=" + language);
        WebElement done = browser.find("#nav-links a[href='/tasks/done']");
        assertThat(done.isDisplayed()).as("the links folded behind the menu button").isFalse();
        assertThat(browser.find("main h1").getRect().getY()).as("the page starts under a one-line bar").isLessThan(150);
        browser.click("button[data-nav-toggle]");
        assertThat(done.isDisplayed()).as("unfolded by the menu button").isTrue();
        assertThat(browser.find("button[data-nav-toggle]").getAttribute("aria-expanded")).isEqualTo("true");
        browser.screenshot("phone-menu-" + language);
        browser.find("button[data-nav-toggle]").sendKeys(Keys.ESCAPE);
        assertThat(done.isDisplayed()).as("folded again by Escape").isFalse();
        browser.click("button[data-nav-toggle]");
        browser.follow("//nav//a[@href='/tasks/done']");
        assertThat(browser.path()).startsWith("/tasks/done");
    }

    private void check(String user, String language, List<String> tooWide, String... paths) throws IOException {
        if (user != null) {
            browser.login(user);
        } else {
            browser.driver().manage().deleteAllCookies();
        }
        for (String path : paths) {
            browser.open(path + (path.contains("?") ? "&" : "?") + "lang=" + language);
            @SuppressWarnings("unchecked")
            Map<String, Object> widths = (Map<String, Object>) ((JavascriptExecutor) browser.driver()).executeScript(
                    "return {screen: window.innerWidth, page: document.documentElement.scrollWidth, culprits: " + CULPRITS + "}");
            long screen = (Long) widths.get("screen");
            assertThat(screen).as("a phone's width").isLessThan(420L);
            String name = "phone-" + (user == null ? "public" : user) + "-" + language
                    + path.replaceAll("/([0-9a-f]{8}-[0-9a-f-]+|\\d+)", "/one").replaceAll("[^A-Za-z0-9]+", "-")
                    .replaceAll("-$", "");
            if ((Long) widths.get("page") > screen) {
                tooWide.add("%s %s: %d px on a %d px screen, past its edge: %s".formatted(user, path, widths.get("page"),
                        screen, widths.get("culprits")));
            }
            browser.screenshot(name);
        }
    }
}
