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
 * Force generation in headless Chromium: for a request the council decided to deploy forces on (filed,
 * convened, voted and decided through the API, with units pledged by four members), the secretariat
 * writes the statement of requirements, runs the planner, reads its plan explained, accepts it as the
 * force package, drops a unit and re-plans; each step is in the audit trail.
 */
class ForceGenerationInBrowserTest extends PageTest {

    private String decidedToDeploy() {
        return CrisisSteps.decidedToDeploy(this, "fg", tokenFor("fg-secretariat-api", "secretariat@CSTO"), "TJK", "internal_unrest", "Unrest in the south after the floods");
    }

    private void pledge(String state, String designation, String capability, int personnel, double lat, double lon) {
        // The service's pledge body, with the notice, home base and equipment these plans are worked out from.
        Map<String, Object> unit = TestPledges.body(state, designation, capability, personnel);
        unit.put("equipment", List.of());
        unit.put("noticeToMoveHours", 24);
        unit.put("homeBase", Map.of("lat", lat, "lon", lon));
        var answer = postAs(tokenFor("fg-pledger-" + state.toLowerCase(), "liaison@CSTO/" + state), "/api/v1/organizations/CSTO/pledges",
                json().writeValueAsBytes(unit));
        assertThat(answer.status()).as("%s", answer.body()).isEqualTo(201);
    }

    @Test
    void theSecretariatGeneratesInspectsAndAcceptsAForcePackageAndRePlansAfterAUnitDropsOut() {
        String id = decidedToDeploy();
        pledge("RUS", "FG test: Russian airborne battalion", "inf", 400, 55.75, 37.62);
        pledge("BLR", "FG test: Belarusian airborne company", "inf", 150, 53.90, 27.57);
        pledge("KGZ", "FG test: Kyrgyz motor rifle company", "inf", 150, 42.87, 74.59);
        pledge("KAZ", "FG test: Kazakh field hospital", "med", 80, 43.24, 76.89);
        account("fg-secretariat", "secretariat@CSTO");

        signIn(browser, "fg-secretariat");
        browser.get(uri("/organizations/CSTO/requests/" + id + "?lang=en").toString());
        browser.get(browser.findElement(By.id("force-generation-link")).getAttribute("href"));
        browser.findElement(By.id("theatreLat")).sendKeys("38.56");
        browser.findElement(By.id("theatreLon")).sendKeys("68.77");
        browser.findElement(By.id("lines")).sendKeys("R1 INF 500 2 200\nR2 MED 60 1 200");
        click(browser, By.id("save-requirements"));
        waiting(browser).until(ExpectedConditions.presenceOfElementLocated(By.id("requirements-table")));

        // Ten seconds, so that the page still opens on the job at work when the machine is busy.
        new Select(browser.findElement(By.id("budgetSeconds"))).selectByValue("10");
        click(browser, By.id("start-planner"));
        // The job's part of the page is swapped on the stream's first event, which may come between finding the status and reading it.
        String opening = waiting(browser).ignoring(org.openqa.selenium.StaleElementReferenceException.class)
                .until(page -> page.findElement(By.id("job-status")).getText());
        assertThat(opening).as("the page opens on the job still at work").isIn("queued", "running");
        assertThat(browser.findElement(By.id("job-events")).getAttribute("sse-connect")).as("its progress is streamed").endsWith("/events");
        waiting(browser).until(ExpectedConditions.textToBe(By.id("job-status"), "finished"));
        assertThat(browser.findElement(By.id("explanation")).getText()).contains("Covers 100.0% of the personnel required");
        assertThat(browser.findElement(By.id("terms-table")).getText()).contains("personnel short");
        assertThat(browser.findElement(By.id("plan-units")).getText()).contains("FG test: Kazakh field hospital");
        Browser.screenshot(browser, "force-generation-plan");

        click(browser, By.id("accept"));
        waiting(browser).until(ExpectedConditions.presenceOfElementLocated(By.id("package-units")));
        List<String> before = browser.findElements(By.cssSelector("#package-units tbody tr")).stream().map(row -> row.getAttribute("id")).toList();
        assertThat(before).hasSizeGreaterThanOrEqualTo(3);

        String dropped = before.stream().filter(row -> browser.findElement(By.id(row)).getText().contains("FG test: Russian")).findFirst()
                .or(() -> before.stream().findFirst()).orElseThrow().substring("package-".length());
        click(browser, By.id("drop-" + dropped));
        click(browser, By.id("replan"));
        waiting(browser).until(ExpectedConditions.presenceOfElementLocated(By.id("repaired")));
        assertThat(browser.findElements(By.id("package-" + dropped))).as("the dropped unit left the package").isEmpty();
        Browser.screenshot(browser, "force-generation-replanned");

        String auditor = tokenFor("fg-auditor", "observer@CSTO");
        var trail = getAs(auditor, "/api/v1/audit/entries?subject=request:" + id + "&size=100");
        assertThat(trail.body().path("items").findValuesAsString("action"))
                .contains("forcegen.requirements", "forcegen.start", "forcegen.accept", "forcegen.replan");
    }
}
