package org.entente.pages;

import static org.assertj.core.api.Assertions.assertThat;

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
 * Forms in headless Chromium that the server refuses: each comes back with every field as typed, the refused field
 * marked with its reason, and a summary at the top; and each states the limits the server enforces before they bite.
 */
class FormsKeepInputInBrowserTest extends PageTest {

    @Test
    void aRefusedRequestComesBackWithItsDescriptionThreatClauseAndSourcesAndTheLongSourceMarkedWithItsLimit() {
        account("keep-liaison", "liaison@CSTO/KAZ");
        signIn(browser, "keep-liaison");
        browser.get(uri("/organizations/CSTO/requests/new?lang=en").toString());
        new Select(browser.findElement(By.id("threat"))).selectByValue("terrorism");
        new Select(browser.findElement(By.id("clause"))).selectByValue("CST-ART4");
        String description = "Armed groups attacked public buildings in Almaty. ".repeat(75).strip();
        // Typed by the page's script: 3,700 keystrokes would only slow the test down.
        ((JavascriptExecutor) browser).executeScript("arguments[0].value = arguments[1]", browser.findElement(By.id("description")), description);
        String longSource = "https://example.org/" + "a".repeat(600);
        browser.findElement(By.id("sources")).sendKeys("Tengrinews, 5 January 2022\n" + longSource + "\nAkorda statement");
        click(browser, By.id("file-submit"));

        waiting(browser).until(ExpectedConditions.presenceOfElementLocated(By.id("problem")));
        assertThat(browser.findElement(By.id("description")).getAttribute("value")).isEqualTo(description);
        assertThat(new Select(browser.findElement(By.id("threat"))).getFirstSelectedOption().getAttribute("value")).isEqualTo("terrorism");
        assertThat(new Select(browser.findElement(By.id("clause"))).getFirstSelectedOption().getAttribute("value")).isEqualTo("CST-ART4");
        assertThat(browser.findElement(By.id("sources")).getAttribute("value")).isEqualTo("Tengrinews, 5 January 2022\n" + longSource + "\nAkorda statement");
        assertThat(browser.findElement(By.id("sources")).getAttribute("class")).contains("is-invalid");
        assertThat(browser.findElement(By.id("description")).getAttribute("class")).doesNotContain("is-invalid");
        WebElement reason = browser.findElement(By.cssSelector(".field-error[data-field='sources']"));
        assertThat(reason.getText()).contains("2").contains("500");
        assertThat(browser.findElement(By.id("problem")).getText()).contains("Sources");
        Browser.screenshot(browser, "request-refused-kept");
    }

    @Test
    void refusedRequirementsComeBackWithTheTheatreAndEveryLineAndTheBadLineMarked() {
        String id = CrisisSteps.decidedToDeploy(this, "keep-fg", tokenFor("keep-fg-secretariat-api", "secretariat@CSTO"));
        account("keep-fg-secretariat", "secretariat@CSTO");
        signIn(browser, "keep-fg-secretariat");
        browser.get(uri("/organizations/CSTO/requests/" + id + "/force-generation?lang=en").toString());
        browser.findElement(By.id("theatreLat")).sendKeys("38.56");
        browser.findElement(By.id("theatreLon")).sendKeys("68.77");
        String lines = "R1 INF 500 2 200\nR2 MED sixty 1 200\nR3 ENG 100 1 96";
        browser.findElement(By.id("lines")).sendKeys(lines);
        click(browser, By.id("save-requirements"));

        waiting(browser).until(ExpectedConditions.presenceOfElementLocated(By.id("problem")));
        assertThat(browser.findElements(By.id("requirements-table"))).as("nothing was saved").isEmpty();
        assertThat(browser.findElement(By.id("theatreLat")).getAttribute("value")).isEqualTo("38.56");
        assertThat(browser.findElement(By.id("theatreLon")).getAttribute("value")).isEqualTo("68.77");
        assertThat(browser.findElement(By.id("lines")).getAttribute("value")).isEqualTo(lines);
        assertThat(browser.findElement(By.id("lines")).getAttribute("class")).contains("is-invalid");
        assertThat(browser.findElement(By.cssSelector(".field-error[data-field='lines']")).getText()).contains("line 2").contains("R2 MED sixty 1 200");
        Browser.screenshot(browser, "requirements-refused-kept");
    }

    @Test
    void aPledgeRefusedByAPolicyComesBackAsTypedWithTheFieldThePolicyIsAboutMarked() {
        account("keep-pledger", "liaison@CSTO/KAZ");
        signIn(browser, "keep-pledger");
        browser.get(uri("/organizations/CSTO/forces/pledges/new?pool=CRRF&lang=en").toString());
        assertThat(browser.findElement(By.id("designation")).getAttribute("maxlength")).isEqualTo("200");
        assertThat(browser.findElement(By.id("personnel-help")).getText()).contains("100,000");
        browser.findElement(By.id("designation")).sendKeys("Kept: 36th air assault brigade");
        new Select(browser.findElement(By.id("capability"))).selectByValue("med");
        browser.findElement(By.id("personnel")).sendKeys("500");
        browser.findElement(By.id("lat")).sendKeys("43.24");
        browser.findElement(By.id("lon")).sendKeys("76.89");
        browser.findElement(By.id("nationalCapPersonnel")).sendKeys("300");
        click(browser, By.id("noCombat"));
        browser.findElement(By.id("equipment")).sendKeys("12 BTR-82A\n4 Ural-4320");
        click(browser, By.id("pledge-submit"));

        waiting(browser).until(ExpectedConditions.presenceOfElementLocated(By.id("problem")));
        assertThat(browser.findElement(By.id("designation")).getAttribute("value")).isEqualTo("Kept: 36th air assault brigade");
        assertThat(new Select(browser.findElement(By.id("capability"))).getFirstSelectedOption().getAttribute("value")).isEqualTo("med");
        assertThat(browser.findElement(By.id("noCombat")).isSelected()).isTrue();
        assertThat(browser.findElement(By.id("equipment")).getAttribute("value")).isEqualTo("12 BTR-82A\n4 Ural-4320");
        assertThat(browser.findElement(By.id("nationalCapPersonnel")).getAttribute("value")).isEqualTo("300");
        assertThat(browser.findElement(By.id("personnel")).getAttribute("class")).contains("is-invalid");
        assertThat(browser.findElement(By.id("designation")).getAttribute("class")).doesNotContain("is-invalid");
        assertThat(browser.findElement(By.cssSelector(".field-error[data-field='personnel']")).getText()).contains("national cap of 300");
    }

    @Test
    void theFormsStateTheirLimitsBeforeAnyError() {
        account("limits-liaison", "liaison@CSTO/KAZ");
        signIn(browser, "limits-liaison");
        browser.get(uri("/organizations/CSTO/requests/new?lang=en").toString());
        assertThat(browser.findElement(By.id("description")).getAttribute("maxlength")).isEqualTo("4000");
        assertThat(browser.findElement(By.id("description-help")).getText()).contains("4,000");
        assertThat(browser.findElement(By.id("sources-help")).getText()).contains("20").contains("500");

        String id = CrisisSteps.decidedToDeploy(this, "limits-fg", tokenFor("limits-fg-secretariat-api", "secretariat@CSTO"));
        account("limits-fg-secretariat", "secretariat@CSTO");
        signIn(browser, "limits-fg-secretariat");
        browser.get(uri("/organizations/CSTO/requests/" + id + "/force-generation?lang=en").toString());
        assertThat(browser.findElement(By.id("theatreLat")).getAttribute("max")).isEqualTo("90");
        assertThat(browser.findElement(By.id("lines-help")).getText()).contains("1,000,000").contains("1,000").contains("8,760");
    }
}
