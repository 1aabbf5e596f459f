package org.entente.pages;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import org.entente.support.Browser;
import org.entente.support.CrisisSteps;
import org.entente.support.PageTest;
import org.entente.support.TestPledges;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;

/**
 * A force package that leaves requirements short, in headless Chromium: "Accept this package" first shows
 * what the plan leaves short and asks to confirm; once accepted short, the package says so and by whom; once
 * its statement of requirements changes, the package is marked out of date, with what changed, in the page's
 * language (issue 13).
 */
class PackageWarningsInBrowserTest extends PageTest {

    private String decidedToDeploy() {
        return CrisisSteps.decidedToDeploy(this, "fgw", tokenFor("fgw-secretariat-api", "secretariat@CSTO"), "KGZ", "internal_unrest", "Unrest on the border after the floods");
    }

    private void pledge(String state, String designation, String capability, int personnel) {
        Map<String, Object> unit = TestPledges.body(state, designation, capability, personnel);
        unit.put("equipment", List.of());
        unit.put("noticeToMoveHours", 24);
        unit.put("homeBase", Map.of("lat", 42.87, "lon", 74.59));
        var answer = postAs(tokenFor("fgw-pledger-" + state.toLowerCase(), "liaison@CSTO/" + state), "/api/v1/organizations/CSTO/pledges",
                json().writeValueAsBytes(unit));
        assertThat(answer.status()).as("%s", answer.body()).isEqualTo(201);
    }

    /** Scrolls {@code element} to the top of the window at once, for the screenshot. */
    private static void shown(By element) {
        ((org.openqa.selenium.JavascriptExecutor) browser).executeScript("arguments[0].scrollIntoView({behavior: 'instant', block: 'start'})",
                browser.findElement(element));
    }

    @Test
    void acceptingAShortPlanAsksToConfirmItsShortfallAndThePackageIsMarkedOutOfDateOnceTheRequirementsChange() {
        String id = decidedToDeploy();
        // Five thousand in logistics (which no other test pledges), of whom one company of 150 is pledged: any plan leaves the requirement short.
        pledge("KGZ", "FGW test: Kyrgyz logistics company", "log", 150);
        account("fgw-secretariat", "secretariat@CSTO");

        signIn(browser, "fgw-secretariat");
        String page = uri("/organizations/CSTO/requests/" + id + "/force-generation").toString();
        browser.get(page + "?lang=en");
        browser.findElement(By.id("theatreLat")).sendKeys("40.5");
        browser.findElement(By.id("theatreLon")).sendKeys("72.8");
        browser.findElement(By.id("lines")).sendKeys("S1 LOG 5000 2 200");
        click(browser, By.id("save-requirements"));
        waiting(browser).until(ExpectedConditions.presenceOfElementLocated(By.id("requirements-table")));
        new Select(browser.findElement(By.id("budgetSeconds"))).selectByValue("1");
        click(browser, By.id("start-planner"));
        waiting(browser).ignoring(org.openqa.selenium.StaleElementReferenceException.class)
                .until(ExpectedConditions.textToBe(By.id("job-status"), "finished"));
        assertThat(browser.findElement(By.id("explanation")).getText()).as("the one Kyrgyz company").contains("; 1 state contributes.");

        click(browser, By.id("accept"));
        waiting(browser).until(ExpectedConditions.presenceOfElementLocated(By.id("confirm-shortfall")));
        assertThat(browser.findElements(By.id("package-units"))).as("nothing is accepted before the shortfall is confirmed").isEmpty();
        assertThat(browser.findElements(By.id("accept"))).as("the confirmation takes the plain button's place").isEmpty();
        assertThat(browser.findElement(By.id("shortfalls")).getText()).isEqualTo("S1 (LOG): 4,850 personnel, 1 unit short");
        shown(By.id("confirm-shortfall"));
        Browser.screenshot(browser, "force-generation-confirm-shortfall");

        click(browser, By.id("accept-short"));
        waiting(browser).until(ExpectedConditions.presenceOfElementLocated(By.id("package-units")));
        assertThat(browser.findElement(By.id("package-short")).getText())
                .contains("Accepted short by fgw-secretariat", "S1 (LOG): 4,850 personnel, 1 unit short");
        assertThat(browser.findElements(By.id("package-out-of-date"))).as("its requirements have not changed").isEmpty();

        browser.findElement(By.id("lines")).clear();
        browser.findElement(By.id("lines")).sendKeys("S1 LOG 150 1 200\nS2 MP 10 1 200");
        click(browser, By.id("save-requirements"));
        waiting(browser).until(ExpectedConditions.presenceOfElementLocated(By.id("package-out-of-date")));
        assertThat(browser.findElement(By.id("package-out-of-date")).getText())
                .contains("Out of date.", "The statement of requirements changed on", "requirement S1 changed", "requirement S2 added");
        shown(By.id("package"));
        Browser.screenshot(browser, "force-generation-package-out-of-date");

        browser.get(page + "?lang=ru");
        assertThat(browser.findElement(By.id("package-out-of-date")).getText()).contains("Устарел.", "изменено требование S1", "добавлено требование S2");
        assertThat(browser.findElement(By.id("package-short")).getText().replace('\u00a0', ' '))
                .contains("Принят с недобором (fgw-secretariat)", "S1 (LOG): не хватает 4 850 чел. и 1 подразделения");
        browser.get(page + "?lang=id");
        assertThat(browser.findElement(By.id("package-out-of-date")).getText()).contains("Kedaluwarsa.", "kebutuhan S2 ditambahkan");
        browser.get(page + "?lang=en");
    }
}
