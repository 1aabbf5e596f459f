package org.entente.pages;

import static org.assertj.core.api.Assertions.assertThat;

import org.entente.support.PageTest;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.Keys;
import org.openqa.selenium.support.ui.ExpectedConditions;

/** The search box in every page's header, typed into and sent with Enter as a person does, in a real headless Chromium. */
class SearchInBrowserTest extends PageTest {

    private void searchFromTheHeader(String text) {
        var box = browser.findElement(By.id("header-search-q"));
        box.clear();
        box.sendKeys(text, Keys.ENTER);
        waiting(browser).until(ExpectedConditions.urlContains("/search?"));
    }

    @Test
    void aSearchFromAnOrganizationsPageFindsTheKazakhRequestTheStateAndTheMissionEachLinkedToItsPage() {
        browser.get(uri("/organizations/CSTO/clauses?lang=en").toString());

        searchFromTheHeader("Kazakhstan");

        assertThat(browser.findElement(By.cssSelector("#search-state h2")).getText()).isEqualTo("Member states");
        assertThat(browser.findElement(By.id("hit-state-CSTO-KAZ")).getText()).isEqualTo("Kazakhstan");
        assertThat(browser.findElement(By.id("hit-request-CSTO-KAZ-2022")).getAttribute("href")).endsWith("/organizations/CSTO/requests/KAZ-2022");
        assertThat(browser.findElement(By.id("hit-mission-CSTO-MIS-KAZ-2022")).isDisplayed()).isTrue();
        assertThat(browser.findElement(By.id("search-page-q")).getAttribute("value")).as("the page's form keeps the search").isEqualTo("Kazakhstan");

        click(browser, By.id("hit-request-CSTO-KAZ-2022"));
        waiting(browser).until(ExpectedConditions.urlContains("/organizations/CSTO/requests/KAZ-2022"));
    }

    @Test
    void aSearchFindsAClauseByItsTitleAndLinksToItOnTheClausesPage() {
        browser.get(uri("/?lang=en").toString());

        searchFromTheHeader("collective defence");

        assertThat(browser.findElement(By.cssSelector("#search-clause h2")).getText()).isEqualTo("Clauses and instruments");
        click(browser, By.id("hit-clause-CSTO-CST-ART4"));
        waiting(browser).until(ExpectedConditions.urlContains("/organizations/CSTO/clauses#clause-CST-ART4"));
        assertThat(browser.findElement(By.id("clause-CST-ART4")).isDisplayed()).isTrue();
    }

    @Test
    void inRussianTheBoxTheHeadingsAndTheStatesNameAreRussian() {
        browser.get(uri("/organizations/CSTO?lang=ru").toString());
        assertThat(browser.findElement(By.id("header-search-submit")).getText()).isEqualTo("Найти");

        searchFromTheHeader("Казахстан");

        assertThat(browser.findElement(By.cssSelector("#search-state h2")).getText()).isEqualTo("Государства-члены");
        assertThat(browser.findElement(By.id("hit-state-CSTO-KAZ")).getText()).isEqualTo("Казахстан");
        assertThat(browser.findElement(By.id("hit-request-CSTO-KAZ-2022")).isDisplayed()).isTrue();
        assertThat(browser.findElement(By.id("search-count")).getText()).contains("«Казахстан»");
    }

    @Test
    void nothingFoundAndNothingAskedAreSaidInWords() {
        browser.get(uri("/search?q=qwertyuiopzz&lang=en").toString());
        assertThat(browser.findElement(By.id("search-nothing")).getText()).startsWith("Nothing matches “qwertyuiopzz”");

        browser.get(uri("/search?q=&lang=en").toString());
        assertThat(browser.findElement(By.id("search-empty")).getText()).startsWith("Type a name, code or title");
    }

    @Test
    void aSearchTooLongIsRefusedWithTheFormKeepingIt() {
        String tooLong = "k".repeat(201);
        browser.get(uri("/search?lang=en&q=" + tooLong).toString());

        assertThat(browser.findElement(By.id("search-too-long")).getText()).contains("201").contains("200");
        assertThat(browser.findElement(By.id("search-page-q")).getAttribute("value")).isEqualTo(tooLong);
        assertThat(browser.findElement(By.id("search-page-q")).getAttribute("class")).contains("is-invalid");
    }

    @Test
    void theHeadersSearchButtonReadsOnOneLineOnADesktopAndOnAPhoneInEveryLanguage() {
        Dimension before = browser.manage().window().getSize();
        try {
            for (int width : new int[] {1280, 390}) {
                browser.manage().window().setSize(new Dimension(width, 844));
                for (String language : new String[] {"en", "ru", "id"}) {
                    browser.get(uri("/organizations/CSTO?lang=" + language).toString());
                    Object lines = ((JavascriptExecutor) browser).executeScript("""
                            const range = document.createRange();
                            range.selectNodeContents(document.getElementById('header-search-submit'));
                            return new Set([...range.getClientRects()].map(r => Math.round(r.top))).size;""");
                    assertThat(((Number) lines).intValue()).as("lines of the search button at %d px in %s", width, language).isEqualTo(1);
                }
            }
        } finally {
            browser.manage().window().setSize(before);
        }
    }
}
