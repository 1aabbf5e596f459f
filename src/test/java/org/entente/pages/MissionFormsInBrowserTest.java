package org.entente.pages;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import org.entente.support.CrisisSteps;
import org.entente.support.PageTest;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * The missions' forms in headless Chromium: the secretariat creates the mission of a decided request whose force package
 * was accepted and gives the order to move, and a contributing state's liaison reports their contingent's departure,
 * each through the pages' forms.
 */
class MissionFormsInBrowserTest extends PageTest {

    @Autowired
    private Clock clock;

    private static void type(String id, String text) {
        browser.findElement(By.id(id)).sendKeys(text);
    }

    /** Sets an input's value as the browser's own picker would (a datetime-local field takes keys in the machine's locale). */
    private static void set(By input, String value) {
        ((JavascriptExecutor) browser).executeScript("arguments[0].value = arguments[1]", browser.findElement(input), value);
    }

    @Test
    void theSecretariatCreatesTheMissionAndGivesTheOrderToMoveAndALiaisonReportsTheirContingentsDeparture() {
        String token = tokenFor("mfb-secretariat-api", "secretariat@CSTO");
        String request = CrisisSteps.decidedToDeploy(this, "mfb", token);
        String kazakhs = CrisisSteps.pledged(this, "mfb", "KAZ", "Forms test: Kazakh engineers", "eng", 100);
        String tajiks = CrisisSteps.pledged(this, "mfb", "TJK", "Forms test: Tajik engineers", "eng", 100);
        try {
            CrisisSteps.acceptedAPackage(this, token, request);

            account("mfb-secretariat", "secretariat@CSTO");
            signIn(browser, "mfb-secretariat");
            browser.get(uri("/organizations/CSTO/missions?lang=en").toString());
            click(browser, By.id("mission-new"));
            waiting(browser).until(ExpectedConditions.presenceOfElementLocated(By.id("create-form")));
            type("request", request);
            type("name", "Forms test: border town");
            type("mandate-text", "Support the host's engineers in the border town");
            click(browser, By.id("task-humanitarian_relief"));
            type("theatre-area", "Batken Region");
            type("theatre-lat", "40.06");
            type("theatre-lon", "70.82");
            type("theatre-zone", "Asia/Bishkek");
            type("sources", "council decision");
            click(browser, By.id("create-submit"));
            waiting(browser).until(ExpectedConditions.attributeToBe(By.id("mission-status"), "data-status", "planned"));
            String mission = browser.getCurrentUrl().replaceAll("[?#].*$", "");
            assertThat(browser.findElements(By.cssSelector("#contingents .contingent")).stream().map(card -> card.getAttribute("data-state")).toList())
                    .containsExactly("KAZ", "TJK");

            type("status-sources", "order of the council");
            click(browser, By.id("step-deploying"));
            waiting(browser).until(ExpectedConditions.attributeToBe(By.id("mission-status"), "data-status", "deploying"));
            assertThat(browser.findElements(By.id("step-deploying"))).isEmpty();
            assertThat(browser.findElements(By.id("step-deployed"))).hasSize(1);

            account("mfb-liaison-kaz-pages", "liaison@CSTO/KAZ");
            signIn(browser, "mfb-liaison-kaz-pages");
            browser.get(mission + "?lang=en");
            waiting(browser).until(ExpectedConditions.presenceOfElementLocated(By.id("milestone-form-KAZ")));
            assertThat(browser.findElements(By.id("milestone-form-TJK"))).as("not their state's contingent").isEmpty();
            assertThat(browser.findElements(By.id("status-form"))).isEmpty();
            String departed = clock.instant().truncatedTo(ChronoUnit.MINUTES).atOffset(ZoneOffset.UTC).format(DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm"));
            set(By.id("milestone-at-KAZ"), departed);
            type("milestone-sources-KAZ", "Kazakh liaison");
            click(browser, By.id("milestone-submit-KAZ"));
            By departure = By.cssSelector("#contingent-KAZ tr[data-milestone='departure']");
            // The reported time reads as a date and time in the page's language; the ISO instant is the <time>'s datetime.
            waiting(browser).until(ExpectedConditions.attributeContains(By.cssSelector("#contingent-KAZ tr[data-milestone='departure'] td:nth-child(3) time"),
                    "datetime", departed.substring(0, 10)));
            assertThat(browser.findElement(departure).getText()).contains("mfb-liaison-kaz-pages");
        } finally {
            // The shared built-in record keeps no pledge of this test: other tests plan with the CSTO's pledges.
            postAs(tokenFor("mfb-liaison-kaz", "liaison@CSTO/KAZ"), "/api/v1/organizations/CSTO/pledges/" + kazakhs + "/withdrawal", new byte[0]);
            postAs(tokenFor("mfb-liaison-tjk", "liaison@CSTO/TJK"), "/api/v1/organizations/CSTO/pledges/" + tajiks + "/withdrawal", new byte[0]);
        }
    }
}
