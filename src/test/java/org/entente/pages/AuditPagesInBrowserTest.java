package org.entente.pages;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.List;
import org.entente.support.Browser;
import org.entente.support.DatabaseTest;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.crypto.password.PasswordEncoder;

/** Signing in through the real form, and an auditor reading a record's history, in headless Chromium. */
class AuditPagesInBrowserTest extends DatabaseTest {

    private static WebDriver browser;

    @Autowired
    private JdbcClient jdbc;

    @Autowired
    private PasswordEncoder passwords;

    @BeforeAll
    static void startBrowser() {
        browser = Browser.availableOrSkip();
    }

    @AfterAll
    static void stopBrowser() {
        if (browser != null) {
            browser.quit();
        }
    }

    private void signIn(String username, String password) {
        browser.manage().deleteAllCookies();
        browser.get(uri("/sign-in?lang=en").toString());
        browser.findElement(By.id("username")).sendKeys(username);
        browser.findElement(By.id("password")).sendKeys(password);
        browser.findElement(By.id("sign-in")).click();
        new WebDriverWait(browser, Duration.ofSeconds(10)).until(ExpectedConditions.urlToBe(uri("/").toString()));
    }

    private void account(String username, String password, String grant) {
        tokenFor(username, grant);
        jdbc.sql("update account set password_hash = :hash, failed_sign_ins = 0, locked_until = null where username = :u")
                .param("hash", passwords.encode(password)).param("u", username).update();
    }

    @Test
    void anAuditorSignsInAndReadsTheHistoryOfTheCstoRecord() {
        account("browser-observer", "observer password", "observer@CSTO");

        signIn("browser-observer", "observer password");
        assertThat(browser.findElement(By.id("account")).getText()).isEqualTo("browser-observer");
        browser.get(uri("/organizations/CSTO?lang=en").toString());
        browser.findElement(By.id("record-history")).click();
        new WebDriverWait(browser, Duration.ofSeconds(10)).until(ExpectedConditions.presenceOfElementLocated(By.id("audit-entries")));

        assertThat(browser.findElement(By.id("verification")).getText()).contains("intact");
        List<String> rows = browser.findElements(By.cssSelector("#audit-entries tbody tr")).stream().map(row -> row.getText()).toList();
        assertThat(rows).isNotEmpty().allSatisfy(row -> assertThat(row).contains("organization:CSTO"));
        assertThat(rows.getLast()).contains("system").contains("dataset.import");
        Browser.screenshot(browser, "audit-record-history");
    }

    @Test
    void aLiaisonIsNotAnAuditor() {
        account("browser-liaison", "liaison password", "liaison@CSTO/KAZ");

        signIn("browser-liaison", "liaison password");
        browser.get(uri("/audit?lang=en").toString());

        assertThat(browser.findElement(By.tagName("h1")).getText()).startsWith("403");
    }

    @Test
    void someoneNotSignedInIsAskedToSignInFirst() {
        browser.manage().deleteAllCookies();
        browser.get(uri("/audit").toString());

        assertThat(browser.getCurrentUrl()).endsWith("/sign-in");
    }
}
