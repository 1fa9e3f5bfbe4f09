package org.ipflow.application;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import org.ipflow.Browser;
import org.ipflow.BrowserTest;
import org.ipflow.IpflowTest;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.parallel.Execution;
import org.junit.jupiter.api.parallel.ExecutionMode;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.openqa.selenium.JavascriptExecutor;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.MessageSource;

/**
 * Drafts save themselves, in Chromium, in Chinese at 1400 px and in English on a 390 px phone: a new draft
 * is made by its first background save and the page moves to its address; what is typed is saved a moment
 * later ("Saved 14:05") and when the page is left; leaving with unsaved input asks first. A session that
 * has ended loses nothing: the background save says so, the input stays in the tab, and the login
 * returns to the same draft with the input restored and saved — also when the refused request was the
 * page's own "save" button, which then shows IPFlow's page with "log in again". Screenshots:
 * target/screenshots/draft-autosave-*.png.
 */
@IpflowTest
@BrowserTest
class DraftAutosaveBrowserIT {

    @LocalServerPort int port;
    @Autowired TestRestTemplate rest;
    @Autowired MessageSource messages;
    Browser browser;

    @BeforeEach
    void open() throws IOException {
        browser = new Browser(port);
    }

    @AfterEach
    void close() throws IOException {
        browser.close();
    }

    // Each language in its own browser with its own draft, both at once: the test mostly waits for the page's
    // two-second save delay.
    @ParameterizedTest(name = "{0} at {1} px")
    @CsvSource({"zh_CN, 1400", "en, 390"})
    @Execution(ExecutionMode.CONCURRENT)
    void draftsSaveThemselvesAndLeavingUnsavedInputAsksFirst(String language, int width) throws IOException {
        DraftInBrowser page = new DraftInBrowser(browser, new ApiClient(rest), messages, language, width);
        page.open("/applications/new/patent-transformation-grant");

        browser.type("field-projectName", "自动保存的新项目");
        page.until("the new draft saved", () -> page.status().matches(page.savedPattern()));
        assertThat(browser.path()).as("the page moved to the new draft").matches("/applications/\\d+/edit");
        long id = Long.parseLong(browser.path().split("/")[2]);
        assertThat(page.stored(id)).containsEntry("projectName", "自动保存的新项目");
        assertThat(browser.find(".breadcrumb [aria-current]").getText()).as("a draft has no number yet")
                .isEqualTo(page.text("applications.unnumbered"));
        browser.click("#draft-status");
        browser.screenshot("draft-autosave-saved-" + page.name());

        browser.type("field-projectSummary", "还没来得及保存");
        assertThat(asksBeforeLeaving()).as("unsaved input: leaving asks first").isTrue();
        page.until("saved after a moment: leaving no longer asks", () -> !asksBeforeLeaving());
        assertThat(page.status()).matches(page.savedPattern());
        assertThat(page.stored(id)).containsEntry("projectSummary", "还没来得及保存");

        // WebDriver answers the browser's question itself (it leaves); the page saves as it goes.
        browser.type("field-totalInvestment", "3500000");
        browser.click(".breadcrumb a");
        page.until("left the draft", () -> browser.path().equals("/applications"));
        page.until("saved on leaving", () -> String.valueOf(page.stored(id).get("totalInvestment")).startsWith("3500000"));
    }

    /** Whether the page asks before it is left: the browser asks when the page cancels "beforeunload". */
    private boolean asksBeforeLeaving() {
        return (Boolean) ((JavascriptExecutor) browser.driver()).executeScript("const leaving = new Event("
                + "'beforeunload', {cancelable: true}); dispatchEvent(leaving); return leaving.defaultPrevented;");
    }

    @ParameterizedTest(name = "{0} at {1} px")
    @CsvSource({"zh_CN, 1400", "en, 390"})
    @Execution(ExecutionMode.CONCURRENT)
    void afterTheSessionEndedTheLoginReturnsToTheDraftWithNothingLost(String language, int width) throws IOException {
        DraftInBrowser page = new DraftInBrowser(browser, new ApiClient(rest), messages, language, width);
        long id = page.draftWithout("会话结束后继续的项目", "projectSummary");
        page.open("/applications/" + id + "/edit");

        browser.driver().manage().deleteCookieNamed("SESSION");
        browser.type("field-projectSummary", "会话结束后输入的内容");
        page.until("the save refused", () -> page.status().equals(page.text("error.message.sessionExpired")));
        assertThat(browser.find("#session-expired").isDisplayed()).isTrue();
        browser.screenshot("draft-autosave-session-ended-" + page.name());
        browser.submit("#session-expired [data-login-again]");
        logInAgain(page, id);
        assertThat(browser.find("#field-projectSummary").getAttribute("value")).isEqualTo("会话结束后输入的内容");
        page.until("restored and saved", () -> page.status().matches(page.savedPattern()));
        assertThat(page.stored(id)).containsEntry("projectSummary", "会话结束后输入的内容");

        browser.driver().manage().deleteCookieNamed("SESSION");
        browser.type("field-totalInvestment", "4200000");
        browser.submit("main form button.btn-outline-primary");
        assertThat(browser.find("main h1").getText()).isEqualTo(page.text("error.heading.sessionExpired"));
        browser.screenshot("draft-autosave-save-refused-" + page.name());
        browser.submit("main a.btn-primary");
        logInAgain(page, id);
        assertThat(browser.find("#field-totalInvestment").getAttribute("value")).isEqualTo("4200000");
        page.until("restored and saved", () -> String.valueOf(page.stored(id).get("totalInvestment")).startsWith("4200000"));
    }

    private void logInAgain(DraftInBrowser page, long id) {
        assertThat(browser.path()).isEqualTo("/login");
        assertThat(browser.find("#login-returning").getText()).isEqualTo(page.text("login.returning"));
        browser.type("username", "enterprise1").type("password", "demo").submit("main form button[type=submit]");
        assertThat(browser.path()).isEqualTo("/applications/" + id + "/edit?continue");
        assertThat(browser.find("html").getAttribute("lang")).isEqualTo(page.language.substring(0, 2));
    }
}
