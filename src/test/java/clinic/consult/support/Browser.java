package clinic.consult.support;

import static org.assertj.core.api.Assertions.assertThat;

import com.deque.html.axecore.selenium.AxeBuilder;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import org.junit.jupiter.api.Assumptions;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.Keys;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * Debian's Chromium, headless, driven by its ChromeDriver, on the service the tests started; axe-core checks each page
 * against WCAG 2.2 AA. {@link #open()} skips the test, saying so, where Chromium is not installed.
 */
public final class Browser implements AutoCloseable {

    private static final Path CHROMIUM = Path.of("/usr/bin/chromium");
    private static final Path DRIVER = Path.of("/usr/bin/chromedriver");
    private static final Path SHOTS = Path.of("docs/screenshots");

    private final ChromeDriver driver;
    private final WebDriverWait wait;

    private Browser(ChromeDriver driver) {
        this.driver = driver;
        this.wait = new WebDriverWait(driver, Duration.ofSeconds(15));
    }

    public static Browser open() {
        var present = Files.isExecutable(CHROMIUM) && Files.isExecutable(DRIVER);
        if (!present) {
            System.err.println("SKIPPED browser tests: no " + CHROMIUM + " and " + DRIVER
                    + " (apt-get install chromium chromium-driver; .ci/run installs them)");
        }
        Assumptions.assumeTrue(present, "Chromium and ChromeDriver are not installed: browser tests skipped");
        var options = new ChromeOptions();
        options.setBinary(CHROMIUM.toFile());
        // no network but this machine's: Chromium's own background calls would only be refused
        options.addArguments(
                "--headless=new",
                "--no-sandbox",
                "--disable-gpu",
                "--disable-quic",
                "--no-first-run",
                "--disable-background-networking",
                "--disable-component-update",
                "--disable-sync",
                "--disable-dev-shm-usage",
                "--lang=en-US");
        var logging = new org.openqa.selenium.logging.LoggingPreferences();
        logging.enable(org.openqa.selenium.logging.LogType.BROWSER, java.util.logging.Level.ALL);
        options.setCapability("goog:loggingPrefs", logging);
        var service = new ChromeDriverService.Builder()
                .usingDriverExecutable(DRIVER.toFile())
                .build();
        return new Browser(new ChromeDriver(service, options));
    }

    public void size(int width) {
        driver.manage().window().setSize(new Dimension(width, width < 600 ? 812 : 900));
    }

    public void open(String path) {
        driver.get("http://localhost:" + io.restassured.RestAssured.port + path);
    }

    public void reload() {
        driver.navigate().refresh();
    }

    public String url() {
        return driver.getCurrentUrl();
    }

    public void type(String name, String text) {
        driver.findElement(By.name(name)).sendKeys(text);
    }

    public void keys(By where, Keys key) {
        wait.until(ExpectedConditions.elementToBeClickable(where)).sendKeys(key);
    }

    public void visible(String id) {
        try {
            wait.until(ExpectedConditions.visibilityOfElementLocated(By.id(id)));
        } catch (org.openqa.selenium.TimeoutException e) {
            throw new AssertionError(
                    "#" + id + " never showed on " + url() + "; the page said: "
                            + driver.findElements(By.id("status")).stream()
                                    .map(status -> status.getText())
                                    .toList()
                            + "; its console: "
                            + driver.manage()
                                    .logs()
                                    .get(org.openqa.selenium.logging.LogType.BROWSER)
                                    .getAll(),
                    e);
        }
    }

    public void waitForText(String id, String text) {
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id(id), text));
    }

    /** The name of the element that has the keyboard focus. */
    public String focusedName() {
        return driver.switchTo().activeElement().getDomAttribute("name");
    }

    public String text(String id) {
        return driver.findElement(By.id(id)).getText();
    }

    /** axe-core's WCAG 2.0-2.2 A and AA rules on the page as it is now: none may fail. */
    public void noAccessibilityViolations(String what) {
        var results = new AxeBuilder()
                .withTags(java.util.List.of("wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22aa"))
                .analyze(driver);
        assertThat(results.getViolations())
                .as("axe-core on " + what)
                .extracting(rule -> rule.getId() + ": " + rule.getNodes().size() + " element(s)")
                .isEmpty();
    }

    /** A screenshot for docs/screenshots, named after the page and the width. */
    public void shot(String name, int width) {
        try {
            Files.createDirectories(SHOTS);
            Files.write(
                    SHOTS.resolve(name + (width < 600 ? "-mobile" : "-desktop") + ".png"),
                    driver.getScreenshotAs(OutputType.BYTES));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public void close() {
        driver.quit();
    }
}
