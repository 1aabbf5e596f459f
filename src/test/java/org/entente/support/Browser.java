package org.entente.support;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.logging.Level;
import java.util.logging.Logger;
import java.util.stream.Stream;
import org.junit.jupiter.api.Assumptions;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;

/**
 * Headless Chromium for page tests: Debian's {@code chromium} and {@code chromedriver} packages,
 * used by explicit path so that Selenium Manager never downloads a browser or driver.
 *
 * <p>Each {@link #start()} gets a fresh profile directory, deleted when the JVM exits. Callers
 * own the returned driver and must {@code quit()} it.
 */
public final class Browser {

    public static final Path CHROMIUM = Path.of("/usr/bin/chromium");
    public static final Path CHROMEDRIVER = Path.of("/usr/bin/chromedriver");
    private static final Path SCREENSHOTS = Path.of("target", "screenshots");
    private static final List<Path> PROFILES = new CopyOnWriteArrayList<>();

    /**
     * Selenium warns on every start when Debian's Chromium is newer than the DevTools (CDP) bindings
     * it ships; page tests do not use CDP. Held in a field because java.util.logging forgets the
     * level of loggers that are garbage collected.
     */
    private static final List<Logger> CDP_WARNINGS_SILENCED = Stream.of(
                    "org.openqa.selenium.devtools.CdpVersionFinder", "org.openqa.selenium.chromium.ChromiumDriver")
            .map(Logger::getLogger)
            .peek(logger -> logger.setLevel(Level.SEVERE))
            .toList();

    static {
        Runtime.getRuntime().addShutdownHook(new Thread(() -> PROFILES.forEach(TempFiles::deleteRecursively),
                "browser-profiles-cleanup"));
    }

    private Browser() {}

    /** Starts headless Chromium; fails if Chromium or its driver is missing or does not start. */
    public static WebDriver start() {
        for (Path executable : List.of(CHROMIUM, CHROMEDRIVER)) {
            if (!Files.isExecutable(executable)) {
                throw new IllegalStateException(executable + " is missing; install Debian's chromium and "
                        + "chromium-driver packages (apt-get install -y chromium chromium-driver)");
            }
        }
        Path profile = createProfileDirectory();
        ChromeOptions options = new ChromeOptions();
        options.setBinary(CHROMIUM.toFile());
        options.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
                "--disable-quic", "--no-first-run", "--disable-background-networking",
                "--disable-component-update", "--disable-sync", "--user-data-dir=" + profile,
                "--window-size=1400,1000");
        ChromeDriverService service = new ChromeDriverService.Builder()
                .usingDriverExecutable(CHROMEDRIVER.toFile())
                .usingAnyFreePort()
                .build();
        return new ChromeDriver(service, options);
    }

    /** {@link #start()}, or skips the calling test if the browser is unavailable; with CI=true it fails. */
    public static WebDriver availableOrSkip() {
        try {
            return start();
        } catch (RuntimeException e) {
            if ("true".equalsIgnoreCase(System.getenv("CI"))) throw e;
            return Assumptions.abort("Headless Chromium is not available here: " + e.getMessage());
        }
    }

    /** Saves a PNG of the current viewport to {@code target/screenshots/<name>.png} and returns its path. */
    public static Path screenshot(WebDriver driver, String name) {
        try {
            Files.createDirectories(SCREENSHOTS);
            Path png = SCREENSHOTS.resolve(name + ".png");
            Path taken = ((TakesScreenshot) driver).getScreenshotAs(OutputType.FILE).toPath();
            Files.move(taken, png, StandardCopyOption.REPLACE_EXISTING);
            return png;
        } catch (IOException e) {
            throw new UncheckedIOException("Could not save screenshot " + name, e);
        }
    }

    private static Path createProfileDirectory() {
        try {
            Path profile = Files.createTempDirectory("entente-chromium-");
            PROFILES.add(profile);
            return profile;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

}
