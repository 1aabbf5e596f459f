package org.entente.pages;

import static org.assertj.core.api.Assertions.assertThat;

import org.entente.support.Browser;
import org.entente.support.PageTest;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;

/**
 * Standing forces in headless Chromium: the public reads the CSTO's pools with their sources and the
 * disputed strength of the rapid reaction forces, and no pledge; Kazakhstan's liaison, signed in through
 * the form, pledges a medical unit to the peacekeeping forces on the Forces tab, and the pool's page shows
 * it in its chart and its table; the secretariat verifies it, and the chart and the table say so.
 */
class ForcesInBrowserTest extends PageTest {

    private static void type(String id, String text) {
        WebElement field = browser.findElement(By.id(id));
        field.clear();
        field.sendKeys(text);
    }

    /**
     * Clicks {@code element} once it is scrolled to the middle of the window at once: Bootstrap makes scrolling
     * smooth, and a click while the page still moves lands elsewhere.
     */
    private static void click(WebElement element) {
        ((JavascriptExecutor) browser).executeScript("arguments[0].scrollIntoView({block: 'center', behavior: 'instant'});", element);
        waiting(browser).until(ExpectedConditions.elementToBeClickable(element)).click();
    }

    @Test
    void thePublicReadsThePoolsAndTheirDisputedStrengthButNoPledge() {
        browser.manage().deleteAllCookies();
        browser.get(uri("/organizations/CSTO?lang=en").toString());
        browser.findElement(By.id("tab-forces")).click();
        waiting(browser).until(ExpectedConditions.presenceOfElementLocated(By.id("pools-table")));

        assertThat(browser.findElement(By.id("pools-table")).getText())
                .contains("Collective Rapid Deployment Forces", "Collective Peacekeeping Forces", "Collective Rapid Reaction Forces", "about 18,000");
        assertThat(browser.findElement(By.id("pledges-restricted")).getText()).contains("sign in");
        browser.findElement(By.linkText("Collective Rapid Reaction Forces (KSOR)")).click();
        waiting(browser).until(ExpectedConditions.presenceOfElementLocated(By.id("pool-facts")));
        assertThat(browser.findElement(By.id("pool-personnel")).getText()).contains("about 18,000").contains("disputed");
        assertThat(browser.findElement(By.id("pool-disagreements")).getText()).contains("17,000-22,000").contains("Feb 24, 2009");
        assertThat(browser.findElement(By.id("no-goals")).getText()).contains("No capacity goals are recorded");
        assertThat(browser.findElement(By.id("gap-restricted")).getText()).contains("role holders");
        assertThat(browser.findElements(By.id("pledges-table"))).isEmpty();
    }

    @Test
    void aLiaisonPledgesAUnitAndThePoolsChartAndTableShowItAndTheSecretariatVerifiesIt() {
        account("forces-browser-liaison", "liaison@CSTO/KAZ");
        account("forces-browser-secretariat", "secretariat@CSTO");
        String designation = "Medical detachment " + System.nanoTime();

        signIn(browser, "forces-browser-liaison");
        browser.get(uri("/organizations/CSTO?lang=en").toString());
        browser.findElement(By.id("tab-forces")).click();
        waiting(browser).until(ExpectedConditions.elementToBeClickable(By.id("add-pledge"))).click();
        waiting(browser).until(ExpectedConditions.presenceOfElementLocated(By.id("pledge-form")));
        assertThat(new Select(browser.findElement(By.id("state"))).getOptions()).extracting(WebElement::getText).containsExactly("KAZ");
        new Select(browser.findElement(By.id("pool"))).selectByValue("CPF");
        type("designation", designation);
        new Select(browser.findElement(By.id("capability"))).selectByValue("med");
        type("personnel", "120");
        type("noticeToMoveHours", "24");
        new Select(browser.findElement(By.id("transport"))).selectByValue("air");
        type("lat", "43.25");
        type("lon", "76.92");
        browser.findElement(By.id("noCombat")).click();
        type("equipment", "4 field hospital modules\n6 KAMAZ ambulances");
        Browser.screenshot(browser, "pledge-form");
        click(browser.findElement(By.id("pledge-submit")));

        waiting(browser).until(ExpectedConditions.urlContains("/forces/pools/CPF"));
        WebElement row = browser.findElement(By.xpath("//table[@id='pledges-table']//tr[td[contains(., '" + designation + "')]]"));
        assertThat(row.getText()).contains("KAZ", "MED", "120", "4 × field hospital modules", "24 h", "air", "no combat", "pledged");
        WebElement bar = browser.findElement(By.cssSelector("#gap-chart g.gap-row[data-capability='MED'] rect.bar.ready-pledged"));
        assertThat(Integer.parseInt(bar.getAttribute("data-personnel"))).isGreaterThanOrEqualTo(120);
        assertThat(browser.findElement(By.id("gap-MED")).getText()).contains("MED");
        assertThat(browser.findElement(By.id("gap-no-goals")).getText()).contains("No capacity goal is recorded");
        Browser.screenshot(browser, "pool-with-pledge");

        signIn(browser, "forces-browser-secretariat");
        browser.get(uri("/organizations/CSTO/forces/pools/CPF?lang=en").toString());
        String pledgeRow = browser.findElement(By.xpath("//table[@id='pledges-table']//tr[td[contains(., '" + designation + "')]]")).getAttribute("id");
        click(browser.findElement(By.id("verify-" + pledgeRow.substring("pledge-".length()))));
        waiting(browser).until(ExpectedConditions.textToBePresentInElementLocated(By.id(pledgeRow), "verified"));
        assertThat(browser.findElements(By.cssSelector("#gap-chart g.gap-row[data-capability='MED'] rect.bar.ready-verified"))).isNotEmpty();

        browser.get(uri("/organizations/CSTO/forces/map?lang=en").toString());
        assertThat(browser.findElements(By.cssSelector("#bases-map g.base[data-state='KAZ']"))).isNotEmpty();
        assertThat(browser.findElement(By.cssSelector("#bases-map path.map-land")).getAttribute("d")).as("coastlines under the dots").startsWith("M");
        assertThat(browser.findElement(By.cssSelector("#bases-map path.map-borders")).getAttribute("d")).as("borders under the dots").startsWith("M");
        assertThat(browser.findElement(By.id("bases-map-credit")).getText()).contains("Natural Earth").contains("world-atlas");
        assertThat(browser.findElement(By.id("bases-table")).getText()).contains(designation);
        Browser.screenshot(browser, "forces-map");
    }

    @Test
    void theForcesPagesSpeakRussianAndIndonesianWithEveryWordTranslated() {
        account("forces-browser-liaison-languages", "liaison@CSTO/KAZ");
        signIn(browser, "forces-browser-liaison-languages");

        browser.get(uri("/organizations/CSTO/forces?lang=ru").toString());
        assertThat(browser.findElement(By.id("tab-forces")).getText()).isEqualTo("Силы");
        assertThat(browser.findElement(By.id("pools-table")).getText()).contains("оперативное реагирование").doesNotContain("??");
        browser.get(uri("/organizations/CSTO/forces/pools/CRRF?lang=id").toString());
        assertThat(browser.findElement(By.tagName("main")).getText()).contains("Sasaran kapasitas").doesNotContain("??");
        browser.get(uri("/organizations/CSTO/forces/pledges/new?pool=CRRF&lang=ru").toString());
        assertThat(browser.findElement(By.id("pledge-form")).getText()).contains("Широта пункта базирования").doesNotContain("??");
        browser.get(uri("/organizations/CSTO/forces/map?lang=id").toString());
        assertThat(browser.findElement(By.tagName("main")).getText()).contains("Peta pangkalan").doesNotContain("??");
    }
}
