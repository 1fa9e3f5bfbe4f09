package org.ipflow;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import org.openqa.selenium.By;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * Debian's headless Chromium driving IPFlow as a person would: log in, follow links, fill forms, and
 * keep a screenshot of what was seen. Required, not optional: CI installs Chromium in .ci/run. Each
 * Browser starts as a fresh one would, but on a Chromium kept from an earlier test ({@link ChromiumPool}).
 */
public final class Browser implements AutoCloseable {

    private final String base;
    private final ChromiumPool.Chromium chromium;
    private final ChromeDriver driver;

    public Browser(int port) throws IOException {
        this(port, true);
    }

    /** A browser that runs no script (Chromium's own switch): what the pages must still do without it. */
    public static Browser withoutScript(int port) throws IOException {
        return new Browser(port, false);
    }

    private Browser(int port, boolean script) throws IOException {
        assertTrue(ChromiumPool.installed(),
                "browser tests need Debian's Chromium: apt-get install chromium chromium-driver fonts-wqy-microhei");
        this.base = "http://localhost:" + port;
        this.chromium = ChromiumPool.take(script);
        this.driver = chromium.driver();
    }

    /** Runs a script in every page from now on, before the page's own scripts (Chromium's DevTools protocol). */
    public Browser beforeEveryPage(String script) {
        driver.executeCdpCommand("Page.addScriptToEvaluateOnNewDocument", java.util.Map.of("source", script));
        return this;
    }

    public Browser open(String path) {
        driver.get(base + path);
        return this;
    }

    public Browser login(String user) {
        return login(user, "demo");
    }

    /** Logs in a user with a password of its own, such as an enterprise a test registered. */
    public Browser login(String user, String password) {
        driver.manage().deleteAllCookies();
        open("/login");
        type("username", user);
        type("password", password);
        return submit("main form button[type=submit]");
    }

    public Browser type(String id, String text) {
        WebElement field = driver.findElement(By.id(id));
        field.clear();
        field.sendKeys(text);
        return this;
    }

    public Browser select(String id, String value) {
        new org.openqa.selenium.support.ui.Select(driver.findElement(By.id(id))).selectByValue(value);
        return this;
    }

    public Browser click(String css) {
        WebElement element = driver.findElement(By.cssSelector(css));
        driver.executeScript("arguments[0].scrollIntoView({block: 'center', behavior: 'instant'})", element);
        element.click();
        return this;
    }

    /** Clicks a button that submits a form, and waits until the next page has replaced this one. */
    public Browser submit(String css) {
        WebElement page = driver.findElement(By.tagName("html"));
        click(css);
        awaitNewPage(page);
        return this;
    }

    /** Follows the link found by an XPath, retrying while the page is still settling, and waits for the next page. */
    public Browser follow(String xpath) {
        WebElement page = driver.findElement(By.tagName("html"));
        within(20).ignoring(org.openqa.selenium.WebDriverException.class)
                .until(d -> {
                    WebElement element = d.findElement(By.xpath(xpath));
                    driver.executeScript("arguments[0].scrollIntoView({block: 'center', behavior: 'instant'})", element);
                    element.click();
                    return true;
                });
        awaitNewPage(page);
        return this;
    }

    /**
     * Waits until the given root element has left the document and the next page has loaded. While the
     * old document is being torn down Chromium may answer "node does not belong to the document" instead
     * of a stale-element error; both mean the page has gone.
     */
    private void awaitNewPage(WebElement oldPage) {
        within(20).until(d -> {
            try {
                oldPage.isEnabled();
                return false;
            } catch (org.openqa.selenium.StaleElementReferenceException gone) {
                return true;
            } catch (org.openqa.selenium.WebDriverException gone) {
                if (String.valueOf(gone.getMessage()).contains("does not belong to the document")) {
                    return true;
                }
                throw gone;
            }
        });
        within(20).ignoring(org.openqa.selenium.WebDriverException.class)
                .until(d -> "complete".equals(driver.executeScript("return document.readyState")));
    }

    public Browser clickText(String text) {
        driver.findElement(By.xpath("//*[self::a or self::button][normalize-space()='" + text + "']")).click();
        return this;
    }

    /**
     * A wait that looks every 50 ms, not WebDriver's default 500: a page a click replaces is nearly always
     * still there at the first look, so each click that submits would wait half a second for nothing.
     */
    public WebDriverWait within(int seconds) {
        return new WebDriverWait(driver, Duration.ofSeconds(seconds), Duration.ofMillis(50));
    }

    public org.openqa.selenium.WebDriver driver() {
        return driver;
    }

    public String text() {
        return driver.findElement(By.tagName("main")).getText();
    }

    public String path() {
        return driver.getCurrentUrl().substring(base.length());
    }

    public WebElement find(String css) {
        return driver.findElement(By.cssSelector(css));
    }

    public void waitFor(String css) {
        within(20)
                .until(ExpectedConditions.presenceOfElementLocated(By.cssSelector(css)));
    }

    /** What the pages logged to the console at level SEVERE (errors, refused resources) since the last call. */
    public java.util.List<String> consoleErrors() {
        return driver.manage().logs().get(org.openqa.selenium.logging.LogType.BROWSER).getAll().stream()
                .filter(entry -> entry.getLevel().intValue() >= java.util.logging.Level.SEVERE.intValue())
                .map(org.openqa.selenium.logging.LogEntry::getMessage).toList();
    }

    public void screenshot(String name) throws IOException {
        Path file = Path.of("target", "screenshots", name + ".png");
        Files.createDirectories(file.getParent());
        Files.write(file, driver.getScreenshotAs(OutputType.BYTES));
    }

    /** A screenshot of the whole page, not only the window: the window grows to the page's height for it. */
    public void fullPageScreenshot(String name) throws IOException {
        var window = driver.manage().window();
        var size = window.getSize();
        long height = (Long) driver.executeScript("return document.documentElement.scrollHeight");
        window.setSize(new org.openqa.selenium.Dimension(size.getWidth(), (int) Math.min(height + 140, 8000)));
        try {
            screenshot(name);
        } finally {
            window.setSize(size);
        }
    }

    @Override
    public void close() {
        ChromiumPool.give(chromium, base);
    }
}
