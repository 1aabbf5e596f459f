package org.entente.support;

import java.net.URI;
import java.time.Duration;
import java.util.function.Function;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebDriverException;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * What every browser test does with the pages, whichever server it reads them from (its own Spring context, as
 * {@link PageTest}, or a {@link ServerProcess}): people with accounts whose password is their name followed by
 * {@code " password"}, who sign in through the sign-in form; clicks; and waits for conditions.
 */
public final class Pages {

    private Pages() {
    }

    /** The password of a page test's {@code username}: the name followed by {@code " password"}. */
    public static String password(String username) {
        return username + " password";
    }

    /** The local account {@code username} with {@code grants}, its password {@link #password(String)}. */
    public static void account(JdbcClient jdbc, String username, String... grants) {
        TestAccounts.localAccount(jdbc, username, password(username), grants);
    }

    /** Signs {@code username} in through the form of the server at {@code home} (its root address), in a fresh session of {@code browser}. */
    public static void signIn(WebDriver browser, URI home, String username) {
        browser.manage().deleteAllCookies();
        browser.get(home.resolve("/sign-in?lang=en").toString());
        browser.findElement(By.id("username")).sendKeys(username);
        browser.findElement(By.id("password")).sendKeys(password(username));
        browser.findElement(By.id("sign-in")).click();
        waiting(browser).until(ExpectedConditions.urlToBe(home.resolve("/").toString()));
    }

    /** Types {@code text} into the field {@code id}, replacing what it held. */
    public static void type(WebDriver browser, String id, String text) {
        WebElement field = browser.findElement(By.id(id));
        field.clear();
        field.sendKeys(text);
    }

    /**
     * From the request page open in {@code browser}, states the requirements ({@code lines} as the form takes them) for a theatre at
     * {@code lat}, {@code lon}, runs the planner for a second and accepts its plan: the package's units as the page lists them.
     */
    public static String acceptPackage(WebDriver browser, String lat, String lon, String lines) {
        browser.get(browser.findElement(By.id("force-generation-link")).getAttribute("href"));
        type(browser, "theatreLat", lat);
        type(browser, "theatreLon", lon);
        type(browser, "lines", lines);
        click(browser, By.id("save-requirements"));
        waiting(browser).until(ExpectedConditions.presenceOfElementLocated(By.id("requirements-table")));
        new Select(browser.findElement(By.id("budgetSeconds"))).selectByValue("1");
        click(browser, By.id("start-planner"));
        waiting(browser).until(ExpectedConditions.textToBe(By.id("job-status"), "finished"));
        click(browser, By.id("accept"));
        return waiting(browser).until(ExpectedConditions.presenceOfElementLocated(By.id("package-units"))).getText();
    }

    /** A mission as its creation form takes it: the request it answers, its name, mandate and one task, and its theatre. */
    public record MissionForm(String request, String name, String mandate, String task, String area, String lat, String lon, String zone) {
    }

    /**
     * Creates {@code mission} from the form of the missions list open in {@code browser}, citing the council's decision, and
     * waits for its page to show it planned; its page's address.
     */
    public static String createMission(WebDriver browser, MissionForm mission) {
        click(browser, By.id("mission-new"));
        waiting(browser).until(ExpectedConditions.presenceOfElementLocated(By.id("create-form")));
        type(browser, "request", mission.request());
        type(browser, "name", mission.name());
        type(browser, "mandate-text", mission.mandate());
        click(browser, By.id("task-" + mission.task()));
        type(browser, "theatre-area", mission.area());
        type(browser, "theatre-lat", mission.lat());
        type(browser, "theatre-lon", mission.lon());
        type(browser, "theatre-zone", mission.zone());
        type(browser, "sources", "council decision");
        click(browser, By.id("create-submit"));
        waiting(browser).until(ExpectedConditions.attributeToBe(By.id("mission-status"), "data-status", "planned"));
        return browser.getCurrentUrl().replaceAll("[?#].*$", "");
    }

    /** Clicks the element, scrolled into the middle of the window at once (Bootstrap's smooth scrolling would move it under the pointer). */
    public static void click(WebDriver browser, By element) {
        // The element may be on the page a click before opens: wait for it to be there rather than look once.
        var target = waiting(browser).until(ExpectedConditions.presenceOfElementLocated(element));
        ((JavascriptExecutor) browser).executeScript("arguments[0].scrollIntoView({block: 'center', behavior: 'instant'})", target);
        waiting(browser).until(ExpectedConditions.elementToBeClickable(target)).click();
    }

    /**
     * Waits up to 30 s for a condition, asking again when the element it read was replaced while it
     * read it: a page that re-renders a block (a live tally, a vote form) can swap a node between
     * Chromium finding it and reading its text, which Chromium reports as an "unhandled inspector
     * error" rather than a stale element.
     */
    public static WebDriverWait waiting(WebDriver browser) {
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
