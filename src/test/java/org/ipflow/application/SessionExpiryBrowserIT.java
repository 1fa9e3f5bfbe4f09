package org.ipflow.application;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import org.ipflow.Browser;
import org.ipflow.BrowserTest;
import org.ipflow.IpflowTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.parallel.Execution;
import org.junit.jupiter.api.parallel.ExecutionMode;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.MessageSource;
import org.springframework.test.context.TestPropertySource;

/**
 * An idle session, for real, in Chromium: with sessions that end after 20 idle seconds (so that the test
 * waits seconds, not half an hour), the page warns in the last quarter (5 seconds) and "stay signed in" keeps
 * the session past it; left alone, the page says the session has ended when the server has ended it, and
 * the input typed after that comes back, saved, with the login. In Chinese at 1400 px and in English on a
 * 390 px phone, both at once in two browsers: the test waits out real seconds, so the two readers share them.
 * Screenshots: target/screenshots/session-*.png.
 */
@IpflowTest
@BrowserTest
// 20 s: the warning shows in the last quarter (5 s), time enough to press "stay signed in" with four browsers
// sharing two cores (at 12 s, 3 s were sometimes not)
@TestPropertySource(properties = "server.servlet.session.timeout=20s")
class SessionExpiryBrowserIT {

    @LocalServerPort int port;
    @Autowired TestRestTemplate rest;
    @Autowired MessageSource messages;

    /** One reader's part of a test, in a browser of its own. */
    private interface Reader {
        void run(Browser browser, String language, int width) throws Exception;
    }

    // The two tests wait out their sessions at the same time, each with its own drafts (this context is the
    // class's own: no other class shares its sessions).
    @Test
    @Execution(ExecutionMode.CONCURRENT)
    void staySignedInKeepsTheSessionPastItsEnd() {
        inChineseAndOnAnEnglishPhoneAtOnce(this::staySignedIn);
    }

    @Test
    @Execution(ExecutionMode.CONCURRENT)
    void aSessionThatEndedWhileIdleBringsTheUserBackWithNothingLost() {
        inChineseAndOnAnEnglishPhoneAtOnce(this::endedWhileIdle);
    }

    private void inChineseAndOnAnEnglishPhoneAtOnce(Reader reader) {
        List<CompletableFuture<Void>> readers = List.of(inItsOwnBrowser(reader, "zh_CN", 1400),
                inItsOwnBrowser(reader, "en", 390));
        try {
            CompletableFuture.allOf(readers.toArray(CompletableFuture[]::new)).join();
        } catch (CompletionException e) {
            if (e.getCause() instanceof Error error) {
                throw error;
            }
            throw e;
        }
    }

    private CompletableFuture<Void> inItsOwnBrowser(Reader reader, String language, int width) {
        return CompletableFuture.runAsync(() -> {
            try (Browser browser = new Browser(port)) {
                reader.run(browser, language, width);
            } catch (Exception e) {
                throw new CompletionException(e);
            }
        });
    }

    private void staySignedIn(Browser browser, String language, int width) throws Exception {
        DraftInBrowser page = new DraftInBrowser(browser, new ApiClient(rest), messages, language, width);
        long id = page.draftWithout("保持登录的项目");
        page.open("/applications/" + id + "/edit");
        long opened = System.currentTimeMillis();

        page.until("the warning", () -> browser.find("#session-expiring").isDisplayed());
        assertThat(System.currentTimeMillis() - opened).as("shown in the last seconds only").isGreaterThan(12_000);
        assertThat(browser.find("#session-expiring").getText()).contains(page.text("session.expiring"));
        browser.screenshot("session-expiring-" + page.name());
        browser.click("[data-stay-signed-in]");
        page.until("the warning gone", () -> !browser.find("#session-expiring").isDisplayed());
        Thread.sleep(Math.max(0, opened + 23_000 - System.currentTimeMillis()));

        browser.open("/applications/" + id + "/edit");
        assertThat(browser.path()).as("still signed in, past the session's first end").isEqualTo("/applications/" + id + "/edit");
    }

    private void endedWhileIdle(Browser browser, String language, int width) throws Exception {
        DraftInBrowser page = new DraftInBrowser(browser, new ApiClient(rest), messages, language, width);
        long id = page.draftWithout("闲置后会话结束的项目", "projectSummary");
        page.open("/applications/" + id + "/edit");

        page.until("the end, after 20 idle seconds", () -> browser.find("#session-expired").isDisplayed());
        assertThat(browser.find("#session-expired").getText()).contains(page.text("session.expired"));
        browser.screenshot("session-ended-" + page.name());
        browser.type("field-projectSummary", "会话结束之后输入的内容");
        page.until("the save refused", () -> page.status().equals(page.text("error.message.sessionExpired")));
        browser.submit("#session-expired [data-login-again]");

        assertThat(browser.path()).isEqualTo("/login");
        browser.type("username", "enterprise1").type("password", "demo").submit("main form button[type=submit]");
        assertThat(browser.path()).isEqualTo("/applications/" + id + "/edit?continue");
        assertThat(browser.find("#field-projectSummary").getAttribute("value")).isEqualTo("会话结束之后输入的内容");
        page.until("restored and saved", () -> "会话结束之后输入的内容".equals(page.stored(id).get("projectSummary")));
    }
}
