package org.ipflow.identity;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.util.List;
import java.util.UUID;
import org.ipflow.Browser;
import org.ipflow.BrowserTest;
import org.ipflow.IpflowTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * In the browser: a reviewer turns on two-step login with the key of the page and keeps the recovery codes,
 * logs in again with a code of the app, and once more with a recovery code; an administrator resets the factor
 * and the password alone logs in again. Screenshots in target/screenshots.
 */
@IpflowTest
@BrowserTest
class SecondFactorBrowserIT {

    @LocalServerPort
    int port;

    @Autowired
    UserAccounts accounts;

    @Test
    void aReviewerEnrolsLogsInWithACodeAndWithARecoveryCodeAndAnAdministratorResetsTheFactor() throws IOException {
        String id = "factor-" + UUID.randomUUID().toString().substring(0, 8);
        accounts.create(id, SecondFactorIT.PASSWORD, id, id + "@example.org", List.of(Roles.REVIEWER));
        try (Browser browser = new Browser(port)) {
            logIn(browser, id);
            browser.open("/account/password").follow("//main//a[@href='/account/factor']");
            String secret = browser.find("#factor-secret").getText().replace(" ", "");
            assertThat(browser.find("main img").getAttribute("src")).startsWith("data:image/svg+xml");
            browser.screenshot("factor-enrol");
            var enrolment = new SecondFactorIT.Enrolment(secret, List.of());
            browser.type("code", enrolment.code(0)).submit("#enrol-form button[type=submit]");
            String recovery = browser.find("#recovery-codes li").getText();
            assertThat(browser.find("#factor-enrolled").getText()).isNotEmpty();
            browser.screenshot("factor-recovery-codes");

            browser.driver().manage().deleteAllCookies();
            logIn(browser, id);
            assertThat(browser.path()).isEqualTo("/login/code");
            browser.screenshot("factor-login-code");
            browser.type("code", enrolment.code(1)).submit("main form button[type=submit]");
            assertThat(browser.path()).startsWith("/tasks");

            browser.driver().manage().deleteAllCookies();
            logIn(browser, id);
            browser.type("code", recovery).submit("main form button[type=submit]");
            assertThat(browser.path()).startsWith("/tasks");

            // The phone is lost: an administrator resets the factor, and the password alone logs in again.
            browser.login("admin").open("/admin/users/" + id);
            browser.screenshot("factor-admin-reset");
            browser.submit("#factor-reset");
            assertThat(browser.driver().findElements(org.openqa.selenium.By.id("factor-reset"))).isEmpty();
            browser.driver().manage().deleteAllCookies();
            logIn(browser, id);
            assertThat(browser.path()).startsWith("/tasks");
        }
    }

    private static void logIn(Browser browser, String id) {
        browser.open("/login").type("username", id).type("password", SecondFactorIT.PASSWORD)
                .submit("main form button[type=submit]");
    }
}
