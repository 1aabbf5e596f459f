package org.entente.pages;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import org.entente.support.Browser;
import org.entente.support.CrisisSteps;
import org.entente.support.PageTest;
import org.entente.support.TestPledges;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;

/**
 * The accepted force package on its map, and the decision and the package printed, in headless Chromium: one route per
 * unit of the package, from its home base to the theatre, titled with the unit and its ETA; with print media emulated
 * (DevTools {@code Emulation.setEmulatedMedia}), the site's header, the tabs, the forms and buttons are gone and the
 * decision, the package and its map remain; and Chromium prints the page to a PDF.
 */
class ExportInBrowserTest extends PageTest {

    private static String request;

    @AfterEach
    void screenMediaAgain() {
        cdp("Emulation.setEmulatedMedia", Map.of("media", ""));
    }

    private static Map<String, Object> cdp(String command, Map<String, Object> parameters) {
        return ((ChromeDriver) browser).executeCdpCommand(command, parameters);
    }

    private void pledge(String state, String designation, double lat, double lon) {
        Map<String, Object> unit = TestPledges.body(state, designation, "eng", 120);
        unit.put("equipment", List.of());
        unit.put("noticeToMoveHours", 12);
        unit.put("homeBase", Map.of("lat", lat, "lon", lon));
        var answer = postAs(tokenFor("export-pledger-" + state.toLowerCase(), "liaison@CSTO/" + state), "/api/v1/organizations/CSTO/pledges",
                json().writeValueAsBytes(unit));
        assertThat(answer.status()).as("%s", answer.body()).isEqualTo(201);
    }

    /** A request decided to deploy, with engineers from Bishkek and Moscow accepted as its package (once for the class). */
    private String withAPackage() {
        if (request == null) {
            String secretariat = tokenFor("export-secretariat-api", "secretariat@CSTO");
            request = CrisisSteps.decidedToDeploy(this, "export", secretariat, "KGZ", "border_incident", "Shelling near Batken");
            pledge("KGZ", "Export test: Kyrgyz sapper company", 42.87, 74.59);
            pledge("RUS", "Export test: Russian engineer company", 55.75, 37.62);
            CrisisSteps.acceptedAPackage(this, secretariat, request);
            account("export-secretariat", "secretariat@CSTO");
            signIn(browser, "export-secretariat");
        }
        return request;
    }

    private void open(String path) {
        browser.get(uri(path + (path.contains("?") ? "&" : "?") + "lang=en").toString());
    }

    private static boolean shown(By element) {
        List<WebElement> found = browser.findElements(element);
        return !found.isEmpty() && found.getFirst().isDisplayed();
    }

    @Test
    void thePackagesMapHasOneRouteFromEachUnitsHomeBaseToTheTheatre() {
        String id = withAPackage();
        open("/organizations/CSTO/requests/" + id + "/force-generation");

        List<String> packageUnits = browser.findElements(By.cssSelector("#package-units tbody tr")).stream()
                .map(row -> row.getAttribute("id").substring("package-".length())).toList();
        List<WebElement> routes = browser.findElements(By.cssSelector("#package-map .package-route"));

        assertThat(packageUnits).as("a package to draw").isNotEmpty();
        assertThat(routes).extracting(route -> route.getAttribute("data-unit")).containsExactlyElementsOf(packageUnits);
        WebElement theatre = browser.findElement(By.cssSelector("#package-map .theatre rect"));
        double theatreX = Double.parseDouble(theatre.getAttribute("x")) + 7;
        for (WebElement route : routes) {
            WebElement line = route.findElement(By.cssSelector("line.route"));
            assertThat(Double.parseDouble(line.getAttribute("x2"))).as("each route ends at the theatre").isEqualTo(theatreX);
            assertThat(line.findElement(By.tagName("title")).getAttribute("textContent")).contains("ETA").contains(route.getAttribute("data-eta"));
        }
        assertThat(browser.findElement(By.cssSelector("#package-map .map-land")).getAttribute("d")).as("on the base map").isNotBlank();
        assertThat(browser.findElements(By.cssSelector("#package-routes tbody tr"))).as("the routes in words").hasSize(routes.size());
        assertThat(browser.findElement(By.id("package-map-legend")).getText()).contains("Theatre").contains("Home base");
        assertThat(browser.findElement(By.id("package-csv")).getAttribute("href")).endsWith("/force-generation/package.csv");
        ((org.openqa.selenium.JavascriptExecutor) browser).executeScript("document.getElementById('package-map-section').scrollIntoView({behavior: 'instant'})");
        Browser.screenshot(browser, "force-generation-package-map");
    }

    @Test
    void thePackagePrintsWithoutTheSitesHeaderTabsAndFormsAndWithItsMap() {
        String id = withAPackage();
        open("/organizations/CSTO/requests/" + id + "/force-generation");
        assertThat(shown(By.cssSelector("header"))).as("on screen, the header is shown").isTrue();
        assertThat(shown(By.id("replan"))).isTrue();

        cdp("Emulation.setEmulatedMedia", Map.of("media", "print"));

        assertThat(shown(By.cssSelector("header"))).as("the site's header").isFalse();
        assertThat(shown(By.cssSelector("nav.nav-tabs"))).as("the tabs").isFalse();
        assertThat(shown(By.id("requirements-form"))).as("the requirements form").isFalse();
        assertThat(shown(By.id("replan"))).as("the re-planning button").isFalse();
        assertThat(shown(By.id("package-csv"))).as("the download").isFalse();
        assertThat(shown(By.id("start-form"))).as("the planner").isFalse();
        assertThat(shown(By.id("package-units"))).as("the package's table, though a form wraps it").isTrue();
        assertThat(shown(By.cssSelector("#package-units tbody input"))).as("without its check boxes").isFalse();
        assertThat(shown(By.id("package-map"))).as("the map").isTrue();
        assertThat(browser.findElement(By.tagName("body")).getCssValue("background-color")).as("white paper").isIn("rgba(255, 255, 255, 1)", "rgb(255, 255, 255)");

        ((org.openqa.selenium.JavascriptExecutor) browser).executeScript("document.getElementById('package').scrollIntoView({behavior: 'instant'})");
        Browser.screenshot(browser, "force-generation-package-print");
        Map<String, Object> pdf = cdp("Page.printToPDF", Map.of("printBackground", false));
        byte[] document = Base64.getDecoder().decode((String) pdf.get("data"));
        writePdf(document);
        assertThat(new String(document, 0, 5, StandardCharsets.US_ASCII)).as("Chromium printed a PDF").isEqualTo("%PDF-");
    }

    /** Keeps the printed PDF beside the screenshots, to look at. */
    private static void writePdf(byte[] document) {
        try {
            java.nio.file.Files.createDirectories(java.nio.file.Path.of("target", "screenshots"));
            java.nio.file.Files.write(java.nio.file.Path.of("target", "screenshots", "force-generation-package.pdf"), document);
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    @Test
    void theDecisionPrintsWithoutTheSitesHeaderTabsAndForms() {
        String id = withAPackage();
        open("/organizations/CSTO/requests/" + id);
        assertThat(shown(By.id("decision"))).isTrue();

        cdp("Emulation.setEmulatedMedia", Map.of("media", "print"));

        assertThat(shown(By.cssSelector("header"))).as("the site's header").isFalse();
        assertThat(shown(By.cssSelector("nav.nav-tabs"))).as("the tabs").isFalse();
        assertThat(browser.findElements(By.tagName("form")).stream().anyMatch(WebElement::isDisplayed)).as("any form").isFalse();
        assertThat(browser.findElements(By.tagName("button")).stream().anyMatch(WebElement::isDisplayed)).as("any button").isFalse();
        assertThat(shown(By.id("decision"))).as("the decision").isTrue();
        assertThat(browser.findElement(By.id("decision")).getCssValue("color")).as("black on white").isIn("rgba(0, 0, 0, 1)", "rgb(0, 0, 0)");
        Browser.screenshot(browser, "request-decision-print");
    }
}
