package org.entente.support;

import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * A page test in a real browser, on the test's own Spring context: people with accounts whose password is their name
 * followed by {@code " password"}, who sign in through the sign-in form ({@link Pages}).
 */
public abstract class PageTest extends DatabaseTest {

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
