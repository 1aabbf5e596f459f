package org.entente.support;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

class BrowserTest {

    private static final String PAGE = """
            <!doctype html>
            <html><head><title>Browser check</title></head><body>
              <p id="status">waiting</p>
              <button id="go" onclick="document.getElementById('status').textContent = 'clicked #' + (1 + 1)">
                Go
              </button>
            </body></html>
            """;

    private WebDriver driver;

    @BeforeEach
    void startBrowser() {
        driver = Browser.availableOrSkip();
    }

    @AfterEach
    void quitBrowser() {
        if (driver != null) driver.quit();
    }

    @Test
    void runsJavaScriptWhenAButtonIsClicked() {
        driver.get(dataUrl(PAGE));
        assertThat(driver.getTitle()).isEqualTo("Browser check");
        assertThat(driver.findElement(By.id("status")).getText()).isEqualTo("waiting");

        driver.findElement(By.id("go")).click();

        new WebDriverWait(driver, Duration.ofSeconds(30))
                .until(ExpectedConditions.textToBe(By.id("status"), "clicked #2"));
    }

    @Test
    void savesAPngScreenshotUnderTarget() throws IOException {
        driver.get(dataUrl(PAGE));

        Path png = Browser.screenshot(driver, "browser-test");

        assertThat(png).isEqualTo(Path.of("target", "screenshots", "browser-test.png"));
        byte[] bytes = Files.readAllBytes(png);
        assertThat(bytes).startsWith(0x89, 'P', 'N', 'G');
    }

    private static String dataUrl(String html) {
        return "data:text/html;charset=utf-8," + URLEncoder.encode(html, StandardCharsets.UTF_8).replace("+", "%20");
    }
}
