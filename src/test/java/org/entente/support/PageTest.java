package org.entente.support;

import java.time.Duration;
import java.util.function.Function;
import org.openqa.selenium.By;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebDriverException;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * A page test in a real browser: people with accounts whose password is their name followed by
 * {@code " password"}, who sign in through the sign-in form.
 */
public abstract class PageTest extends DatabaseTest {

    @Autowired
    private JdbcClient jdbc;

    /** The local account {@code username} with {@code grant}, its password {@code username + " password"}. */
    protected final void account(String username, String grant) {
        TestAccounts.localAccount(jdbc, username, username + " password", grant);
    }

    /** Signs {@code username} in through the form, in a fresh session of {@code browser}. */
    protected final void signIn(WebDriver browser, String username) {
        browser.manage().deleteAllCookies();
        browser.get(uri("/sign-in?lang=en").toString());
        browser.findElement(By.id("username")).sendKeys(username);
        browser.findElement(By.id("password")).sendKeys(username + " password");
        browser.findElement(By.id("sign-in")).click();
        waiting(browser).until(ExpectedConditions.urlToBe(uri("/").toString()));
    }

    /** Clicks the element, scrolled into the middle of the window at once (Bootstrap's smooth scrolling would move it under the pointer). */
    protected static void click(WebDriver browser, By element) {
        var target = browser.findElement(element);
        ((org.openqa.selenium.JavascriptExecutor) browser).executeScript("arguments[0].scrollIntoView({block: 'center', behavior: 'instant'})", target);
        waiting(browser).until(ExpectedConditions.elementToBeClickable(target)).click();
    }

    /**
     * Waits up to 30 s for a condition, asking again when the element it read was replaced while it
     * read it: a page that re-renders a block (a live tally, a vote form) can swap a node between
     * Chromium finding it and reading its text, which Chromium reports as an "unhandled inspector
     * error" rather than a stale element.
     */
    protected static WebDriverWait waiting(WebDriver browser) {
        return new WebDriverWait(browser, Duration.ofSeconds(30)) {
            @Override
            public <V> V until(Function<? super WebDriver, ? extends V> condition) {
                return super.until(driver -> {
                    try {
                        return condition.apply(driver);
                    } catch (WebDriverException e) {
                        if (e instanceof StaleElementReferenceException || replacedWhileRead(e)) {
                            return null;
                        }
                        throw e;
                    }
                });
            }
        };
    }

    private static boolean replacedWhileRead(WebDriverException e) {
        return e.getMessage() != null && e.getMessage().contains("does not belong to the document");
    }
}
