package org.entente.pages;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import org.entente.support.Browser;
import org.entente.support.PageTest;
import org.entente.support.Pages;
import org.entente.support.TestPledges;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.TimeoutException;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedCondition;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;
import tools.jackson.databind.JsonNode;

/**
 * The Kazakhstan 2022 replay in headless Chromium, on a compressed clock (issue 17): an exercise of the CSTO made for
 * {@code REPLAY-KAZ-2022} with its clock stopped, moved by its secretariat (through the API) to each step's world time. The
 * request arrives as an inject on the exercise's page; Kazakhstan's liaison files it two hours in; the council is convened, the
 * six representatives of January 2022 vote and the session is closed at 30 h (history: 24 h); the secretariat states the
 * requirements, runs the planner and accepts the package, creates the mission and orders it to move; the contingent's liaison
 * reports its arrival at 40 h, the force is deployed at 48 h; the sitrep inject of 10 January arrives and the secretariat files a
 * sitrep six hours later; the drawdown starts at 180 h (history: 192 h), the mission is withdrawn at 336 h (history's); the
 * sitrep inject of 20 January arrives and the liaison files a sitrep 20 hours later. Every step is taken through the pages,
 * each person signed in through the form. The after-action page then shows each step against history (late, ahead, on time,
 * no history for the package), each inject's answer (in time, late) and the package beside history's contingents. The real
 * CSTO's lists and counts (requests, missions, pledges, organizations, a search, the requests and missions pages) are read before
 * the exercise is made and after all this, and must be the same.
 */
class ExerciseReplayInBrowserTest extends PageTest {

    private static final String SCENARIO = "REPLAY-KAZ-2022";
    private static final String CSTO_API = "/api/v1/organizations/CSTO";
    /** The members of January 2022, each with a vote in the exercise's council (Armenia's participation was frozen only in 2024). */
    private static final List<String> VOTERS = List.of("ARM", "BLR", "KAZ", "KGZ", "RUS", "TJK");
    private static final DateTimeFormatter PICKER = DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm").withZone(ZoneOffset.UTC);
    /** A word only this test's exercise writes: the real record's search must never find it. */
    private static final String MARK = "Zhetysu" + Long.toString(System.nanoTime(), 36);

    private String code;
    private String exerciseApi;
    private Instant start;
    private String director;

    @Test
    void theKazakhstanReplayRunsOnACompressedClockThroughThePagesAndItsAfterActionReportComparesEachStepWithHistory() {
        String realSecretariat = tokenFor("replay-browser-real-secretariat", "secretariat@CSTO");
        Map<String, Object> before = realRecord(realSecretariat);

        // Set-up through the API: the exercise, its clock stopped at the replay's start, and units pledged inside it.
        director = tokenFor("replay-browser-director", "secretariat@CSTO");
        Answer created = postAs(director, CSTO_API + "/exercises",
                json().writeValueAsBytes(Map.of("title", "Replay drill " + MARK, "scenario", SCENARIO, "speed", 0)));
        assertThat(created.status()).as("%s", created.body()).isEqualTo(201);
        code = created.body().path("code").asString();
        exerciseApi = "/api/v1/organizations/" + code;
        start = Instant.parse(created.body().path("scenario").path("world").asString());
        assertThat(start).isEqualTo(Instant.parse("2022-01-05T00:00:00Z"));
        pledge("RUS", "Replay drill: Russian airborne battalion", 400, 54.63, 39.74);
        pledge("KGZ", "Replay drill: Kyrgyz motor rifle company", 150, 42.87, 74.59);
        onlyTheseUnitsArePledged();
        account("replay-secretariat", "secretariat@" + code);
        account("replay-liaison-kaz", "liaison@" + code + "/KAZ");
        VOTERS.forEach(state -> account("replay-rep-" + state.toLowerCase(), "council_representative@" + code + "/" + state));

        // The request arrives on the exercise's page, at the start.
        signIn(browser, "replay-secretariat");
        injectArrives("request-KAZ-2022");
        WebElement arrived = browser.findElement(By.cssSelector("li.inject[data-inject='request-KAZ-2022']"));
        assertThat(arrived.findElement(By.className("inject-expects")).getText()).contains("request filed");
        assertThat(browser.findElements(By.cssSelector("li.inject[data-inject^='sitrep-']"))).as("the reports are days away").isEmpty();
        Browser.screenshot(browser, "replay-request-arrives");

        // 2 h: Kazakhstan's liaison files the request.
        worldAt(2);
        signIn(browser, "replay-liaison-kaz");
        page("/requests");
        click(browser, By.id("file-request"));
        new Select(waiting(browser).until(ExpectedConditions.presenceOfElementLocated(By.id("threat")))).selectByValue("terrorism");
        waiting(browser).until(ExpectedConditions.textMatches(By.id("proposed-clause"), Pattern.compile("\\S")));
        type("description", "EXERCISE (" + MARK + "). Armed groups attacked public buildings in Almaty.");
        click(browser, By.id("file-submit"));
        waiting(browser).until(ExpectedConditions.textToBe(By.id("request-status"), "filed"));
        String requestPage = browser.getCurrentUrl().replaceAll("[?#].*$", "");
        String request = requestPage.substring(requestPage.lastIndexOf('/') + 1);
        assertThat(request).as("numbered within the exercise").startsWith(code + "-KAZ-");

        // 28 h: the council is convened and the six representatives vote; 30 h: the session is closed.
        worldAt(28);
        signIn(browser, "replay-secretariat");
        browser.get(requestPage + "?lang=en");
        new Select(browser.findElement(By.id("motion"))).selectByValue("deploy_forces");
        click(browser, By.id("convene"));
        waiting(browser).until(ExpectedConditions.textToBe(By.id("request-status"), "under consultation"));
        for (String state : VOTERS) {
            signIn(browser, "replay-rep-" + state.toLowerCase());
            browser.get(requestPage + "?lang=en");
            new Select(browser.findElement(By.id("vote-choice-" + state))).selectByValue("for");
            click(browser, By.id("cast-vote-" + state));
            waiting(browser).until(ExpectedConditions.textToBePresentInElementLocated(By.id("vote-" + state), "for"));
        }
        worldAt(30);
        signIn(browser, "replay-secretariat");
        browser.get(requestPage + "?lang=en");
        click(browser, By.id("close-session"));
        waiting(browser).until(ExpectedConditions.presenceOfElementLocated(By.id("decision")));
        assertThat(browser.findElement(By.id("decision")).getText()).contains("Decision: deploy forces");

        // 36 h: the secretariat generates and accepts the force package, creates the mission and orders it to move.
        worldAt(36);
        browser.get(requestPage + "?lang=en");
        assertThat(Pages.acceptPackage(browser, "43.24", "76.89", "R1 INF 550 2 200")).contains("Replay drill: Russian airborne battalion",
                "Replay drill: Kyrgyz motor rifle company");

        page("/missions");
        String mission = Pages.createMission(browser, new Pages.MissionForm(request, "Replay drill: Almaty",
                "Protect important state and military facilities in Almaty", "protect_sites", "Almaty and Almaty Region", "43.24", "76.89", "Asia/Almaty"));
        assertThat(attributes("#contingents .contingent", "data-state")).containsExactlyInAnyOrder("KGZ", "RUS");
        moveTo("deploying");

        // 40 h: the Russian liaison reports their contingent's arrival; 48 h: the force is deployed.
        worldAt(40);
        account("replay-liaison-rus", "liaison@" + code + "/RUS");
        signIn(browser, "replay-liaison-rus");
        browser.get(mission + "?lang=en");
        waiting(browser).until(ExpectedConditions.presenceOfElementLocated(By.id("milestone-form-RUS")));
        new Select(browser.findElement(By.id("milestone-RUS"))).selectByValue("arrival");
        set(By.id("milestone-at-RUS"), PICKER.format(Instant.now()));
        type("milestone-sources-RUS", "Russian liaison's report");
        click(browser, By.id("milestone-submit-RUS"));
        done(ExpectedConditions.textMatches(By.cssSelector("#contingent-RUS tr[data-milestone='arrival']"), Pattern.compile("replay-liaison-rus")),
                "the Russian arrival");
        worldAt(48);
        signIn(browser, "replay-secretariat");
        browser.get(mission + "?lang=en");
        moveTo("deployed");

        // 120 h: the report of 10 January arrives; 126 h: the secretariat files a sitrep on the mission.
        worldAt(120);
        injectArrives("sitrep-2022-01-10");
        assertThat(browser.findElement(By.cssSelector("li.inject[data-inject='sitrep-2022-01-10'] .inject-expects")).getText()).contains("sitrep");
        worldAt(126);
        browser.get(mission + "/sitreps/new?lang=en");
        waiting(browser).until(ExpectedConditions.presenceOfElementLocated(By.id("sitrep-form")));
        type("from", ago(24));
        type("until", ago(1));
        type("summary", "Replay drill: the force holds the airport and the administration buildings; 164 dead reported by the ministry.");
        click(browser, By.id("sitrep-submit"));
        waiting(browser).until(ExpectedConditions.urlMatches(".*/sitreps/1$"));

        // 180 h: the drawdown starts, half a day before history's; 336 h: the mission is withdrawn, as history was.
        worldAt(180);
        browser.get(mission + "?lang=en");
        moveTo("drawing_down");
        worldAt(336);
        moveTo("withdrawn");
        assertThat(attributes("#history li", "data-status")).containsExactly("planned", "deploying", "deployed", "drawing_down", "withdrawn");

        // 360 h: the report of 20 January arrives; 380 h: the Russian liaison files a sitrep on their contingent, 8 h after its time.
        worldAt(360);
        injectArrives("sitrep-2022-01-20");
        worldAt(380);
        signIn(browser, "replay-liaison-rus");
        browser.get(mission + "/sitreps/new?lang=en");
        waiting(browser).until(ExpectedConditions.presenceOfElementLocated(By.id("sitrep-form")));
        type("from", ago(24));
        type("until", ago(1));
        type("summary", "Replay drill: the Russian contingent is home; no losses.");
        click(browser, By.id("sitrep-submit"));
        waiting(browser).until(ExpectedConditions.urlMatches(".*/sitreps/2$"));

        // The after-action report, from the exercise's page: each step against history, each inject's answer, the force.
        signIn(browser, "replay-secretariat");
        page("/exercise");
        browser.get(browser.findElement(By.id("after-action-link")).getAttribute("href"));
        waiting(browser).until(ExpectedConditions.presenceOfElementLocated(By.id("after-action-steps")));
        assertThat(text("#after-action-about")).contains(SCENARIO, "KAZ-2022");
        assertThat(step("decision")).containsExactly("late", "Council decision", "1 d", "1 d 6 h", "6 h late");
        assertThat(step("package")).containsExactly("no_history", "Force package accepted", "not in the scenario", "1 d 12 h",
                "history gives no time for this step");
        assertThat(step("first_arrival")).containsExactly("late", "First contingent arrives", "1 d", "1 d 16 h", "16 h late");
        assertThat(step("full_strength")).containsExactly("late", "Force at full strength", "1 d", "2 d", "1 d late");
        assertThat(step("withdrawal_start")).containsExactly("ahead", "Withdrawal starts", "8 d", "7 d 12 h", "12 h ahead");
        assertThat(step("withdrawal_end")).containsExactly("on_time", "Withdrawal complete", "14 d", "14 d", "on time");
        assertThat(inject("request-KAZ-2022")).containsExactly("answered", "answered after 2 h");
        assertThat(inject("sitrep-2022-01-10")).containsExactly("answered", "answered after 6 h");
        assertThat(inject("sitrep-2022-01-20")).containsExactly("late", "answered after 20 h: 8 h late");
        assertThat(text("#after-action-force")).contains("The package accepted for request " + request, "History: the contingents of mission MIS-KAZ-2022");
        assertThat(attributes("#after-action-force tr[data-state]", "data-state")).containsExactlyInAnyOrder("ARM", "BLR", "KGZ", "RUS", "TJK");
        assertThat(text("#after-action-force tr[data-state='RUS'] td")).as("one unit, singular").startsWith("1 unit, ").endsWith(", 400 personnel");
        assertThat(text("#after-action-force tr[data-state='KGZ'] td")).startsWith("1 unit, ").endsWith(", 150 personnel");
        assertThat(text("#after-action-force tr[data-state='KGZ'] td:last-child")).contains("strength 150");
        assertThat(text("#after-action-force tr[data-state='ARM'] td")).startsWith("0 units").endsWith(", 0 personnel");
        Browser.screenshot(browser, "replay-after-action");

        // The API gives the same comparison in ISO-8601 durations of world time.
        Answer report = getAs(director, exerciseApi + "/after-action");
        assertThat(report.status()).as("%s", report.body()).isEqualTo(200);
        Map<String, String> steps = new LinkedHashMap<>();
        report.body().path("steps").forEach(step -> steps.put(step.path("step").asString(),
                words(step.path("history")) + " " + words(step.path("exercise")) + " " + step.path("standing").asString()));
        assertThat(steps).containsExactly(Map.entry("decision", "PT24H PT30H late"), Map.entry("package", "null PT36H no_history"),
                Map.entry("first_arrival", "PT24H PT40H late"), Map.entry("full_strength", "PT24H PT48H late"),
                Map.entry("withdrawal_start", "PT192H PT180H ahead"), Map.entry("withdrawal_end", "PT336H PT336H on_time"));

        // The real record: its lists and counts as they were before the exercise was made; the exercise's hold what was done in it.
        assertThat(realRecord(realSecretariat)).isEqualTo(before);
        assertThat(listed(director, exerciseApi + "/requests?size=500", "id", "status")).contains(request + " decided");
        assertThat(listed(director, exerciseApi + "/missions?size=500", "id", "status")).contains(mission.substring(mission.lastIndexOf('/') + 1) + " withdrawn");
        assertThat(get("/api/v1/search?q=" + MARK).body().path("hits").size()).as("the exercise is not found across organizations").isZero();
        assertThat(get("/api/v1/search?q=" + MARK + "&organization=" + code).body().path("hits").size()).as("but in itself").isPositive();
    }

    // Set-up and the compressed clock, through the API.

    private void pledge(String state, String designation, int personnel, double lat, double lon) {
        Map<String, Object> unit = TestPledges.body(state, designation, "inf", personnel);
        unit.put("noticeToMoveHours", 24);
        unit.put("homeBase", Map.of("lat", lat, "lon", lon));
        Answer pledged = postAs(tokenFor("replay-browser-pledger-" + state.toLowerCase(), "liaison@" + code + "/" + state), exerciseApi + "/pledges",
                json().writeValueAsBytes(unit));
        assertThat(pledged.status()).as("%s", pledged.body()).isEqualTo(201);
    }

    /**
     * Withdraws, inside the exercise, every pledge but this test's two: the exercise copies the CSTO's current pledges, which other
     * tests of the same record may have left there, and the planner would choose among them.
     */
    private void onlyTheseUnitsArePledged() {
        Answer pledges = getAs(director, exerciseApi + "/pledges?size=500");
        assertThat(pledges.status()).as("%s", pledges.body()).isEqualTo(200);
        for (JsonNode pledge : pledges.body().path("items")) {
            String state = pledge.path("state").asString();
            if (pledge.path("designation").asString().startsWith("Replay drill: ") || !"active".equals(pledge.path("status").asString())) {
                continue;
            }
            Answer withdrawn = postAs(tokenFor("replay-browser-pledger-" + state.toLowerCase(), "liaison@" + code + "/" + state),
                    exerciseApi + "/pledges/" + pledge.path("id").asString() + "/withdrawal", new byte[0]);
            assertThat(withdrawn.status()).as("%s", withdrawn.body()).isEqualTo(200);
        }
    }

    /** The exercise's secretariat stops its world clock {@code hours} after the replay's start: what is done next is done then. */
    private void worldAt(int hours) {
        Instant world = start.plus(Duration.ofHours(hours));
        Answer set = putAs(director, exerciseApi + "/clock", json().valueToTree(Map.of("world", world.toString(), "speed", 0)));
        assertThat(set.status()).as("%s", set.body()).isEqualTo(200);
        assertThat(Instant.parse(set.body().path("world").asString())).isEqualTo(world);
    }

    // The real record's lists and counts.

    /** What the real CSTO lists and counts: its requests, missions and pledges (ids, statuses, totals), the organizations, a search, its pages' lists. */
    private Map<String, Object> realRecord(String secretariat) {
        var record = new LinkedHashMap<String, Object>();
        record.put("requests", listed(secretariat, CSTO_API + "/requests?size=500", "id", "status"));
        record.put("missions", listed(secretariat, CSTO_API + "/missions?size=500", "id", "status"));
        record.put("pledges", listed(secretariat, CSTO_API + "/pledges?size=500", "id", "status", "version"));
        record.put("sitreps", listed(secretariat, CSTO_API + "/missions/MIS-KAZ-2022/sitreps", "number", "revision"));
        record.put("organizations", listed(null, "/api/v1/organizations", "code"));
        Answer search = get("/api/v1/search?q=almaty");
        assertThat(search.status()).isEqualTo(200);
        record.put("search", search.body().path("hits").valueStream().map(hit -> hit.path("kind").asString() + " " + hit.path("organization").asString()
                + " " + hit.path("id").asString()).toList());
        browser.manage().deleteAllCookies();
        browser.get(uri("/organizations/CSTO/requests?lang=en").toString());
        record.put("requests page", attributes("#requests-table tbody tr", "id"));
        browser.get(uri("/organizations/CSTO/missions?lang=en").toString());
        record.put("missions page", attributes("#missions-table tbody tr", "id"));
        return record;
    }

    /** The list at {@code path} as {@code secretariat} (someone signed out where null) reads it: its total and each item's fields. */
    private List<String> listed(String secretariat, String path, String... fields) {
        Answer answer = secretariat == null ? get(path) : getAs(secretariat, path);
        assertThat(answer.status()).as("%s: %s", path, answer.body()).isEqualTo(200);
        JsonNode items = answer.body().has("items") ? answer.body().path("items") : answer.body();
        var listed = new ArrayList<String>();
        listed.add("total " + (answer.body().has("totalItems") ? words(answer.body().path("totalItems")) : Integer.toString(items.size())));
        items.forEach(item -> {
            var line = new StringBuilder();
            for (String field : fields) {
                line.append(item.path(field).asString()).append(' ');
            }
            listed.add(line.toString().trim());
        });
        return listed;
    }

    /** A JSON value in words: its text, {@code null} for a null. */
    private static String words(JsonNode value) {
        return value.isNull() ? "null" : value.asString();
    }

    // The pages.

    /** Opens the page {@code path} of the exercise, in English. */
    private void page(String path) {
        browser.get(uri("/organizations/" + code + path + "?lang=en").toString());
    }

    /** Waits, reading the exercise's page again, until the inject {@code id} has arrived on it. */
    private void injectArrives(String id) {
        page("/exercise");
        By inject = By.cssSelector("li.inject[data-inject='" + id + "']");
        try {
            waiting(browser).until(page -> {
                if (page.findElements(inject).isEmpty()) {
                    page.navigate().refresh();
                    return false;
                }
                return true;
            });
        } catch (TimeoutException late) {
            throw new AssertionError("the inject " + id + " did not arrive on the exercise's page" + scheduledWork(), late);
        }
    }

    /** The secretariat, on the mission's page, moves the mission to {@code status} now. */
    private void moveTo(String status) {
        type("status-sources", "council's order");
        click(browser, By.id("step-" + status));
        done(ExpectedConditions.attributeToBe(By.id("mission-status"), "data-status", status), "the step to " + status);
    }

    /** Waits until a form sent from the mission's page has done what it should ({@code done}) or was refused, which fails the test with the reasons. */
    private void done(ExpectedCondition<?> done, String what) {
        waiting(browser).until(ExpectedConditions.or(done, ExpectedConditions.presenceOfElementLocated(By.id("refusal"))));
        assertThat(browser.findElements(By.id("refusal")).stream().map(WebElement::getText).toList()).as("%s refused", what).isEmpty();
    }

    /** A step's row of the after-action page: its standing, then its cells (name, history, exercise, against history). */
    private List<String> step(String step) {
        String row = "#after-action-steps tr[data-step='" + step + "']";
        var cells = new ArrayList<String>();
        cells.add(browser.findElement(By.cssSelector(row)).getAttribute("data-standing"));
        browser.findElements(By.cssSelector(row + " th, " + row + " td")).forEach(cell -> cells.add(cell.getText().trim()));
        return cells;
    }

    /** An inject's row of the after-action page: its status and its answer in words. */
    private List<String> inject(String id) {
        String row = "#after-action-injects tr[data-inject='" + id + "']";
        return List.of(browser.findElement(By.cssSelector(row)).getAttribute("data-status"), text(row + " td:last-child"));
    }

    private static void type(String id, String text) {
        Pages.type(browser, id, text);
    }

    /** Sets an input's value as the browser's own picker would (a datetime-local field takes keys in the machine's locale). */
    private static void set(By input, String value) {
        ((JavascriptExecutor) browser).executeScript("arguments[0].value = arguments[1]", browser.findElement(input), value);
    }

    private static String text(String css) {
        return (String) ((JavascriptExecutor) browser).executeScript(
                "var found = document.querySelector(arguments[0]); return found == null ? null : found.textContent.replace(/\\s+/g, ' ').trim()", css);
    }

    private static List<String> attributes(String css, String attribute) {
        return browser.findElements(By.cssSelector(css)).stream().map(element -> element.getAttribute(attribute)).toList();
    }

    /** {@code hours} before now, as the sitrep form takes an instant. */
    private static String ago(int hours) {
        return Instant.now().truncatedTo(ChronoUnit.SECONDS).minus(hours, ChronoUnit.HOURS).toString();
    }
}
