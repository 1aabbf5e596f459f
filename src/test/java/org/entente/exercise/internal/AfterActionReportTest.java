package org.entente.exercise.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.entente.support.DatabaseTest;
import org.entente.support.SignedInPages;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.web.context.WebApplicationContext;
import tools.jackson.databind.JsonNode;

/**
 * The after-action report of an exercise that replays Kazakhstan 2022: each step the exercise took, as its audit trail records it and its
 * clock dates it in world time, against history's; the request inject answered in time, the reports not arrived yet; history's contingents
 * beside a package the exercise has not accepted; the same as CSV and as a page; read only by those who read the exercise's injects.
 */
class AfterActionReportTest extends DatabaseTest {

    private static final String SCENARIO = "REPLAY-KAZ-2022";

    @Autowired
    private ExerciseInjects injects;

    @Autowired
    private WebApplicationContext context;

    @Autowired
    private JdbcClient jdbc;

    private String secretariat;
    private String code;
    private Instant world;

    @BeforeEach
    void anExerciseReplayingKazakhstanWithItsClockStopped() {
        secretariat = tokenFor("after-action-director", "secretariat@CSTO");
        Answer created = postAs(secretariat, "/api/v1/organizations/CSTO/exercises",
                json().writeValueAsBytes(Map.of("title", "After action " + System.nanoTime(), "scenario", SCENARIO, "speed", 0)));
        assertThat(created.status()).as("%s", created.body()).isEqualTo(201);
        code = created.body().path("code").asString();
        world = Instant.parse(created.body().path("scenario").path("world").asString());
        injects.deliverDue(); // the request arrives at the world start
    }

    private void setWorld(Duration fromStart) {
        Answer set = putAs(secretariat, "/api/v1/organizations/" + code + "/clock", json().valueToTree(Map.of("world", world.plus(fromStart).toString())));
        assertThat(set.status()).as("%s", set.body()).isEqualTo(200);
    }

    /** Two hours in, Kazakhstan's liaison files the request; at 26 hours, the council decides: its id. */
    private String fileAndDecide() {
        setWorld(Duration.ofHours(2));
        String filed = file("KAZ", "terrorism");
        setWorld(Duration.ofHours(26));
        decide(filed);
        return filed;
    }

    /** A request of {@code state} filed by its liaison in the exercise; its id. */
    private String file(String state, String threat) {
        Answer filed = postAs(tokenFor("after-action-liaison-" + state.toLowerCase(), "liaison@" + code + "/" + state), "/api/v1/organizations/" + code + "/requests",
                json().writeValueAsBytes(Map.of("state", state, "threat", threat, "description", "EXERCISE. Mass unrest and attacks on facilities")));
        assertThat(filed.status()).as("%s", filed.body()).isEqualTo(201);
        return filed.body().path("id").asString();
    }

    /** The council convened on the request, every member voting for, and its session closed: decided. */
    private void decide(String id) {
        String request = "/api/v1/organizations/" + code + "/requests/" + id;
        String exerciseSecretariat = tokenFor("after-action-exercise-secretariat", "secretariat@" + code);
        assertThat(postAs(exerciseSecretariat, request + "/session", json().writeValueAsBytes(Map.of("motion", "deploy_forces"))).status()).isEqualTo(200);
        for (String voter : List.of("ARM", "BLR", "KAZ", "KGZ", "RUS", "TJK")) {
            putAs(tokenFor("after-action-rep-" + voter.toLowerCase(), "council_representative@" + code + "/" + voter), request + "/session/votes/" + voter,
                    json().valueToTree(Map.of("vote", "for")));
        }
        Answer decided = postAs(exerciseSecretariat, request + "/session/closure", new byte[0]);
        assertThat(decided.status()).as("%s", decided.body()).isEqualTo(200);
    }

    private SignedInPages pages() {
        return SignedInPages.signIn(context, jdbc, "after-action-reader", "observer@CSTO");
    }

    private static String content(org.springframework.mock.web.MockHttpServletResponse response) {
        try {
            return response.getContentAsString(java.nio.charset.StandardCharsets.UTF_8);
        } catch (java.io.UnsupportedEncodingException e) {
            throw new IllegalStateException(e);
        }
    }

    private static JsonNode item(JsonNode list, String field, String value) {
        return list.valueStream().filter(item -> item.path(field).asString().equals(value)).findFirst().orElseThrow();
    }

    @Test
    void eachStepIsTimedInWorldTimeAgainstHistoryAndEachInjectSaysWhetherItWasAnswered() {
        fileAndDecide();

        Answer report = getAs(secretariat, "/api/v1/organizations/" + code + "/after-action");

        assertThat(report.status()).as("%s", report.body()).isEqualTo(200);
        assertThat(report.body().path("scenario").asString()).isEqualTo(SCENARIO);
        assertThat(report.body().path("replayOf").asString()).isEqualTo("KAZ-2022");
        JsonNode decision = item(report.body().path("steps"), "step", "decision");
        assertThat(decision.path("history").asString()).as("the record dates the decision the day after the request").isEqualTo("PT24H");
        assertThat(decision.path("exercise").asString()).isEqualTo("PT26H");
        assertThat(decision.path("late").asString()).isEqualTo("PT2H");
        assertThat(decision.path("standing").asString()).isEqualTo("late");
        JsonNode arrival = item(report.body().path("steps"), "step", "first_arrival");
        assertThat(arrival.path("standing").asString()).isEqualTo("not_reached");
        assertThat(arrival.path("history").isNull()).isFalse();

        JsonNode request = report.body().path("injects").get(0);
        assertThat(request.path("expects").asString()).isEqualTo("request_filed");
        assertThat(request.path("status").asString()).isEqualTo("answered");
        assertThat(request.path("answeredAfter").asString()).isEqualTo("PT2H");
        assertThat(report.body().path("injects").valueStream().skip(1).map(inject -> inject.path("status").asString()))
                .as("the reports are days away on the clock").isNotEmpty().allMatch("not_arrived"::equals);

        JsonNode force = report.body().path("force");
        assertThat(force.path("request").isNull()).as("no package accepted").isTrue();
        assertThat(force.path("historicalMission").asString()).isEqualTo("MIS-KAZ-2022");
        JsonNode russia = item(force.path("states"), "state", "RUS");
        assertThat(russia.path("units").asInt()).isZero();
        assertThat(russia.path("historicalStrength").isNull()).as("the record gives Russia's contingent a strength").isFalse();
    }

    @Test
    void anotherRequestDecidedEarlierInTheExerciseTakesNoStepOfItsCrisis() {
        setWorld(Duration.ofHours(1));
        decide(file("KGZ", "extremism"));

        String crisis = fileAndDecide();

        JsonNode report = getAs(secretariat, "/api/v1/organizations/" + code + "/after-action").body();
        assertThat(item(report.path("steps"), "step", "decision").path("exercise").asString())
                .as("the decision on Kazakhstan's request %s, not on Kyrgyzstan's an hour in", crisis).isEqualTo("PT26H");
    }

    @Test
    void aClosedExercisesReportStandsWhereItsClockStoppedAtTheClosing() {
        Answer running = putAs(secretariat, "/api/v1/organizations/" + code + "/clock", json().valueToTree(Map.of("speed", 86_400)));
        assertThat(running.status()).as("%s", running.body()).isEqualTo(200);
        assertThat(postAs(secretariat, "/api/v1/organizations/CSTO/exercises/" + code + "/closure", new byte[0]).status()).isEqualTo(200);

        JsonNode clock = getAs(secretariat, "/api/v1/organizations/" + code + "/clock").body();
        JsonNode report = getAs(secretariat, "/api/v1/organizations/" + code + "/after-action").body();
        assertThat(report.path("now").asString()).as("a day a second, stopped at the closing").isEqualTo(clock.path("world").asString());
        assertThat(content(pages().get("/organizations/" + code + "/exercise?lang=en"))).as("the exercise's page says its clock stands")
                .containsPattern("id=\"clock-state\">paused<");
    }

    @Test
    void anInjectWhoseTimeRanOutWithoutAnAnswerIsUnansweredAndTheDownloadSaysSo() {
        setWorld(Duration.ofHours(5)); // past the request's four hours, nothing filed

        Answer report = getAs(secretariat, "/api/v1/organizations/" + code + "/after-action");
        assertThat(report.body().path("injects").get(0).path("status").asString()).isEqualTo("unanswered");

        var csv = pages().get("/organizations/" + code + "/after-action.csv");
        assertThat(csv.getStatus()).isEqualTo(200);
        assertThat(csv.getContentType()).startsWith("text/csv");
        List<String> lines = content(csv).lines().toList();
        assertThat(lines.getFirst()).isEqualTo("section,item,title,history,exercise,difference,status");
        assertThat(lines).anyMatch(line -> line.startsWith("step,decision,,24,,,not_reached"));
        assertThat(lines).anyMatch(line -> line.startsWith("inject,request-KAZ-2022,") && line.endsWith(",0,,,unanswered"));
        assertThat(lines).anyMatch(line -> line.startsWith("force,RUS,,"));
    }

    @Test
    void thePagePrintsTheComparisonInTheReadersLanguage() {
        fileAndDecide();

        var page = pages().get("/organizations/" + code + "/after-action?lang=ru");

        assertThat(page.getStatus()).isEqualTo(200);
        assertThat(content(page)).contains("Разбор учения", "data-step=\"decision\"", "data-standing=\"late\"", "позже на 2 h", "data-status=\"answered\"");
    }

    @Test
    void onlyThoseWhoReadTheExercisesInjectsReadItsReportAndOnlyAnExerciseRunningAScenarioHasOne() {
        assertThat(getAs(tokenFor("after-action-stranger", "liaison@CSTO/KAZ"), "/api/v1/organizations/" + code + "/after-action").status())
                .as("a liaison of the real record takes no part").isEqualTo(403);
        assertThat(getAs(tokenFor("after-action-player", "liaison@" + code + "/KGZ"), "/api/v1/organizations/" + code + "/after-action").status())
                .as("a participant, whatever their role").isEqualTo(200);
        Answer real = getAs(secretariat, "/api/v1/organizations/CSTO/after-action");
        assertThat(real.status()).isEqualTo(422);
        assertThat(real.body().toString()).contains("organization");
        Answer sandbox = postAs(secretariat, "/api/v1/organizations/CSTO/exercises", json().writeValueAsBytes(Map.of("title", "No scenario " + System.nanoTime())));
        Answer none = getAs(secretariat, "/api/v1/organizations/" + sandbox.body().path("code").asString() + "/after-action");
        assertThat(none.status()).isEqualTo(422);
        assertThat(none.body().path("detail").asString()).contains("runs no scenario");
    }
}
