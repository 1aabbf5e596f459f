package org.entente.support;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * A page test in a real browser ({@link #browser}, one Chromium per test class), on the test's own Spring context: people
 * with accounts whose password is their name followed by {@code " password"}, who sign in through the sign-in form ({@link Pages}).
 */
public abstract class PageTest extends DatabaseTest {

    /** The class's browser: one Chromium for all its tests, quit after them (they are skipped where none is installed). */
    protected static WebDriver browser;

    @BeforeAll
    static void startBrowser() {
        browser = Browser.availableOrSkip();
    }

    @AfterAll
    static void stopBrowser() {
        if (browser != null) {
            browser.quit();
            browser = null;
        }
    }

    @Autowired
    private JdbcClient jdbc;

    /** The local account {@code username} with {@code grant}, its password {@code username + " password"}. */
    protected final void account(String username, String grant) {
        Pages.account(jdbc, username, grant);
    }

    /** Signs {@code username} in through the form, in a fresh session of {@code browser}. */
    protected final void signIn(WebDriver browser, String username) {
        Pages.signIn(browser, uri("/"), username);
    }

    /** {@link Pages#click}. */
    protected static void click(WebDriver browser, By element) {
        Pages.click(browser, element);
    }

    /** {@link Pages#waiting}. */
    protected static WebDriverWait waiting(WebDriver browser) {
        return Pages.waiting(browser);
    }
}
