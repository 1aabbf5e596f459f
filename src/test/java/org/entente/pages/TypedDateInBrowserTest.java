package org.entente.pages;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.stream.StreamSupport;
import org.entente.support.PageTest;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;

/** Date fields that redraw part of a page, typed into key by key as a person does, in a real headless Chromium. */
class TypedDateInBrowserTest extends PageTest {

    @Test
    void typingADateKeyByKeyListsTheMembersOnThatDateAndTheAddressFollows() {
        browser.get(uri("/organizations/CSTO?lang=en").toString());
        WebElement field = browser.findElement(By.id("date-picker"));

        field.sendKeys(keysInTheFieldsOrder("2010", "12", "06"));

        waiting(browser).withMessage(() -> "the members shown after typing 2010-12-06: "
                        + browser.findElement(By.id("members-heading")).getText() + ", the field then holding " + valueOf(By.id("date-picker")))
                .until(ExpectedConditions.attributeToBe(By.id("members-heading"), "data-date", "2010-12-06"));
        assertThat(valueOf(field)).as("the field typed into is still on the page and holds the date typed").isEqualTo("2010-12-06");
        assertThat(memberRows()).isEqualTo(membersFromTheApi("2010-12-06")).isNotEmpty();
        assertThat(browser.getCurrentUrl()).contains("/organizations/CSTO?").contains("date=2010-12-06");
    }

    @Test
    void typingADateKeyByKeyIntoAPoolsGapAnalysisCountsThePledgesValidOnThatDateAndTheAddressFollows() {
        account("typed-date-secretariat", "secretariat@CSTO");
        signIn(browser, "typed-date-secretariat");
        browser.get(uri("/organizations/CSTO/forces/pools/CRRF?lang=en").toString());
        WebElement field = browser.findElement(By.id("gap-date"));

        field.sendKeys(keysInTheFieldsOrder("2010", "12", "06"));

        waiting(browser).withMessage(() -> "the gap analysis after typing 2010-12-06: " + browser.findElement(By.id("gap")).getText()
                        + ", the field then holding " + valueOf(By.id("gap-date")))
                .until(ExpectedConditions.attributeToBe(By.id("gap-empty"), "data-date", "2010-12-06"));
        assertThat(valueOf(field)).as("the field typed into is still on the page and holds the date typed").isEqualTo("2010-12-06");
        assertThat(browser.getCurrentUrl()).contains("/organizations/CSTO/forces/pools/CRRF?").contains("date=2010-12-06");
    }

    /**
     * The digits a person types for the date: Chromium orders the date field's parts (month, day, year) as the
     * browser's locale writes a short date, which {@code Intl.DateTimeFormat} gives without the test guessing it.
     */
    private static String keysInTheFieldsOrder(String year, String month, String day) {
        @SuppressWarnings("unchecked")
        List<String> order = (List<String>) ((JavascriptExecutor) browser).executeScript(
                "return new Intl.DateTimeFormat(navigator.language, {year: 'numeric', month: '2-digit', day: '2-digit'})"
                        + ".formatToParts(new Date(2003, 1, 1)).filter(p => p.type !== 'literal').map(p => p.type);");
        var keys = new StringBuilder();
        for (String part : order) {
            keys.append(switch (part) {
                case "year" -> year;
                case "month" -> month;
                case "day" -> day;
                default -> throw new IllegalStateException("a date field part " + part);
            });
        }
        return keys.toString();
    }

    private static String valueOf(By field) {
        return valueOf(browser.findElement(field));
    }

    private static String valueOf(WebElement field) {
        return (String) ((JavascriptExecutor) browser).executeScript("return arguments[0].value;", field);
    }

    private static List<String> memberRows() {
        return browser.findElements(By.cssSelector("#members-table tbody tr[data-state]")).stream()
                .map(row -> row.getAttribute("data-state") + ":" + row.getAttribute("data-standing"))
                .toList();
    }

    private List<String> membersFromTheApi(String date) {
        var states = get("/api/v1/organizations/CSTO/members?date=" + date).body().path("states");
        return StreamSupport.stream(states.spliterator(), false)
                .map(state -> state.path("state").asString() + ":" + state.path("standing").asString())
                .toList();
    }
}
