package org.ipflow.identity;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import org.ipflow.Browser;
import org.ipflow.BrowserTest;
import org.ipflow.IpflowTest;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * In the browser: an administrator creates a regional reviewer (a first try with a short password keeps
 * everything else entered), and the reviewer's first login leads to the change-password page, then to the
 * inbox. Screenshots land in target/screenshots.
 */
@IpflowTest
@BrowserTest
class UserAdminBrowserIT {

    @LocalServerPort
    int port;

    Browser browser;

    @BeforeEach
    void open() throws IOException {
        browser = new Browser(port);
    }

    @AfterEach
    void close() throws IOException {
        browser.close();
    }

    @Test
    void anAdministratorCreatesAReviewerWhoSetsTheirOwnPasswordAtFirstLogin() throws IOException {
        browser.login("admin").open("/admin").follow("//main//a[@href='/admin/users']");
        assertThat(browser.text()).contains("reviewer1");
        browser.follow("//main//a[@href='/admin/users/new']");
        browser.type("username", "reviewer-wuhai").type("lastName", "王").type("firstName", "乌海")
                .type("email", "wuhai@example.org").click("#role-reviewer").select("regions", "150300")
                .type("password", "too-short").type("passwordRepeated", "too-short")
                .submit("main form button[type=submit]");
        assertThat(browser.find("#password-error").getText()).contains("10");
        assertThat(browser.find("#username").getAttribute("value")).isEqualTo("reviewer-wuhai");
        assertThat(browser.find("#role-reviewer").isSelected()).isTrue();
        assertThat(browser.find("#password").getAttribute("value")).isEmpty();
        browser.screenshot("users-create-error");

        browser.type("password", "Grassland-Horse-2026").type("passwordRepeated", "Grassland-Horse-2026")
                .submit("main form button[type=submit]");
        assertThat(browser.path()).isEqualTo("/admin/users/reviewer-wuhai");
        assertThat(browser.text()).contains("reviewer-wuhai", "乌海市");
        browser.screenshot("users-created");

        browser.driver().manage().deleteAllCookies();
        browser.open("/login").type("username", "reviewer-wuhai").type("password", "Grassland-Horse-2026")
                .submit("main form button[type=submit]");
        assertThat(browser.path()).isEqualTo("/account/password");
        browser.find("#must-change");
        browser.screenshot("users-must-change");
        browser.type("currentPassword", "Grassland-Horse-2026").type("password", "Alashan-Dune-Walk-4")
                .type("passwordRepeated", "Alashan-Dune-Walk-4").submit("main form button[type=submit]");
        assertThat(browser.path()).startsWith("/tasks");
        browser.screenshot("users-first-inbox");
    }
}
