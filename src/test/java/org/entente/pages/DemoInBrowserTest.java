package org.entente.pages;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.entente.support.Pages.waiting;

import java.io.InputStream;
import java.net.URI;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.StreamSupport;
import org.entente.support.Browser;
import org.entente.support.Pages;
import org.entente.support.ServerProcess;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.datasource.SimpleDriverDataSource;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The demo as a newcomer meets it: the real server started with the {@code demo} profile (as {@code ./mvnw spring-boot:run}
 * starts it) on a database of its own. The illustrative pledge catalogue is loaded through the pledges' commands, audited as
 * the system, each unit marked illustrative in the API and on the pages, and none of it in the dataset export; with it comes
 * one illustrative request decided to deploy forces, with its statement of requirements. A newcomer goes from the home page
 * to a force package that covers every requirement in a handful of clicks, the planner choosing among the units (leaving out
 * a unit with a no-combat caveat and one that arrives late). A second start adds nothing. Without the profile, none of it
 * is there.
 */
class DemoInBrowserTest {

    private static final String CSTO = "/api/v1/organizations/CSTO";
    private static final JsonMapper JSON = JsonMapper.builder().build();
    /** The clicks a newcomer needs from the home page to a package: sign in (link, submit), CSTO, requests, the request, force generation, run. */
    private static final int MOST_CLICKS = 7;

    private WebDriver browser;
    private int clicks;

    @Test
    void theDemoHoldsIllustrativePledgesAndARequestFromWhichANewcomerGeneratesAPackageInAFewClicks(@TempDir Path directory) throws Exception {
        browser = Browser.availableOrSkip();
        String url = "jdbc:h2:file:" + directory.resolve("entente") + ";MODE=Regular;WRITE_DELAY=0";
        List<String> catalogue = catalogueDesignations();
        String request = null;
        ServerProcess server = started(url, "--spring.profiles.active=demo");
        try {
            String token = token(server);
            // The statement of requirements follows the request's decision, as force generation hears of it.
            await().atMost(Duration.ofSeconds(60)).ignoreExceptions().until(() -> requirementsOf(server, token, demoRequest(server, token)).statusCode() == 200);

            JsonNode pledges = get(server, token, CSTO + "/pledges?size=100");
            List<String> designations = designations(pledges);
            assertThat(designations).as("the catalogue, each unit once").containsExactlyInAnyOrderElementsOf(catalogue);
            assertThat(pledges.path("items")).allSatisfy(pledge -> {
                assertThat(pledge.path("illustrative").asBoolean()).as("%s marked illustrative", pledge.path("designation")).isTrue();
                assertThat(pledge.path("history").path(0).path("by").asString()).isEqualTo("system");
            });
            assertThat(get(server, token, "/api/v1/audit/entries?action=pledge.create&actor=system&size=100").path("totalItems").asInt())
                    .as("each pledge audited as the system").isEqualTo(catalogue.size());
            String export = server.get(CSTO + "/dataset").body();
            assertThat(export).contains("\"forcePools\"").doesNotContainIgnoringCase("illustrative");
            for (String designation : catalogue) {
                assertThat(export).doesNotContain(designation.substring("Illustrative: ".length()));
            }

            request = demoRequest(server, token);
            assertThat(get(server, token, CSTO + "/requests/" + request).path("description").asString()).startsWith("Illustrative: ");
            newcomerGeneratesAPackage(server.uri("/"), request);
            assertThat(clicks).as("clicks from the home page to a package").isLessThanOrEqualTo(MOST_CLICKS);
        } finally {
            try {
                server.stop();
            } finally {
                browser.quit();
            }
        }

        ServerProcess again = started(url, "--spring.profiles.active=demo");
        try {
            String token = token(again);
            assertThat(designations(get(again, token, CSTO + "/pledges?size=100"))).as("a second start adds nothing")
                    .containsExactlyInAnyOrderElementsOf(catalogue);
            assertThat(StreamSupport.stream(get(again, token, CSTO + "/requests?size=100").path("items").spliterator(), false)
                    .filter(item -> item.path("origin").asString("").equalsIgnoreCase("filed")).count()).as("one demo request").isEqualTo(1);
            assertThat(Files.readString(again.log())).contains("Demo: loaded 0 illustrative pledges of CSTO", "Demo: the illustrative request " + request);
        } finally {
            again.stop();
        }
    }

    @Test
    void withoutTheDemoProfileThereIsNoIllustrativePledgeNorRequest(@TempDir Path directory) throws Exception {
        String url = "jdbc:h2:file:" + directory.resolve("entente") + ";MODE=Regular;WRITE_DELAY=0";
        ServerProcess server = started(url);
        try {
            assertThat(server.get("/organizations/CSTO/requests?lang=en").body()).contains("KAZ-2022").doesNotContain("Illustrative");
            assertThat(Files.readString(server.log())).contains("Imported the built-in CSTO dataset").doesNotContain("Demo:");
        } finally {
            server.stop();
        }
        JdbcClient jdbc = JdbcClient.create(new SimpleDriverDataSource(new org.h2.Driver(), url, "entente", ""));
        assertThat(jdbc.sql("select count(*) from pledge").query(Integer.class).single()).isZero();
        assertThat(jdbc.sql("select count(*) from assistance_request").query(Integer.class).single()).isZero();
    }

    /** From the home page, as a newcomer: sign in as the demo's secretariat, find the request, open its force generation, run the planner. */
    private void newcomerGeneratesAPackage(URI home, String request) {
        browser.get(home.resolve("/?lang=en").toString());
        click(By.id("sign-in-link"));
        browser.findElement(By.id("username")).sendKeys("secretariat");
        browser.findElement(By.id("password")).sendKeys("secretariat-demo");
        click(By.id("sign-in"));
        click(By.id("org-CSTO"));
        click(By.id("tab-requests"));
        click(By.cssSelector("#request-" + request + " a"));
        assertThat(browser.findElement(By.tagName("main")).getText()).contains("Illustrative: a demo request, not a sourced record");
        click(By.id("force-generation-link"));
        assertThat(browser.findElements(By.cssSelector("#requirements-table tbody tr"))).as("the demo's requirements, stated").hasSize(3);
        click(By.id("start-planner"));
        waiting(browser).until(ExpectedConditions.textToBe(By.id("job-status"), "finished"));

        var rows = browser.findElements(By.cssSelector("#requirement-lines tbody tr"));
        assertThat(rows).hasSize(3);
        assertThat(browser.findElements(By.cssSelector("#requirement-lines tbody tr.table-warning"))).as("no requirement left short").isEmpty();
        String plan = browser.findElement(By.id("plan-units")).getText();
        assertThat(plan).contains("Illustrative: Kyrgyz mountain rifle battalion")
                .as("the Tajik battalion takes no combat tasks; the Kazakh peacekeeping battalion arrives at 63 h, after the 48 h asked")
                .doesNotContain("Tajik rifle battalion", "Kazakh peacekeeping battalion");
        assertThat(browser.findElement(By.id("plan-units")).findElements(By.className("eta-parts"))).as("each chosen unit's ETA in parts")
                .isNotEmpty().allSatisfy(parts -> assertThat(parts.getText()).matches("notice \\d+ \\+ overhead \\d+ \\+ travel \\d+"));
        assertThat(browser.findElement(By.id("exclusions")).getText()).as("the page says which units it left out and why")
                .contains("Illustrative: Tajik rifle battalion (TJK): takes no combat tasks")
                .contains("Illustrative: Kazakh peacekeeping battalion (KAZ): arrives at 63 h, 15 hours after the limit");
        Browser.screenshot(browser, "demo-force-generation");

        browser.get(home.resolve("/organizations/CSTO/forces/pools/CPF?lang=en").toString());
        assertThat(browser.findElements(By.cssSelector("#pledges-table .illustrative"))).isNotEmpty()
                .allSatisfy(badge -> assertThat(badge.getText()).isEqualTo("illustrative, not a sourced pledge"));
    }

    private void click(By element) {
        Pages.click(browser, element);
        clicks++;
    }

    /** The server, started and ready: its start-up work done (the demo's included), as the readiness probe says. */
    private static ServerProcess started(String url, String... extra) throws Exception {
        var arguments = new ArrayList<>(List.of("--management.endpoint.health.probes.enabled=true"));
        arguments.addAll(List.of(extra));
        ServerProcess server = ServerProcess.start(url, "entente", "", arguments.toArray(String[]::new));
        server.awaitReady();
        await().atMost(Duration.ofSeconds(120)).until(() -> server.get("/actuator/health/readiness").statusCode() == 200);
        return server;
    }

    /** A token of the demo's secretariat account, exchanged for its password as the README says. */
    private static String token(ServerProcess server) throws Exception {
        HttpResponse<String> answer = server.post("/api/v1/tokens/exchange", null, JSON.writeValueAsString(Map.of("username", "secretariat",
                "password", "secretariat-demo", "name", "demo test", "validForDays", 1)));
        assertThat(answer.statusCode()).as(answer.body()).isLessThan(300);
        return JSON.readTree(answer.body()).path("secret").asString();
    }

    /** The id of the demo's request: the one filed in Entente whose description is marked illustrative. */
    private static String demoRequest(ServerProcess server, String token) throws Exception {
        for (JsonNode item : get(server, token, CSTO + "/requests?size=100").path("items")) {
            if (item.path("origin").asString("").equalsIgnoreCase("filed")) {
                String id = item.path("id").asString();
                if (get(server, token, CSTO + "/requests/" + id).path("description").asString("").startsWith("Illustrative: ")) {
                    return id;
                }
            }
        }
        throw new AssertionError("no illustrative request");
    }

    private static HttpResponse<String> requirementsOf(ServerProcess server, String token, String request) throws Exception {
        return server.get(CSTO + "/requests/" + request + "/force-generation/requirements", token);
    }

    private static JsonNode get(ServerProcess server, String token, String path) throws Exception {
        HttpResponse<String> answer = server.get(path, token);
        assertThat(answer.statusCode()).as("%s: %s", path, answer.body()).isEqualTo(200);
        return JSON.readTree(answer.body());
    }

    private static List<String> designations(JsonNode page) {
        return StreamSupport.stream(page.path("items").spliterator(), false).map(item -> item.path("designation").asString()).toList();
    }

    /** The designations of the catalogue the application ships. */
    private static List<String> catalogueDesignations() throws Exception {
        try (InputStream in = DemoInBrowserTest.class.getResourceAsStream("/demo/csto-pledges.json")) {
            return StreamSupport.stream(JSON.readTree(in).path("pledges").spliterator(), false).map(unit -> unit.path("designation").asString()).toList();
        }
    }
}
