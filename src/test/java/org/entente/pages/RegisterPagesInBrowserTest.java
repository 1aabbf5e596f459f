package org.entente.pages;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import org.entente.support.Browser;
import org.entente.support.PageTest;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;

/** The register's pages as a person uses them, in a real headless Chromium against the running application (on H2). */
class RegisterPagesInBrowserTest extends PageTest {

    private void open(String path) {
        browser.get(uri(path).toString());
    }

    private List<String> memberRows() {
        return browser.findElements(By.cssSelector("#members-table tbody tr[data-state]")).stream()
                .map(row -> row.getAttribute("data-state") + ":" + row.getAttribute("data-standing"))
                .toList();
    }

    @Test
    void newcomerReachesTheCstoMembershipTimelineFromTheHomePage() {
        open("/?lang=en");
        browser.findElement(By.id("org-CSTO")).click();
        waiting(browser).until(ExpectedConditions.presenceOfElementLocated(By.id("membership-timeline")));

        List<String> rows = browser.findElements(By.cssSelector("#membership-timeline .state-row")).stream()
                .map(row -> row.getAttribute("data-state"))
                .toList();
        assertThat(rows).containsExactly("ARM", "AZE", "BLR", "GEO", "KAZ", "KGZ", "RUS", "TJK", "UZB");
        assertThat(standingsDrawn("UZB")).containsExactly("member", "member", "suspended_pending_decision", "suspended");
        assertThat(standingsDrawn("ARM")).containsExactly("member", "participation_frozen");
        assertThat(standingsDrawn("AZE")).containsExactly("member");
        Browser.screenshot(browser, "csto-timeline");
    }

    private List<String> standingsDrawn(String state) {
        return browser.findElements(By.cssSelector(".state-row[data-state='" + state + "'] rect.segment")).stream()
                .map(segment -> segment.getAttribute("data-standing"))
                .toList();
    }

    @Test
    void datePickerListsTheMembersOnThatDateWithoutReloadingThePage() {
        open("/organizations/CSTO?lang=en");
        WebElement timeline = browser.findElement(By.id("membership-timeline"));

        pickDate("2000-01-01");
        assertThat(memberRows()).containsExactly("ARM:member", "BLR:member", "KAZ:member", "KGZ:member", "RUS:member", "TJK:member");

        pickDate("2012-09-01");
        assertThat(memberRows()).contains("UZB:suspended_pending_decision").hasSize(7);

        pickDate("2024-06-01");
        assertThat(memberRows()).contains("ARM:participation_frozen", "UZB:suspended");
        assertThat(browser.findElement(By.id("members-count")).getText()).isEqualTo("7 states listed: 6 members, 1 not a member");
        assertThat(timeline.isDisplayed()).as("the page was not reloaded: the timeline element is the same").isTrue();
    }

    private void pickDate(String isoDate) {
        WebElement picker = browser.findElement(By.id("date-picker"));
        ((JavascriptExecutor) browser).executeScript(
                "arguments[0].value = arguments[1]; arguments[0].dispatchEvent(new Event('change', {bubbles: true}));", picker, isoDate);
        waiting(browser).until(ExpectedConditions.attributeToBe(By.id("members-heading"), "data-date", isoDate));
    }

    @Test
    void everyPageSwitchesBetweenEnglishRussianAndIndonesian() {
        open("/organizations/CSTO?lang=en");
        assertThat(browser.findElement(By.id("timeline-heading")).getText()).isEqualTo("Membership timeline");

        browser.findElement(By.id("lang-ru")).click();
        waiting(browser).until(ExpectedConditions.textToBe(By.id("timeline-heading"), "Хронология членства"));

        open("/organizations/CSTO/clauses");
        assertThat(browser.findElement(By.tagName("html")).getAttribute("lang")).isEqualTo("ru");
        assertThat(browser.findElement(By.cssSelector(".nav-tabs .active")).getText()).isEqualTo("Документы и статьи");

        browser.findElement(By.id("lang-id")).click();
        waiting(browser).until(ExpectedConditions.textToBe(By.cssSelector(".nav-tabs .active"), "Instrumen dan pasal"));

        open("/organizations/CSTO/states/KAZ");
        assertThat(browser.findElement(By.tagName("h1")).getText()).startsWith("Kazakhstan");
        assertThat(browser.findElement(By.tagName("body")).getText()).contains("Riwayat di CSTO");
        open("/?lang=en");
    }

    @Test
    void switchingLanguageKeepsTheDateAsked() {
        open("/organizations/CSTO?date=2000-01-01&lang=en");

        browser.findElement(By.id("lang-ru")).click();
        waiting(browser).until(ExpectedConditions.textToBe(By.id("timeline-heading"), "Хронология членства"));

        assertThat(browser.getCurrentUrl()).contains("date=2000-01-01").contains("lang=ru");
        assertThat(browser.findElement(By.id("members-heading")).getAttribute("data-date")).isEqualTo("2000-01-01");
        assertThat(browser.findElement(By.id("members-heading")).getText()).as("the day in Russian").contains("1 янв. 2000");
        open("/?lang=en");
    }

    @Test
    void aPageOfTheRegisterAsItStoodKeepsThatInstantOnEveryLink() {
        String instant = Instant.now().truncatedTo(ChronoUnit.SECONDS).toString();
        open("/organizations/CSTO?lang=en&recordedAt=" + instant);
        assertThat(browser.findElement(By.cssSelector("#as-recorded [title]")).getAttribute("title")).isEqualTo(instant);
        assertThat(browser.findElement(By.id("as-recorded")).getText()).contains("UTC").doesNotContain(instant);

        browser.findElement(By.linkText("Sources and disagreements")).click();
        waiting(browser).until(ExpectedConditions.urlContains("/sources"));
        assertThat(browser.getCurrentUrl()).contains("recordedAt=" + instant);
        assertThat(browser.findElement(By.id("as-recorded")).isDisplayed()).isTrue();

        browser.findElement(By.linkText("Membership")).click();
        waiting(browser).until(ExpectedConditions.presenceOfElementLocated(By.id("membership-timeline")));
        browser.findElement(By.cssSelector(".state-row[data-state='KAZ'] a")).click();
        waiting(browser).until(ExpectedConditions.urlContains("/states/KAZ"));
        assertThat(browser.getCurrentUrl()).contains("recordedAt=" + instant);
    }

    @Test
    void beforeTheRegisterHeldTheOrganizationItsPagesSayNotFound() {
        open("/organizations/CSTO?lang=en&recordedAt=2000-01-01T00:00:00Z");

        assertThat(browser.findElement(By.tagName("h1")).getText()).startsWith("404");
        assertThat(browser.findElement(By.tagName("body")).getText()).contains("There is nothing at this address");
    }

    @Test
    void sourcesPageShowsEachSourceWithTheFactsItSupportsAndHighlightsDisagreements() {
        open("/organizations/CSTO/sources?lang=en");
        WebElement belarus = browser.findElements(By.cssSelector(".disagreement")).stream()
                .filter(card -> card.getText().contains("Dec 31, 1993") && card.getText().contains("May 15, 1992"))
                .findFirst()
                .orElseThrow(() -> new AssertionError("no disagreement on Belarus as a 1992 founder"));
        assertThat(belarus.findElement(By.cssSelector(".claim-preferred")).getText()).as("a claimed day in words").contains("Dec 31, 1993");
        assertThat(belarus.findElement(By.cssSelector(".claim-other")).getText()).contains("May 15, 1992");
        assertThat(belarus.findElement(By.cssSelector(".claim-other .sources a")).getAttribute("title")).isEqualTo("ART");

        WebElement article = browser.findElement(By.id("source-ART"));
        assertThat(article.getAttribute("class")).contains("source-disputed");
        assertThat(article.getText()).contains("in disagreements");

        WebElement treatyText = browser.findElement(By.id("source-CSTO_28Y"));
        assertThat(treatyText.findElements(By.cssSelector(".source-supports [title='membershipEvent:EV-ARM-SIGN-1992']"))).hasSize(1);
    }

    @Test
    void statePageTellsTheStatesHistoryFromItsEvents() {
        open("/organizations/CSTO/states/UZB?lang=en");
        List<String> standings = browser.findElements(By.cssSelector("#standing-periods tbody tr[data-standing]")).stream()
                .map(row -> row.getAttribute("data-standing") + " " + row.findElements(By.tagName("td")).get(1).getText()
                        + " " + row.findElements(By.tagName("td")).get(2).getText())
                .toList();
        assertThat(standings).containsExactly(
                "member May 15, 1992 Apr 20, 1999",
                "member Jun 23, 2006 Jun 28, 2012",
                "suspended_pending_decision Jun 28, 2012 Dec 19, 2012",
                "suspended Dec 19, 2012 ongoing");
    }

    @Test
    void clausesPageShowsEachClauseWithItsPeriodInForce() {
        open("/organizations/CSTO/clauses?lang=en");
        WebElement collectiveDefence = browser.findElements(By.cssSelector("#clauses-table tbody tr")).stream()
                .filter(row -> row.getText().contains("collective defence"))
                .findFirst()
                .orElseThrow(() -> new AssertionError("no collective defence clause"));
        assertThat(collectiveDefence.getText()).contains("Apr 20, 1994 – ongoing").contains("in force today");
    }

    @Test
    void instrumentsTabShowsTheTreatysCodingsInTheAllianceDatasetsWithTheirCautionsInEachLanguage() {
        open("/organizations/CSTO/clauses?lang=en");
        String codings = browser.findElement(By.id("codings-CST-1992")).getText();
        assertThat(codings).contains("Correlates of War").contains("Type I: defense pact").contains("UN Treaty no. 32307")
                .contains("Moldova, Turkmenistan and Ukraine");
        assertThat(codings).contains("ATOP").contains("defense").contains("Article 4").contains("not verified")
                .contains("NOT checked against the ATOP codesheet");
        assertThat(browser.findElements(By.id("codings-CHARTER-2002"))).as("only the treaty is coded").isEmpty();

        open("/organizations/CSTO/clauses?lang=ru");
        assertThat(browser.findElement(By.id("codings-CST-1992")).getText()).contains("Тип I: оборонительный союз");
        open("/organizations/CSTO/clauses?lang=id");
        assertThat(browser.findElement(By.id("codings-CST-1992")).getText()).contains("Tipe I: pakta pertahanan");
        open("/?lang=en");
    }
}
