package org.entente.pages;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;
import org.entente.support.Browser;
import org.entente.support.CrisisSteps;
import org.entente.support.PageTest;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;

/**
 * Sitreps in headless Chromium, on a mission the crisis cycle reached through the API: a contingent's liaison, signed in,
 * files sitrep 1 on their contingent from the mission's sitreps page; the secretariat, opening its revision form, is told
 * the sitrep is not theirs to revise and is refused; the liaison revises it, and the sitrep's page shows both revisions,
 * the first whole, and what the second changed.
 */
class SitrepsInBrowserTest extends PageTest {

    private static void type(String id, String text) {
        WebElement field = browser.findElement(By.id(id));
        field.clear();
        field.sendKeys(text);
    }

    private static String text(String css) {
        return (String) ((JavascriptExecutor) browser).executeScript("return document.querySelector(arguments[0]).textContent.replace(/\\s+/g, ' ').trim()", css);
    }

    private static String ago(int hours) {
        return Instant.now().truncatedTo(ChronoUnit.SECONDS).minus(hours, ChronoUnit.HOURS).toString();
    }

    @Test
    void aLiaisonFilesSitrepOneTheSecretariatIsRefusedItsRevisionAndTheLiaisonsRevisionShowsBesideTheFirstWithItsChange() {
        String secretariat = tokenFor("sitrep-browser-secretariat-api", "secretariat@CSTO");
        String kazakhs = CrisisSteps.pledged(this, "sitrep-browser", "KAZ", "Sitrep browser test: Kazakh engineers", "eng", 100);
        String tajiks = CrisisSteps.pledged(this, "sitrep-browser", "TJK", "Sitrep browser test: Tajik engineers", "eng", 100);
        try {
            String request = CrisisSteps.decidedToDeploy(this, "sitrep-browser", secretariat);
            CrisisSteps.acceptedAPackage(this, secretariat, request);
            var created = postAs(secretariat, "/api/v1/organizations/CSTO/missions", json().writeValueAsBytes(Map.of("request", request,
                    "name", "Sitrep browser test: border town", "mandate", Map.of("text", "Support the host's engineers", "tasks", List.of("humanitarian_relief")),
                    "forcePool", "CRDF", "theatre", Map.of("area", "Batken Region", "lat", 40.06, "lon", 70.82, "timeZone", "Asia/Bishkek"))));
            assertThat(created.status()).as("%s", created.body()).isEqualTo(201);
            String mission = "/organizations/CSTO/missions/" + created.body().path("id").asString();
            String state = created.body().path("contingents").path(0).path("state").asString();
            assertThat(postAs(secretariat, "/api/v1" + mission + "/sites",
                    json().writeValueAsBytes(Map.of("id", "BATKEN-BRIDGE", "name", "Batken bridge", "task", "humanitarian_relief", "holder", state,
                            "sources", List.of("ART"), "at", ago(48)))).status()).isEqualTo(201);
            account("sitrep-browser-liaison", "liaison@CSTO/" + state);
            account("sitrep-browser-secretariat", "secretariat@CSTO");

            // The liaison files sitrep 1 on their own contingent, from the mission's sitreps page.
            signIn(browser, "sitrep-browser-liaison");
            browser.get(uri(mission + "/sitreps?lang=en").toString());
            waiting(browser).until(ExpectedConditions.presenceOfElementLocated(By.id("sitreps-none")));
            click(browser, By.id("sitrep-new"));
            waiting(browser).until(ExpectedConditions.presenceOfElementLocated(By.id("sitrep-form")));
            assertThat(new Select(browser.findElement(By.id("scope"))).getOptions()).extracting(WebElement::getText)
                    .containsExactly("the contingent of " + state);
            type("from", ago(24));
            type("until", ago(1));
            type("summary", "The engineers left for Batken and took over the bridge.");
            type("milestone-" + state + "-departure", ago(20));
            new Select(browser.findElement(By.id("site-BATKEN-BRIDGE-status"))).selectByValue("secured");
            type("site-BATKEN-BRIDGE-at", ago(6));
            type("incidents", "A lorry broke down near Osh");
            Browser.screenshot(browser, "sitrep-form-liaison");
            click(browser, By.id("sitrep-submit"));
            waiting(browser).until(ExpectedConditions.urlMatches(".*/sitreps/1$"));
            assertThat(text("#revision-1 .scope")).isEqualTo("the contingent of " + state);

            // The secretariat may read it, but a revision keeps the contingent's scope, which is the liaison's.
            signIn(browser, "sitrep-browser-secretariat");
            browser.get(uri(mission + "/sitreps/1?lang=en").toString());
            waiting(browser).until(ExpectedConditions.presenceOfElementLocated(By.id("revision-1")));
            assertThat(browser.findElements(By.id("sitrep-revise"))).isEmpty();
            browser.get(uri(mission + "/sitreps/1/revise?lang=en").toString());
            waiting(browser).until(ExpectedConditions.presenceOfElementLocated(By.id("no-scope")));
            type("summary", "The secretariat's word on the bridge.");
            click(browser, By.id("sitrep-submit"));
            waiting(browser).until(ExpectedConditions.presenceOfElementLocated(By.id("problem")));
            assertThat(browser.findElement(By.id("problem")).getAttribute("data-reason")).isEqualTo("FORBIDDEN");
            assertThat(text("#problem")).contains("is filed by the liaison of " + state);
            Browser.screenshot(browser, "sitrep-revision-refused");

            // The liaison revises it: the page shows both revisions, the first whole, and what the second changed.
            signIn(browser, "sitrep-browser-liaison");
            browser.get(uri(mission + "/sitreps/1?lang=en").toString());
            waiting(browser).until(ExpectedConditions.presenceOfElementLocated(By.id("revision-1")));
            click(browser, By.id("sitrep-revise"));
            waiting(browser).until(ExpectedConditions.presenceOfElementLocated(By.id("sitrep-form")));
            assertThat(browser.findElement(By.id("summary")).getAttribute("value")).isEqualTo("The engineers left for Batken and took over the bridge.");
            type("summary", "The engineers left for Batken; the bridge is secured, the ford is not.");
            type("needs", "Two pontoon sections");
            click(browser, By.id("sitrep-submit"));
            waiting(browser).until(ExpectedConditions.presenceOfElementLocated(By.id("revision-2")));

            assertThat(browser.findElement(By.id("revision-2")).getAttribute("data-current")).isEqualTo("true");
            assertThat(browser.findElement(By.id("revision-1")).getAttribute("data-current")).isEqualTo("false");
            assertThat(text("#revision-1 .summary")).isEqualTo("The engineers left for Batken and took over the bridge.");
            assertThat(browser.findElements(By.cssSelector("#changed-2 .difference")).stream().map(row -> row.getAttribute("data-field")).toList())
                    .containsExactly("summary", "needs");
            assertThat(text("#changed-2 .difference[data-field='summary'] .after")).contains("the ford is not");
            assertThat(text("#changed-2 .difference[data-field='needs'] .after")).contains("Two pontoon sections");
            Browser.screenshot(browser, "sitrep-revisions");
        } finally {
            // The shared built-in record keeps no pledge of this test: other tests plan with the CSTO's pledges.
            postAs(tokenFor("sitrep-browser-liaison-kaz", "liaison@CSTO/KAZ"), "/api/v1/organizations/CSTO/pledges/" + kazakhs + "/withdrawal", new byte[0]);
            postAs(tokenFor("sitrep-browser-liaison-tjk", "liaison@CSTO/TJK"), "/api/v1/organizations/CSTO/pledges/" + tajiks + "/withdrawal", new byte[0]);
        }
    }
}
