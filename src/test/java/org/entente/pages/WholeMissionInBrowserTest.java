package org.entente.pages;

import static org.assertj.core.api.Assertions.assertThat;
import static org.entente.support.Pages.click;
import static org.entente.support.Pages.waiting;

import java.net.URI;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import org.entente.support.AdjustableClock;
import org.entente.support.Browser;
import org.entente.support.CrisisSteps;
import org.entente.support.Pages;
import org.entente.support.ServerProcess;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedCondition;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.datasource.SimpleDriverDataSource;
import tools.jackson.databind.JsonNode;

/**
 * A whole mission in headless Chromium, on the demo (the real server with the built-in CSTO dataset, on a database of its
 * own): a request the council decided to deploy forces on, with units pledged by Kazakhstan and Tajikistan (through the
 * API); the secretariat states the requirements, runs the planner and accepts its plan as the force package, creates the
 * mission from it and gives the order to move; each liaison reports their contingent's departure; with the server's clock
 * moved past the planned arrivals, the Kazakhs report arriving before their ETA and the Tajiks three hours after it, which
 * the mission's page flags as a slip of 3 h; the Tajik liaison files sitrep 1 and revises it, the secretariat files
 * sitrep 2 on the mission; two sources' figures of the civilians killed show as a range and never as their sum; the
 * mission draws down and is withdrawn; and the audit trail holds every step, in order.
 */
class WholeMissionInBrowserTest {

    private static final String CSTO = "/api/v1/organizations/CSTO";
    private static final DateTimeFormatter PICKER = DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm").withZone(ZoneOffset.UTC);

    private WebDriver browser;
    /** How far the server's clock runs ahead of this machine's. */
    private Duration offset = Duration.ZERO;

    @Test
    void aDecisionToDeployBecomesAMissionWhoseLateContingentIsFlaggedWhoseFiguresAreNeverSummedAndWhoseEveryStepIsAudited(@TempDir Path directory)
            throws Exception {
        browser = Browser.availableOrSkip();
        // H2's mixed mode: the server opens the file, and this test reaches it through the server's TCP port to make accounts.
        // (H2 refuses AUTO_SERVER with the default database's DB_CLOSE_ON_EXIT=FALSE; the server closes it on stopping either way.)
        String url = "jdbc:h2:file:" + directory.resolve("entente") + ";MODE=Regular;WRITE_DELAY=0;AUTO_SERVER=TRUE";
        Path clock = directory.resolve("clock");
        ServerProcess server = ServerProcess.start(url, "entente", "", "--entente.test.clock-offset-file=" + clock);
        try {
            server.awaitReady();
            JdbcClient jdbc = JdbcClient.create(new SimpleDriverDataSource(new org.h2.Driver(), url, "entente", ""));
            run(server, jdbc, clock);
        } finally {
            try {
                server.stop();
            } finally {
                browser.quit();
            }
        }
    }

    private void run(ServerProcess server, JdbcClient jdbc, Path clock) {
        URI home = server.uri("/");
        CrisisSteps.Client api = CrisisSteps.Client.of(server, jdbc);
        String secretariatApi = api.tokenFor("whole-secretariat-api", "secretariat@CSTO");
        CrisisSteps.pledged(api, "whole", "KAZ", "Whole mission: Kazakh engineers", "eng", 100);
        CrisisSteps.pledged(api, "whole", "TJK", "Whole mission: Tajik engineers", "eng", 100);
        String request = CrisisSteps.decidedToDeploy(api, "whole", secretariatApi);
        Pages.account(jdbc, "whole-secretariat", "secretariat@CSTO");
        Pages.account(jdbc, "whole-liaison-kaz", "liaison@CSTO/KAZ");
        Pages.account(jdbc, "whole-liaison-tjk", "liaison@CSTO/TJK");

        // The secretariat states the requirements, runs the planner and accepts its plan as the force package.
        Pages.signIn(browser, home, "whole-secretariat");
        browser.get(home.resolve("/organizations/CSTO/requests/" + request + "?lang=en").toString());
        assertThat(Pages.acceptPackage(browser, "40.06", "70.82", "ENG1 ENG 200 2 400"))
                .contains("Whole mission: Kazakh engineers", "Whole mission: Tajik engineers");

        // The mission created from it, from the missions list's form; the order to move, at a whole minute.
        browser.get(home.resolve("/organizations/CSTO/missions?lang=en").toString());
        String mission = Pages.createMission(browser, new Pages.MissionForm(request, "Whole mission: border town",
                "Support the host's engineers in the border town", "humanitarian_relief", "Batken Region", "40.06", "70.82", "Asia/Bishkek"));
        String missionId = mission.substring(mission.lastIndexOf('/') + 1);
        assertThat(attributes("#contingents .contingent", "data-state")).containsExactly("KAZ", "TJK");
        assertThat(text("#legal-grounds")).contains("on the accepted force package", "by whole-secretariat");
        Instant order = serverNow().truncatedTo(ChronoUnit.MINUTES);
        moveTo("deploying", order);

        // Each liaison reports their contingent's departure.
        Instant departed = serverNow().truncatedTo(ChronoUnit.MINUTES);
        report(home, mission, "KAZ", "departure", departed);
        report(home, mission, "TJK", "departure", departed);

        // The server's clock past both planned arrivals (the order plus each contingent's ETA): the Kazakhs arrive an hour
        // before theirs, the Tajiks three hours after theirs.
        Instant kazakhsDue = plannedArrival(api, secretariatApi, missionId, "KAZ");
        Instant tajiksDue = plannedArrival(api, secretariatApi, missionId, "TJK");
        assertThat(kazakhsDue).isAfter(order.plus(Duration.ofHours(12)));
        Instant latest = kazakhsDue.isAfter(tajiksDue) ? kazakhsDue : tajiksDue;
        offset = Duration.between(Instant.now(), latest.plus(Duration.ofHours(4)));
        AdjustableClock.setOffset(clock, offset);
        report(home, mission, "KAZ", "arrival", kazakhsDue.minus(Duration.ofHours(1)));
        report(home, mission, "TJK", "arrival", tajiksDue.plus(Duration.ofHours(3)));

        assertThat(texts("#contingent-TJK tr[data-milestone='arrival'] .slip")).as("the Tajiks' slip").containsExactly("3 h late");
        assertThat(texts("#contingent-TJK h3 .badge")).containsExactly("arrived late");
        assertThat(attributes("#gantt .gantt-row[data-state='TJK'] .late", "data-slip-hours")).containsExactly("3");
        assertThat(browser.findElements(By.cssSelector("#contingent-KAZ .slip, #contingent-KAZ h3 .badge, #gantt .gantt-row[data-state='KAZ'] .late")))
                .as("the Kazakhs arrived on time").isEmpty();
        screenshotOf("contingents-section", "whole-mission-late-arrival");

        // Sitreps: the Tajik liaison files sitrep 1 on their contingent and revises it; the secretariat files one on the mission.
        browser.get(mission + "/sitreps?lang=en");
        click(browser, By.id("sitrep-new"));
        waiting(browser).until(ExpectedConditions.presenceOfElementLocated(By.id("sitrep-form")));
        assertThat(new Select(browser.findElement(By.id("scope"))).getOptions()).extracting(WebElement::getText).containsExactly("the contingent of TJK");
        type("from", ago(24));
        type("until", ago(1));
        type("summary", "The Tajik engineers reached Batken three hours behind their plan.");
        click(browser, By.id("sitrep-submit"));
        waiting(browser).until(ExpectedConditions.urlMatches(".*/sitreps/1$"));
        click(browser, By.id("sitrep-revise"));
        waiting(browser).until(ExpectedConditions.presenceOfElementLocated(By.id("sitrep-form")));
        type("summary", "The Tajik engineers reached Batken three hours behind their plan; the road through Isfana was closed.");
        click(browser, By.id("sitrep-submit"));
        waiting(browser).until(ExpectedConditions.presenceOfElementLocated(By.id("revision-2")));
        assertThat(browser.findElement(By.id("revision-2")).getAttribute("data-current")).isEqualTo("true");
        assertThat(text("#revision-1 .summary")).isEqualTo("The Tajik engineers reached Batken three hours behind their plan.");
        assertThat(attributes("#changed-2 .difference", "data-field")).containsExactly("summary");

        Pages.signIn(browser, home, "whole-secretariat");
        browser.get(mission + "/sitreps/new?lang=en");
        waiting(browser).until(ExpectedConditions.presenceOfElementLocated(By.id("sitrep-form")));
        assertThat(new Select(browser.findElement(By.id("scope"))).getFirstSelectedOption().getText()).isEqualTo("the whole mission");
        type("from", ago(24));
        type("until", ago(1));
        type("summary", "Both contingents are in the theatre.");
        click(browser, By.id("sitrep-submit"));
        waiting(browser).until(ExpectedConditions.urlMatches(".*/sitreps/2$"));

        // Casualty figures from two sources: shown as a range, never as their sum (31 + 47 = 78).
        browser.get(mission + "?lang=en");
        figure(31, "Ministry of Health", "official", "ministry bulletin");
        done(ExpectedConditions.presenceOfElementLocated(By.id("headline-killed-civilians")), "the ministry's figure");
        figure(47, "Human rights monitors", "independent", "monitors' report");
        done(ExpectedConditions.presenceOfElementLocated(By.cssSelector("#headline-killed-civilians .headline-range")), "the monitors' figure");
        assertThat(attributes("#headline-killed-civilians .headline-range .count", "data-value")).containsExactly("31", "47");
        assertThat(attributes("#headline-killed-civilians .headline-figure .count, #headline-killed-civilians .headline-others .count", "data-value"))
                .containsExactlyInAnyOrder("31", "47");
        assertThat(text("#headline-killed-civilians")).doesNotContainPattern(Pattern.compile("\\b78\\b"));
        assertThat(attributes("#headline-killed-civilians [data-value]", "data-value")).doesNotContain("78");
        screenshotOf("casualties", "whole-mission-figures");

        // Deployed, drawdown, withdrawn.
        moveTo("deployed", null);
        moveTo("drawing_down", null);
        moveTo("withdrawn", null);
        assertThat(attributes("#history li", "data-status")).containsExactly("planned", "deploying", "deployed", "drawing_down", "withdrawn");
        assertThat(browser.findElements(By.id("status-form"))).as("no step after withdrawn").isEmpty();
        Browser.screenshot(browser, "whole-mission-withdrawn");

        // The audit trail holds each step, in order: the decision and the package on the request, the mission's own on it.
        assertThat(trail(api, secretariatApi, "request:" + request)).containsSubsequence("request.file by whole-liaison-kgz-filer",
                "request.convene by whole-secretariat-api", "request.vote by whole-rep-blr", "request.decide by whole-secretariat-api",
                "forcegen.requirements by whole-secretariat", "forcegen.start by whole-secretariat", "forcegen.accept by whole-secretariat");
        assertThat(trail(api, secretariatApi, "mission:" + missionId)).containsExactly(
                "mission.create by whole-secretariat", "mission.deploying by whole-secretariat",
                "mission.report by whole-liaison-kaz", "mission.report by whole-liaison-tjk", "mission.report by whole-liaison-kaz",
                "mission.report by whole-liaison-tjk", "mission.sitrep by whole-liaison-tjk", "mission.sitrep.revision by whole-liaison-tjk",
                "mission.sitrep by whole-secretariat", "mission.figure by whole-secretariat", "mission.figure by whole-secretariat",
                "mission.deployed by whole-secretariat", "mission.drawing_down by whole-secretariat", "mission.withdrawn by whole-secretariat");
    }

    /** The server's time: this machine's, plus the offset the test set. */
    private Instant serverNow() {
        return Instant.now().plus(offset);
    }

    /** {@code hours} before the server's now, as the sitrep form takes an instant. */
    private String ago(int hours) {
        return serverNow().truncatedTo(ChronoUnit.SECONDS).minus(hours, ChronoUnit.HOURS).toString();
    }

    private void type(String id, String text) {
        Pages.type(browser, id, text);
    }

    /** Sets an input's value as the browser's own picker would (a date or datetime-local field takes keys in the machine's locale). */
    private void set(By input, String value) {
        ((JavascriptExecutor) browser).executeScript("arguments[0].value = arguments[1]", browser.findElement(input), value);
    }

    private String text(String css) {
        return (String) ((JavascriptExecutor) browser).executeScript("return document.querySelector(arguments[0]).textContent.replace(/\\s+/g, ' ').trim()", css);
    }

    private List<String> texts(String css) {
        return browser.findElements(By.cssSelector(css)).stream().map(WebElement::getText).toList();
    }

    private List<String> attributes(String css, String attribute) {
        return browser.findElements(By.cssSelector(css)).stream().map(element -> element.getAttribute(attribute)).toList();
    }

    private void screenshotOf(String id, String name) {
        ((JavascriptExecutor) browser).executeScript("document.getElementById(arguments[0]).scrollIntoView({block: 'start', behavior: 'instant'})", id);
        Browser.screenshot(browser, name);
    }

    /** Waits until a form sent from the mission's page has done what it should ({@code done}) or was refused, which fails the test with the reasons. */
    private void done(ExpectedCondition<?> done, String what) {
        waiting(browser).until(ExpectedConditions.or(done, ExpectedConditions.presenceOfElementLocated(By.id("refusal"))));
        assertThat(texts("#refusal")).as("%s refused", what).isEmpty();
    }

    /** The secretariat, on the mission's page, moves the mission to {@code status} at {@code at} (now where null). */
    private void moveTo(String status, Instant at) {
        if (at != null) {
            set(By.id("status-at"), PICKER.format(at));
        }
        type("status-sources", "council's order");
        click(browser, By.id("step-" + status));
        done(ExpectedConditions.attributeToBe(By.id("mission-status"), "data-status", status), "the step to " + status);
    }

    /** {@code state}'s liaison, signed in, reports on the mission's page that their contingent reached {@code milestone} at {@code at}. */
    private void report(URI home, String mission, String state, String milestone, Instant at) {
        String liaison = "whole-liaison-" + state.toLowerCase();
        Pages.signIn(browser, home, liaison);
        browser.get(mission + "?lang=en");
        waiting(browser).until(ExpectedConditions.presenceOfElementLocated(By.id("milestone-form-" + state)));
        new Select(browser.findElement(By.id("milestone-" + state))).selectByValue(milestone);
        set(By.id("milestone-at-" + state), PICKER.format(at));
        type("milestone-sources-" + state, state + " liaison's report");
        click(browser, By.id("milestone-submit-" + state));
        By row = By.cssSelector("#contingent-" + state + " tr[data-milestone='" + milestone + "']");
        done(ExpectedConditions.textMatches(row, Pattern.compile(Pattern.quote(liaison))), state + "'s " + milestone + " at " + at);
    }

    /** The secretariat, on the mission's page, reports a figure of civilians killed, as of the server's day. */
    private void figure(int value, String reportedBy, String basis, String sources) {
        new Select(browser.findElement(By.id("figure-category"))).selectByValue("killed");
        new Select(browser.findElement(By.id("figure-population"))).selectByValue("civilians");
        new Select(browser.findElement(By.id("figure-bound"))).selectByValue("exactly");
        type("figure-value", Integer.toString(value));
        set(By.id("figure-as-of"), LocalDate.ofInstant(serverNow(), ZoneOffset.UTC).toString());
        type("figure-reported-by", reportedBy);
        new Select(browser.findElement(By.id("figure-basis"))).selectByValue(basis);
        type("figure-sources", sources);
        click(browser, By.id("figure-submit"));
    }

    /** The planned arrival of {@code state}'s contingent, as the API gives it. */
    private static Instant plannedArrival(CrisisSteps.Client api, String token, String mission, String state) {
        var answer = api.getAs(token, CSTO + "/missions/" + mission + "/contingents");
        assertThat(answer.status()).as("%s", answer.body()).isEqualTo(200);
        for (JsonNode contingent : answer.body()) {
            if (contingent.path("state").asString().equals(state)) {
                for (JsonNode milestone : contingent.path("timeline")) {
                    if (milestone.path("milestone").asString().equals("arrival")) {
                        return Instant.parse(milestone.path("planned").asString());
                    }
                }
            }
        }
        throw new AssertionError("no planned arrival of " + state + " in " + answer.body());
    }

    /** The entries of the audit trail on {@code subject}, oldest first, each as its action and who took it ("mission.create by NAME"). */
    private static List<String> trail(CrisisSteps.Client api, String token, String subject) {
        var answer = api.getAs(token, "/api/v1/audit/entries?subject=" + subject + "&size=200");
        assertThat(answer.status()).as("%s", answer.body()).isEqualTo(200);
        var actions = new ArrayList<String>();
        answer.body().path("items").forEach(item -> actions.addFirst(item.findValue("action").asString() + " by " + item.findValue("actor").asString()));
        return actions;
    }
}
