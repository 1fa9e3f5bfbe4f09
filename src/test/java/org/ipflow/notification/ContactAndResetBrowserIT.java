package org.ipflow.notification;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.ipflow.Browser;
import org.ipflow.BrowserTest;
import org.ipflow.IpflowTest;
import org.ipflow.application.ApiClient;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.http.HttpMethod;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * In the browser: an enterprise user enters an e-mail address on the contact page, types the code e-mailed to it,
 * and keeps reminders off e-mail; then, logged out, asks for a new password from the login page's link, opens the
 * e-mailed link, sets a new password and logs in with it. The codes and the link are read where the mail server
 * would get them (the outbox). Screenshots in target/screenshots.
 */
@IpflowTest
@BrowserTest
class ContactAndResetBrowserIT {

    private static final Pattern LINK = Pattern.compile("(/password-reset/new\\?token=[A-Za-z0-9_-]+)");
    private static final String NEW = "Steppe-Falcon-Morning-83";

    @LocalServerPort
    int port;
    @Autowired
    TestRestTemplate rest;
    @Autowired
    JdbcClient jdbc;

    @Test
    void aUserVerifiesAnEmailChoosesChannelsAndResetsAForgottenPassword() throws IOException {
        ApiClient api = new ApiClient(rest);
        String user = api.newEnterprise();
        String email = user + "@example.org";
        try (Browser browser = new Browser(port)) {
            browser.open("/login").type("username", user).type("password", ApiClient.NEW_PASSWORD)
                    .submit("main form button[type=submit]");
            browser.open("/account/contact").type("email", email).click("[id='REMINDERS.EMAIL']");
            browser.screenshot("contact-1-address-and-choices");
            browser.submit("#save-contact");
            browser.screenshot("contact-2-code-sent");
            browser.type("code-EMAIL", VerifiedContacts.code(jdbc, user, email)).submit("#verify-EMAIL-submit");
            assertThat(browser.find("#email-state").getAttribute("class")).contains("text-bg-success");
            assertThat(browser.find("[id='REMINDERS.EMAIL']").isSelected()).isFalse();
            assertThat(browser.find("[id='STATUS.EMAIL']").isSelected()).isTrue();
            browser.screenshot("contact-3-verified");

            browser.driver().manage().deleteAllCookies();
            browser.open("/login").follow("//a[@id='forgotten-password']");
            browser.type("email", email).submit("main form button[type=submit]");
            assertThat(browser.find("#reset-sent").getText()).isNotEmpty();
            browser.screenshot("reset-1-link-sent");
            browser.open(resetLink(user));
            browser.screenshot("reset-2-new-password");
            browser.type("password", NEW).type("passwordRepeated", NEW).submit("main form button[type=submit]");
            assertThat(browser.path()).isEqualTo("/login?reset");
            browser.screenshot("reset-3-back-at-login");
            browser.type("username", user).type("password", NEW).submit("main form button[type=submit]");
            assertThat(browser.path()).doesNotStartWith("/login");
            browser.screenshot("reset-4-logged-in");
        }
        api.knowPassword(user, NEW);
        assertThat(api.call(user, HttpMethod.GET, "/api/account/contact", null).getBody())
                .containsEntry("emailVerified", true).containsEntry("email", email)
                .extracting(c -> ((Map<?, ?>) ((Map<?, ?>) c.get("choices")).get("REMINDERS")).get("EMAIL"))
                .isEqualTo(false);
    }

    /** The path of the link in the newest reset e-mail to the user, as the outbox holds it for the mail server. */
    private String resetLink(String user) {
        String body = jdbc.sql("select body from outbound_message where recipient = ? and kind = 'reset.mail' "
                + "order by id desc fetch first 1 rows only").param(user).query(String.class).single();
        Matcher link = LINK.matcher(body);
        assertThat(link.find()).as(body).isTrue();
        return link.group(1);
    }
}
