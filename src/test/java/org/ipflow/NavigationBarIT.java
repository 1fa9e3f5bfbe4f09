package org.ipflow;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * The navigation bar keeps to one line on a 1280 × 800 screen for every role, in Chinese and in English,
 * and the administrator's pages open from its menu, by mouse and by keyboard; with script the menu
 * closes on Escape and on a click outside. Screenshots of each bar
 * land in target/screenshots/nav-*.png.
 */
@IpflowTest
@BrowserTest
class NavigationBarIT {

    @LocalServerPort int port;
    Browser browser;

    @BeforeEach
    void open() throws IOException {
        browser = new Browser(port);
        browser.driver().manage().window().setSize(new Dimension(1280, 800));
    }

    @AfterEach
    void close() throws IOException {
        browser.close();
    }

    @ParameterizedTest(name = "{0}, {1}")
    @CsvSource({"anonymous, zh_CN", "anonymous, en", "enterprise1, zh_CN", "enterprise1, en", "reviewer1, zh_CN",
            "reviewer1, en", "finance1, zh_CN", "finance1, en", "approver1, zh_CN", "approver1, en", "admin, zh_CN", "admin, en"})
    void theBarKeepsToOneLineAt1280Pixels(String user, String language) throws IOException {
        if (!"anonymous".equals(user)) {
            browser.login(user);
        }
        browser.open("/public/notices?lang=" + language);
        assertThat((Long) ((JavascriptExecutor) browser.driver()).executeScript("return window.innerWidth")).isEqualTo(1280L);
        List<WebElement> items = browser.driver().findElements(By.cssSelector("nav.navbar .navbar-brand, nav.navbar .nav-item"));
        assertThat(items).hasSizeGreaterThan(3);
        int top = items.get(0).getRect().getY() + items.get(0).getRect().getHeight() / 2;
        for (WebElement item : items) {
            var box = item.getRect();
            assertThat(box.getY()).as("%s on the first line", item.getText()).isLessThan(top);
            assertThat(box.getY() + box.getHeight()).as("%s on the first line", item.getText()).isGreaterThan(top);
        }
        assertThat(browser.find("nav.navbar").getRect().getHeight()).as("one line high").isLessThan(80);
        browser.screenshot("nav-" + user + "-" + language);
    }

    @Test
    void theAdministratorsPagesOpenFromTheMenu() throws IOException {
        browser.login("admin").open("/admin/audit?lang=en");
        WebElement users = browser.find("#admin-menu a[href='/admin/users']");
        assertThat(users.isDisplayed()).as("closed until asked").isFalse();
        browser.click("#admin-menu summary");
        assertThat(browser.driver().findElements(By.cssSelector("#admin-menu .dropdown-item")))
                .extracting(WebElement::getText).containsExactly("Overview", "Programmes", "Model studio", "Operations", "Escalation",
                        "Users and roles", "Expert pool", "Audit log", "Plan targets");
        browser.screenshot("nav-admin-menu-en");
        browser.follow("//nav//a[@href='/admin/users']");
        assertThat(browser.path()).startsWith("/admin/users");

        // By keyboard: the menu is a button that Enter opens; Tab then reaches its first page.
        browser.find("#admin-menu summary").sendKeys(Keys.ENTER);
        assertThat(browser.find("#admin-menu").getAttribute("open")).isNotNull();
        browser.driver().switchTo().activeElement().sendKeys(Keys.TAB);
        assertThat(browser.driver().switchTo().activeElement().getAttribute("href")).endsWith("/admin");
    }

    @Test
    void theMenuClosesOnEscapeAndOnAClickOutside() {
        browser.login("admin").open("/admin/audit?lang=en");
        WebElement menu = browser.find("#admin-menu");
        WebElement summary = browser.find("#admin-menu summary");

        // Escape from one of its pages closes the menu and leaves the keyboard on the menu's button.
        summary.sendKeys(Keys.ENTER);
        browser.driver().switchTo().activeElement().sendKeys(Keys.TAB);
        assertThat(browser.driver().switchTo().activeElement().getAttribute("href")).endsWith("/admin");
        browser.driver().switchTo().activeElement().sendKeys(Keys.ESCAPE);
        assertThat(menu.getAttribute("open")).as("closed by Escape").isNull();
        assertThat(browser.driver().switchTo().activeElement()).isEqualTo(summary);

        browser.click("#admin-menu summary");
        assertThat(menu.getAttribute("open")).isNotNull();
        browser.click("footer");
        assertThat(menu.getAttribute("open")).as("closed by a click outside").isNull();
        assertThat(browser.path()).as("the click did nothing else").startsWith("/admin/audit");
    }
}
