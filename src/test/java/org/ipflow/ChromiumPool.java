package org.ipflow;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Map;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.WindowType;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.logging.LogType;
import org.springframework.util.FileSystemUtils;

/**
 * The Chromiums of a test JVM, kept between tests: starting one with its driver costs about three seconds
 * on a two-core machine, and the suite opens a {@link Browser} about a hundred times. A browser given back
 * is wiped before the next test gets it — a fresh tab (no page scripts, no session storage, no emulation),
 * no cookies, no cache, no stored data of the site, the standard window and time-outs, an empty console
 * log — so that a test sees what a newly started browser would show it. One that cannot be wiped is quit.
 */
final class ChromiumPool {

    static final Dimension WINDOW = new Dimension(1400, 900);

    private static final Path CHROMIUM = Path.of("/usr/bin/chromium");
    private static final Path CHROMEDRIVER = Path.of("/usr/bin/chromedriver");
    /** Two with script: SessionExpiryBrowserIT drives two at once. More would only hold memory. */
    private static final int KEPT = 2;

    /** A running Chromium, its driver and its profile directory. */
    record Chromium(ChromeDriver driver, Path profile, boolean script) {

        void quit() {
            try {
                driver.quit();
            } finally {
                FileSystemUtils.deleteRecursively(profile.toFile());
            }
        }
    }

    private static final Map<Boolean, Deque<Chromium>> IDLE = Map.of(true, new ArrayDeque<>(), false, new ArrayDeque<>());

    static {
        Runtime.getRuntime().addShutdownHook(new Thread(ChromiumPool::quitAll));
    }

    private ChromiumPool() {
    }

    static boolean installed() {
        return Files.isExecutable(CHROMIUM) && Files.isExecutable(CHROMEDRIVER);
    }

    /** An idle Chromium, or a newly started one. */
    static Chromium take(boolean script) throws IOException {
        synchronized (IDLE) {
            Chromium idle = IDLE.get(script).pollFirst();
            if (idle != null) {
                return idle;
            }
        }
        return start(script);
    }

    /** Wipes what the test left in the browser (on the site at {@code base}) and keeps it for the next. */
    static void give(Chromium chromium, String base) {
        try {
            wipe(chromium.driver(), base);
        } catch (RuntimeException broken) {
            chromium.quit();
            return;
        }
        synchronized (IDLE) {
            Deque<Chromium> idle = IDLE.get(chromium.script());
            if (idle.size() < KEPT) {
                idle.addFirst(chromium);
                return;
            }
        }
        chromium.quit();
    }

    private static void wipe(ChromeDriver driver, String base) {
        String fresh = driver.switchTo().newWindow(WindowType.TAB).getWindowHandle();
        for (String handle : driver.getWindowHandles()) {
            if (!handle.equals(fresh)) {
                driver.switchTo().window(handle).close();
            }
        }
        driver.switchTo().window(fresh);
        driver.executeCdpCommand("Network.clearBrowserCookies", Map.of());
        driver.executeCdpCommand("Network.clearBrowserCache", Map.of());
        driver.executeCdpCommand("Storage.clearDataForOrigin", Map.of("origin", base, "storageTypes", "all"));
        driver.manage().window().setSize(WINDOW);
        driver.manage().timeouts().scriptTimeout(Duration.ofSeconds(30)).pageLoadTimeout(Duration.ofMinutes(5))
                .implicitlyWait(Duration.ZERO);
        driver.manage().logs().get(LogType.BROWSER);
    }

    private static Chromium start(boolean script) throws IOException {
        Path profile = Files.createTempDirectory("chromium-profile");
        var service = new ChromeDriverService.Builder().usingDriverExecutable(CHROMEDRIVER.toFile()).build();
        var options = new ChromeOptions().setBinary(CHROMIUM.toFile())
                .addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
                        "--disable-quic", "--no-first-run", "--disable-background-networking",
                        "--disable-component-update", "--disable-sync",
                        "--window-size=" + WINDOW.getWidth() + "," + WINDOW.getHeight(), "--user-data-dir=" + profile);
        if (!script) {
            options.addArguments("--blink-settings=scriptEnabled=false");
        }
        // Keeps the console, so that a test can see what a page logged (e.g. a script the CSP refused).
        options.setCapability("goog:loggingPrefs", Map.of("browser", "ALL"));
        return new Chromium(new ChromeDriver(service, options), profile, script);
    }

    private static void quitAll() {
        synchronized (IDLE) {
            IDLE.values().forEach(idle -> idle.forEach(Chromium::quit));
            IDLE.values().forEach(Deque::clear);
        }
    }
}
