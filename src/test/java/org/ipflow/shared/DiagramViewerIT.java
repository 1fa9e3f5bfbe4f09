package org.ipflow.shared;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeFalse;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.logging.Level;
import org.ipflow.BrowserTest;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.logging.LogEntry;
import org.openqa.selenium.logging.LogType;
import org.openqa.selenium.logging.LoggingPreferences;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.util.FileSystemUtils;

/**
 * The bundled diagram viewer in Debian's headless Chromium, under IPFlow's Content-Security-Policy:
 * it draws the diagram, marks current and passed steps, keeps the bpmn.io watermark and reports
 * diagrams it cannot load. Chromium is required, not optional: CI installs it in .ci/run.
 */
@BrowserTest
class DiagramViewerIT {

    private static final Path CHROMIUM = Path.of("/usr/bin/chromium");
    private static final Path CHROMEDRIVER = Path.of("/usr/bin/chromedriver");
    private static final Path SCREENSHOT = Path.of("target", "screenshots", "diagram-viewer.png");

    private static StaticTestSite site;
    private static Path profile;
    private static ChromeDriver browser;

    @BeforeAll
    static void openPage() throws IOException {
        if (FrontendBundleTest.frontendSkipped()) {
            return;
        }
        assertTrue(Files.isExecutable(CHROMIUM) && Files.isExecutable(CHROMEDRIVER),
                "browser tests need Debian's Chromium at " + CHROMIUM + " and " + CHROMEDRIVER
                        + ": apt-get install chromium chromium-driver fonts-wqy-microhei (.ci/run does this)");
        site = new StaticTestSite(FrontendBundleTest.STATIC);
        var driver = new ChromeDriverService.Builder().usingDriverExecutable(CHROMEDRIVER.toFile()).build();
        profile = Files.createTempDirectory("chromium-profile");
        browser = new ChromeDriver(driver, options(profile));
        browser.get(site.uri("/diagram/page.html").toString());
    }

    @BeforeEach
    void frontendWasBuilt() {
        assumeFalse(FrontendBundleTest.frontendSkipped(),
                "frontend build skipped (-DskipFrontend): no bundle to drive");
    }

    @AfterAll
    static void close() throws IOException {
        if (browser != null) {
            browser.quit();
        }
        if (site != null) {
            site.close();
        }
        if (profile != null) {
            FileSystemUtils.deleteRecursively(profile);
        }
    }

    @Test
    void highlightsTheCurrentStepAndMarksPassedOnes() throws IOException {
        new WebDriverWait(browser, Duration.ofSeconds(20)).until(ExpectedConditions.presenceOfElementLocated(
                By.cssSelector("#sample [data-element-id=Task_A].highlight")));

        assertThat(classesOf("Task_B")).doesNotContain("highlight", "done");
        assertThat(classesOf("StartEvent_Submitted")).contains("done");
        assertThat(classesOf("Flow_ToTaskA")).contains("done");
        assertThat(browser.findElement(By.cssSelector("#sample .bjs-powered-by")).isDisplayed())
                .as("bpmn.io watermark visible").isTrue();
        Files.createDirectories(SCREENSHOT.getParent());
        Files.write(SCREENSHOT, browser.getScreenshotAs(OutputType.BYTES));
    }

    @Test
    void reportsDiagramsItCannotLoad() {
        var wait = new WebDriverWait(browser, Duration.ofSeconds(20));
        for (String id : List.of("missing", "foreign")) {
            var diagram = By.cssSelector("#" + id + "[role=alert]");
            wait.until(ExpectedConditions.presenceOfElementLocated(diagram));
            assertThat(browser.findElement(diagram).getText()).isEqualTo("The process diagram could not be shown.");
        }
    }

    @Test
    void breaksNoRuleOfTheContentSecurityPolicy() {
        var wait = new WebDriverWait(browser, Duration.ofSeconds(20));
        wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("#sample [data-element-id=Task_A]")));
        wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("#missing[role=alert]")));

        List<String> console = browser.manage().logs().get(LogType.BROWSER).getAll().stream()
                .map(LogEntry::getMessage).toList();
        // The viewer's own report of the missing diagram shows that the console is really read.
        assertThat(console).anyMatch(message -> message.contains("IPFlow diagram viewer"));
        assertThat(console).noneMatch(message -> message.contains("Content Security Policy"));
    }

    private static String classesOf(String elementId) {
        var element = By.cssSelector("#sample [data-element-id=" + elementId + "]");
        return browser.findElement(element).getDomAttribute("class");
    }

    private static ChromeOptions options(Path profile) {
        var logging = new LoggingPreferences();
        logging.enable(LogType.BROWSER, Level.ALL);
        var options = new ChromeOptions()
                .setBinary(CHROMIUM.toFile())
                .addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
                        "--disable-quic", "--no-first-run", "--disable-background-networking",
                        "--disable-component-update", "--disable-sync", "--window-size=1400,900",
                        "--user-data-dir=" + profile);
        options.setCapability("goog:loggingPrefs", logging);
        return options;
    }
}
