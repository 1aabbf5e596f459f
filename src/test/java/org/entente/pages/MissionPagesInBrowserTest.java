package org.entente.pages;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.entente.support.Browser;
import org.entente.support.PageTest;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;

/**
 * The Kazakhstan 2022 mission's page in headless Chromium, in English, Russian and Indonesian: who went and how many by
 * every source, who commanded, on what legal basis and where the sources disagree on it, the casualty headlines with their
 * sources and the CSTO's report of no losses, the Gantt chart and the map; and the after-action view as known on 8 and on
 * 20 January 2022.
 */
class MissionPagesInBrowserTest extends PageTest {

    private static final String MISSION = "/organizations/CSTO/missions/MIS-KAZ-2022";

    private void open(String path) {
        browser.get(uri(path).toString());
        waiting(browser).until(ExpectedConditions.presenceOfElementLocated(By.id("mission-status")));
    }

    private static WebElement find(String css) {
        return browser.findElement(By.cssSelector(css));
    }

    private static List<String> attributes(String css, String attribute) {
        return browser.findElements(By.cssSelector(css)).stream().map(element -> element.getAttribute(attribute)).toList();
    }

    private static String text(String css) {
        return (String) ((JavascriptExecutor) browser).executeScript("return document.querySelector(arguments[0]).textContent.replace(/\\s+/g, ' ').trim()", css);
    }

    /** A screenshot of the page scrolled to the section {@code id}. */
    private static void screenshotOf(String id, String name) {
        ((JavascriptExecutor) browser).executeScript("document.getElementById(arguments[0]).scrollIntoView({block: 'start', behavior: 'instant'})", id);
        Browser.screenshot(browser, name);
    }

    @Test
    void theMissionPageShowsEveryFactWithItsSourcesAndTheDisagreementsInEachLanguage() {
        for (String language : List.of("en", "ru", "id")) {
            open(MISSION + "?lang=" + language);

            assertThat(find("html").getAttribute("lang")).isEqualTo(language);
            assertThat(find("#mission-status").getAttribute("data-status")).isEqualTo("withdrawn");
            assertThat(browser.findElements(By.cssSelector("#contributors a")).stream().map(WebElement::getText).toList())
                    .containsExactly("ARM", "BLR", "KGZ", "RUS", "TJK");
            // Armenia's 100 preferred, the early 70 beside it.
            assertThat(attributes("#strength-ARM .strength-preferred .count", "data-value")).containsExactly("100");
            assertThat(attributes("#strength-ARM .strength-others .count", "data-value")).containsExactly("70");
            // Belarus: not published, with the estimate of about 500 beside it.
            assertThat(attributes("#strength-BLR .strength-preferred .count", "data-value")).containsExactly((String) null);
            assertThat(attributes("#strength-BLR .strength-others .count", "data-value")).containsExactly("500");
            assertThat(attributes("#strength-BLR .strength-others .count", "data-bound")).containsExactly("about");
            // The force: about 2,030 reported, with 2,500 announced and the article's "more than 2,500" beside it: never a sum.
            assertThat(attributes("#force-strength .strength-preferred .count", "data-value")).containsExactly("2030");
            assertThat(attributes("#force-strength .strength-others .count", "data-value")).containsExactly("2500", "2500");
            assertThat(attributes("#force-strength .strength-others .count", "data-bound")).containsExactly("exactly", "more_than");
            assertThat(attributes("#force-strength .sources a", "title")).contains("SPUTNIK_2022_01_06", "ART", "REUTERS_IT_2022");
            assertThat(text("#commander")).contains("Serdyukov");
            assertThat(attributes("#commander .sources a", "title")).contains("TASS_SERDYUKOV");
            assertThat(attributes("#equipment-claims .equipment-claim", "data-name")).contains("BMD-4", "Leer-3").hasSize(5);
            // The legal basis, Article 4, and the register's disagreement about it shown here too.
            assertThat(find("#legal-basis-clause").getAttribute("href")).endsWith("/organizations/CSTO/clauses#clause-CST-ART4");
            assertThat(text("#legal-basis-clause")).contains("4");
            assertThat(attributes("#basis-disagreements a", "href")).anyMatch(href -> href.endsWith("/organizations/CSTO/sources#disagreement-DIS-KAZ-LEGAL-BASIS"))
                    .anyMatch(href -> href.endsWith("/organizations/CSTO/sources#disagreement-DIS-KAZ-DECISION-DATE"));
            // The casualty headlines with their sources, and the CSTO's no losses apart.
            assertThat(attributes("#casualties .headline", "id")).contains("headline-killed-all", "headline-killed-security_forces",
                    "headline-killed-protesters", "headline-injured-all");
            assertThat(attributes("#headline-killed-all .headline-figure .count", "data-value")).containsExactly("225");
            assertThat(attributes("#headline-killed-all .headline-figure a.badge", "href")).allMatch(href -> href.contains("/organizations/CSTO/sources#source-"))
                    .anyMatch(href -> href.endsWith("#source-AP_2022_01_15"));
            assertThat(attributes("#headline-killed-all circle.revision", "data-figure")).containsExactly("KAZ-164", "KAZ-225");
            assertThat(attributes("#loss-killed-mission_personnel .headline-figure .count", "data-value")).containsExactly("0");
            assertThat(attributes("#loss-killed-mission_personnel .sources a", "title")).contains("SBBY_2022_01_20");
            // The Gantt chart: the mission and its five contingents; the month-only "deployed" step drawn fuzzy.
            assertThat(attributes("#gantt .gantt-row", "data-state")).containsExactly("mission", "ARM", "BLR", "KGZ", "RUS", "TJK");
            assertThat(find("#gantt .gantt-row[data-state='mission'] .step-mark[data-status='deployed']").getAttribute("data-fuzzy")).isEqualTo("true");
            assertThat(find("#gantt .gantt-row[data-state='RUS'] .bar-actual").getAttribute("data-until")).isEqualTo("2022-01-19");
            // The map: the theatre at Almaty, with Natural Earth's credit.
            assertThat(find("#mission-map .theatre").getAttribute("data-lat")).startsWith("43.2");
            assertThat(find("#mission-map-credit").getText()).contains("Natural Earth");
            Browser.screenshot(browser, "mission-kaz-2022-" + language);
        }
        assertThat(text("#strength-BLR .strength-preferred")).contains("tidak dipublikasikan");
        open(MISSION + "?lang=en");
        for (String section : List.of("strength-section", "contingents-section", "gantt-section", "map-section", "casualties", "mission-losses")) {
            screenshotOf(section, "mission-kaz-2022-en-" + section);
        }
        assertThat(text("#strength-BLR .strength-preferred")).contains("not published");
        assertThat(text("#strength-BLR .strength-others")).contains("about 500");
        assertThat(text("#force-strength .strength-preferred")).contains("about 2,030");
        assertThat(text("#force-strength .strength-others")).contains("2,500").contains("more than 2,500");
        assertThat(text("#strength-ARM .strength-preferred")).contains("100");
        assertThat(text("#loss-killed-mission_personnel .headline-figure")).contains("CSTO");
    }

    @Test
    void theAfterActionViewShowsTheMissionAsKnownOnADayWithABannerAndAWayBack() {
        open(MISSION + "?lang=en&at=2022-01-08");

        assertThat(find("#mission-status").getAttribute("data-status")).isEqualTo("deploying");
        assertThat(find("#as-known").getText()).contains("As known at 2022-01-08");
        assertThat(attributes("#force-strength .strength-preferred .count", "data-value")).containsExactly("2500");
        assertThat(text("#commander")).doesNotContain("Serdyukov");
        assertThat(find("#gantt .gantt-row[data-state='mission'] .bar-actual").getAttribute("data-open")).isEqualTo("true");
        Browser.screenshot(browser, "mission-kaz-2022-as-known-2022-01-08");

        open(MISSION + "?lang=en&at=2022-01-20");
        assertThat(find("#mission-status").getAttribute("data-status")).isEqualTo("withdrawn");
        assertThat(attributes("#force-strength .strength-preferred .count", "data-value")).containsExactly("2030");
        assertThat(text("#force-strength .strength-preferred")).contains("about 2,030");

        find("#as-known-back").click();
        waiting(browser).until(ExpectedConditions.urlMatches(".*/missions/MIS-KAZ-2022$"));
        assertThat(browser.findElements(By.id("as-known"))).isEmpty();
    }

    @Test
    void theAfterActionSelectorReadsTheDayPicked() {
        open(MISSION + "?lang=en");
        ((JavascriptExecutor) browser).executeScript("document.getElementById('at').value = '2022-01-08'");
        find("#after-action-show").click();

        waiting(browser).until(ExpectedConditions.presenceOfElementLocated(By.id("as-known")));
        assertThat(find("#mission-status").getAttribute("data-status")).isEqualTo("deploying");
    }

    @Test
    void theListLeadsToTheMissionFromTheOrganizationsTabs() {
        browser.get(uri("/organizations/CSTO?lang=en").toString());
        find("#tab-missions").click();
        waiting(browser).until(ExpectedConditions.presenceOfElementLocated(By.id("missions-table")));
        Browser.screenshot(browser, "missions-csto");

        find("#mission-MIS-KAZ-2022 a").click();
        waiting(browser).until(ExpectedConditions.presenceOfElementLocated(By.id("mission-status")));
        assertThat(browser.getCurrentUrl()).contains("/organizations/CSTO/missions/MIS-KAZ-2022");
    }

    @Test
    void theMissionPageFitsAPhoneWithoutScrollingSideways() {
        Dimension wide = browser.manage().window().getSize();
        try {
            browser.manage().window().setSize(new Dimension(390, 844));
            open(MISSION + "?lang=ru");
            long overflow = (Long) ((JavascriptExecutor) browser).executeScript(
                    "return document.documentElement.scrollWidth - document.documentElement.clientWidth");
            assertThat(overflow).isLessThanOrEqualTo(0);
            Browser.screenshot(browser, "mission-kaz-2022-phone");
        } finally {
            browser.manage().window().setSize(wide);
        }
    }
}
