package org.feedwatch.it;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Base64;
import java.util.Map;
import org.junit.jupiter.api.extension.AfterEachCallback;
import org.junit.jupiter.api.extension.AfterTestExecutionCallback;
import org.junit.jupiter.api.extension.BeforeEachCallback;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebDriverException;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * Debian's headless Chromium for a test, as a JUnit 5 extension ({@code @RegisterExtension}): a fresh browser per
 * test, the page (screenshot and source) saved under {@code it.screenshots} when the test fails, the browser quit
 * afterwards. The browser and its driver are the system's (/usr/bin): Selenium Manager is never asked to download
 * one, and a machine without them fails the test with the command that installs them, never skips it.
 */
final class Browser implements BeforeEachCallback, AfterTestExecutionCallback, AfterEachCallback {

    static final Dimension DESKTOP = new Dimension(1280, 900);
    static final Dimension PHONE = new Dimension(390, 844);

    private static final Path CHROMIUM = Path.of(System.getProperty("it.chromium", "/usr/bin/chromium"));
    private static final Path CHROMEDRIVER = Path.of(System.getProperty("it.chromedriver", "/usr/bin/chromedriver"));

    private final Path screenshots = Path.of(System.getProperty("it.screenshots", "target/screenshots"));
    private ChromeDriver driver;
    private String test = "test";
    private String step = "start";

    @Override
    public void beforeEach(ExtensionContext context) {
        test = context.getRequiredTestClass().getSimpleName() + "-" + context.getRequiredTestMethod().getName();
        step = "start";
        if (!Files.isExecutable(CHROMIUM) || !Files.isExecutable(CHROMEDRIVER)) {
            throw new IllegalStateException("Browser tests need Debian's Chromium and its driver (" + CHROMIUM + ", "
                    + CHROMEDRIVER + "); install them with: apt-get install chromium chromium-driver");
        }
        System.setProperty("webdriver.chrome.driver", CHROMEDRIVER.toString());
        ChromeOptions options = new ChromeOptions().setBinary(CHROMIUM.toFile())
                .addArguments("--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking",
                        "--disable-dev-shm-usage", "--lang=en-GB",
                        "--window-size=" + DESKTOP.getWidth() + "," + DESKTOP.getHeight());
        driver = new ChromeDriver(new ChromeDriverService.Builder().usingDriverExecutable(CHROMEDRIVER.toFile())
                .build(), options);
        driver.manage().timeouts().pageLoadTimeout(Duration.ofSeconds(30));
    }

    @Override
    public void afterTestExecution(ExtensionContext context) {
        if (driver != null && context.getExecutionException().isPresent()) {
            try {
                save(step + "-failed");
            } catch (RuntimeException e) { // the browser may be what broke; the test's own failure matters more
                context.getExecutionException().get().addSuppressed(e);
            }
        }
    }

    @Override
    public void afterEach(ExtensionContext context) {
        if (driver != null) {
            driver.quit();
            driver = null;
        }
    }

    ChromeDriver driver() {
        return driver;
    }

    /** Opens a URL, naming the step for the screenshots taken from now on. */
    void open(String stepName, String url) {
        step = stepName;
        driver.get(url);
    }

    /** Names what the test does next: a failure's screenshot carries this name. */
    void step(String stepName) {
        step = stepName;
    }

    /** The whole page at the desktop and the phone size (then back to desktop): {@code <test>-<step>-<size>.png}. */
    void screenshotBothSizes() {
        resize(PHONE);
        save(step + "-phone");
        resize(DESKTOP);
        save(step + "-desktop");
    }

    void resize(Dimension size) {
        driver.manage().window().setSize(size);
    }

    /** Saves the full page as PNG and its current DOM as HTML. */
    void save(String name) {
        try {
            Files.createDirectories(screenshots);
            Files.write(screenshots.resolve(test + "-" + name + ".png"), fullPage());
            Files.writeString(screenshots.resolve(test + "-" + name + ".html"), driver.getPageSource(),
                    StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Beyond the viewport through DevTools, so a long page is seen whole; the visible part if that fails. */
    private byte[] fullPage() {
        try {
            Number width = (Number) ((JavascriptExecutor) driver).executeScript("return window.innerWidth");
            Number height = (Number) ((JavascriptExecutor) driver)
                    .executeScript("return Math.max(document.documentElement.scrollHeight, window.innerHeight)");
            Map<String, Object> shot = driver.executeCdpCommand("Page.captureScreenshot", Map.of("format", "png",
                    "captureBeyondViewport", true, "clip", Map.of("x", 0, "y", 0, "width", width,
                            "height", height, "scale", 1)));
            return Base64.getDecoder().decode((String) shot.get("data"));
        } catch (RuntimeException e) {
            return driver.getScreenshotAs(OutputType.BYTES);
        }
    }

    /**
     * Clicks something that loads another page, and waits until the old page is gone and the new one complete.
     * Gone means stale, or (chromedriver, while the page is swapped) "node does not belong to the document".
     */
    static void clickAndWait(WebDriver driver, WebElement element) {
        element.click();
        new WebDriverWait(driver, Duration.ofSeconds(15)).until(d -> {
            try {
                element.isEnabled();
                return false;
            } catch (StaleElementReferenceException e) {
                return true;
            } catch (WebDriverException e) {
                return e.getMessage() != null && e.getMessage().contains("does not belong to the document");
            }
        });
        new WebDriverWait(driver, Duration.ofSeconds(15)).ignoring(StaleElementReferenceException.class)
                .until(d -> "complete".equals(((JavascriptExecutor) d).executeScript("return document.readyState")));
    }

    /** Screenshots at both sizes first (they are wanted even when a check fails), then the page checks. */
    void checkAndScreenshot() {
        screenshotBothSizes();
        PageChecks.accessible(driver);
        PageChecks.everythingFocusableWithTab(driver);
        resize(PHONE);
        PageChecks.noSidewaysScrolling(driver);
        resize(DESKTOP);
    }
}
