package org.entente.exercise.internal;

import static org.assertj.core.api.Assertions.assertThat;

import com.github.kagkarlsson.scheduler.Scheduler;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CyclicBarrier;
import org.entente.support.CrisisSteps;
import org.entente.support.DatabaseTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.entente.support.SignedInPages;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.web.context.WebApplicationContext;
import tools.jackson.databind.JsonNode;

/**
 * An exercise made for a scenario: its record copied as it stood at the scenario's world start, its clock started there, and the
 * scenario's injects arriving on that clock, each once (also when two deliveries run at once), never before they are due, never a
 * milestone, nothing more while the clock stands or once the exercise is closed; a unit that drops out withdraws a pledge in the
 * exercise and none in the real record; the injects read by the exercise's participants and the organization's secretariat and observers.
 */
class ExerciseScenarioRunTest {

    @Nested
    class OnH2 extends Checks {
    }

    @Nested
    @DatabaseTest.Postgres
    class OnPostgres extends Checks {
    }

    abstract static class Checks extends DatabaseTest {

        private static final Instant WORLD = Instant.parse("2022-01-05T00:00:00Z");

        @Autowired
        private ExerciseInjects injects;

        @Autowired
        private Scheduler scheduler;

        @Autowired
        private JdbcClient jdbc;

        @Autowired
        private WebApplicationContext context;

        private String secretariat;

        @BeforeEach
        void signIn() {
            secretariat = tokenFor("scenario-runner-director", "secretariat@CSTO");
        }

        private static String unique(String text) {
            return text + " " + System.nanoTime();
        }

        /**
         * Imports into the CSTO's library a scenario of its own starting on the world instant of the Kazakh request: an opening message
         * at once, the Kyrgyz medical unit {@code designation} dropping out after an hour, a milestone after two, a site falling after two
         * days; its name.
         */
        private String scenario(String designation) {
            String name = "RUNNER-" + Long.toString(System.nanoTime(), 36).toUpperCase();
            var document = new HashMap<String, Object>();
            document.putAll(Map.of("format", "entente-scenario", "version", 1, "name", name, "title", "Runner test " + name,
                    "summary", "A scenario of the runner's test.", "organization", "CSTO", "world", WORLD.toString(), "speed", 144));
            document.put("sources", List.of(Map.of("id", "BULLETIN", "title", "Exercise material: a bulletin written for this test")));
            document.put("injects", List.of(
                    Map.of("id", "brief", "at", "PT0S", "kind", "message", "title", "Opening brief", "text", "EXERCISE. The exercise begins.",
                            "sources", List.of("BULLETIN")),
                    Map.of("id", "drop", "at", "PT1H", "kind", "unit_drops_out", "title", "A medical unit drops out",
                            "text", "EXERCISE. The Kyrgyz medical unit is needed at home.", "sources", List.of("BULLETIN"),
                            "expects", Map.of("action", "replanned", "within", "PT6H"),
                            "payload", Map.of("state", "KGZ", "capability", "med", "designation", designation, "persons", 40)),
                    Map.of("id", "decided", "at", "PT2H", "kind", "milestone", "title", "The council decides", "text", "History decided here.",
                            "payload", Map.of("step", "decision")),
                    Map.of("id", "later", "at", "P2D", "kind", "site_falls", "title", "A bridge falls", "text", "EXERCISE. The valley bridge is down.",
                            "payload", Map.of("name", "Valley bridge (fictional)", "state", "KGZ"))));
            Answer imported = postAs(secretariat, "/api/v1/organizations/CSTO/scenarios", json().writeValueAsBytes(document));
            assertThat(imported.status()).as("%s", imported.body()).isEqualTo(201);
            return name;
        }

        private Answer create(String scenario, Double speed) {
            var body = new HashMap<String, Object>(Map.of("title", unique("Scenario run")));
            if (scenario != null) {
                body.put("scenario", scenario);
            }
            if (speed != null) {
                body.put("speed", speed);
            }
            return postAs(secretariat, "/api/v1/organizations/CSTO/exercises", json().writeValueAsBytes(body));
        }

        private String exercise(String scenario, double speed) {
            Answer created = create(scenario, speed);
            assertThat(created.status()).as("%s", created.body()).isEqualTo(201);
            return created.body().path("code").asString();
        }

        private List<String> delivered(String token, String exercise) {
            Answer answer = getAs(token, "/api/v1/organizations/" + exercise + "/injects?size=100");
            assertThat(answer.status()).as("%s", answer.body()).isEqualTo(200);
            return answer.body().path("items").valueStream().map(inject -> inject.path("id").asString()).toList();
        }

        private void setWorld(String exercise, Instant world) {
            Answer set = putAs(secretariat, "/api/v1/organizations/" + exercise + "/clock", json().valueToTree(Map.of("world", world.toString())));
            assertThat(set.status()).as("%s", set.body()).isEqualTo(200);
        }

        private JsonNode pledge(String organization, String designation) {
            return getAs(secretariat, "/api/v1/organizations/" + organization + "/pledges?size=500").body().path("items").valueStream()
                    .filter(pledge -> pledge.path("designation").asString().equals(designation)).findFirst().orElseThrow();
        }

        @Test
        void anExerciseRunsTheVersionOfItsScenarioItWasMadeWithWhateverTheLibraryImportsSince() {
            String name = scenario(unique("Kyrgyz field clinic"));
            String code = exercise(name, 144);
            var newer = (tools.jackson.databind.node.ObjectNode) getAs(secretariat, "/api/v1/organizations/CSTO/scenarios/" + name).body().deepCopy();
            ((tools.jackson.databind.node.ObjectNode) newer.path("injects").get(0)).put("id", "brief-2");
            Answer imported = postAs(secretariat, "/api/v1/organizations/CSTO/scenarios", json().writeValueAsBytes(newer));
            assertThat(imported.status()).as("%s", imported.body()).isEqualTo(201);

            setWorld(code, WORLD.plus(Duration.ofHours(3)));
            injects.deliverDue();

            assertThat(delivered(secretariat, code)).contains("brief", "drop").doesNotContain("brief-2");
        }

        @Test
        void anExerciseMadeForAScenarioStartsFromTheRecordAsItStoodAndOnTheScenariosClock() {
            String name = scenario(unique("Kyrgyz field hospital"));
            Answer created = create(name, 144.0);
            assertThat(created.status()).as("%s", created.body()).isEqualTo(201);
            String code = created.body().path("code").asString();
            assertThat(created.body().path("scenario").path("name").asString()).isEqualTo(name);
            assertThat(created.body().path("scenario").path("version").asInt()).isEqualTo(1);
            assertThat(Instant.parse(created.body().path("scenario").path("world").asString())).isEqualTo(WORLD);

            JsonNode clock = get("/api/v1/organizations/" + code + "/clock").body();
            assertThat(clock.path("speed").asDouble()).isEqualTo(144.0);
            assertThat(clock.path("settings").size()).isEqualTo(1);
            assertThat(Instant.parse(clock.path("world").asString())).isBetween(WORLD, WORLD.plus(Duration.ofDays(1)));

            JsonNode record = get("/api/v1/organizations/" + code + "/dataset").body();
            assertThat(record.path("requests").valueStream().map(request -> request.path("id").asString())).contains("KGZ-2010").doesNotContain("KAZ-2022");
            assertThat(record.path("missions").valueStream().map(mission -> mission.path("id").asString())).doesNotContain("MIS-KAZ-2022");
            assertThat(record.path("membershipEvents").valueStream().map(event -> event.path("id").asString()))
                    .contains("EV-KAZ-SIGN-1992", "EV-BLR-ACCEDE").doesNotContain("EV-ARM-FREEZE-2024");
            assertThat(get("/api/v1/organizations/CSTO/dataset").body().path("requests").valueStream()
                    .map(request -> request.path("id").asString())).as("the real record keeps its history").contains("KAZ-2022");

            JsonNode read = getAs(secretariat, "/api/v1/organizations/CSTO/exercises/" + code).body();
            assertThat(read.path("scenario").path("name").asString()).isEqualTo(name);
            JsonNode audit = getAs(secretariat, "/api/v1/audit/entries?action=exercise.create&organization=CSTO&size=500").body();
            assertThat(audit.path("items").valueStream().filter(entry -> entry.path("record").path("subject").asString().equals("exercise:" + code)))
                    .singleElement().satisfies(entry -> assertThat(entry.path("record").path("details").toString()).contains(name));
        }

        @Test
        void injectsArriveOnceEachWhenTheClockReachesThemAndNeverBefore() throws Exception {
            String designation = unique("Kyrgyz medical company");
            String original = CrisisSteps.pledged(this, "scenario-runner", "KGZ", designation, "med", 40);
            String code = exercise(scenario(designation), 0);

            injects.deliverDue();
            assertThat(delivered(secretariat, code)).as("the opening brief is due at the world start").containsExactly("brief");

            setWorld(code, WORLD.plus(Duration.ofMinutes(150)));
            var together = new CyclicBarrier(2);
            var deliveries = new ArrayList<CompletableFuture<Integer>>();
            for (int i = 0; i < 2; i++) {
                deliveries.add(CompletableFuture.supplyAsync(() -> {
                    try {
                        together.await();
                    } catch (Exception interrupted) {
                        throw new IllegalStateException(interrupted);
                    }
                    return injects.deliverDue();
                }));
            }
            deliveries.forEach(CompletableFuture::join);

            assertThat(delivered(secretariat, code)).as("newest first; neither the milestone nor the inject two days on").containsExactly("drop", "brief");
            assertThat(jdbc.sql("select count(*) from exercise_inject where exercise = :code").param("code", code).query(Long.class).single()).isEqualTo(2);
            JsonNode audit = getAs(secretariat, "/api/v1/audit/entries?action=exercise.inject&organization=" + code).body();
            assertThat(audit.path("totalItems").asLong()).isEqualTo(2);
            assertThat(audit.path("items").get(0).path("record").path("subject").asString()).isEqualTo("exercise:" + code);
            assertThat(audit.path("items").get(0).path("record").path("actor").asString()).isEqualTo("system");

            JsonNode drop = getAs(secretariat, "/api/v1/organizations/" + code + "/injects").body().path("items").get(0);
            assertThat(drop.path("kind").asString()).isEqualTo("unit_drops_out");
            assertThat(Instant.parse(drop.path("world").asString())).isEqualTo(WORLD.plus(Duration.ofHours(1)));
            assertThat(drop.path("text").asString()).contains("needed at home");
            assertThat(drop.path("payload").path("designation").asString()).isEqualTo(designation);
            assertThat(drop.path("expects").path("action").asString()).isEqualTo("replanned");
            assertThat(drop.path("sources").get(0).path("id").asString()).isEqualTo("BULLETIN");
            JsonNode copy = pledge(code, designation);
            assertThat(drop.path("withdrawnPledge").asLong()).isEqualTo(copy.path("id").asLong());
            assertThat(copy.path("status").asString()).isEqualTo("withdrawn");
            assertThat(pledge("CSTO", designation).path("id").asString()).isEqualTo(original);
            assertThat(pledge("CSTO", designation).path("status").asString()).as("the real record's pledge stands").isEqualTo("active");

            assertThat(injects.deliverDue()).isGreaterThanOrEqualTo(0);
            assertThat(delivered(secretariat, code)).as("a clock that stands delivers nothing more").containsExactly("drop", "brief");
        }

        /**
         * Injects arrive on the instance's own tick, whatever the application's scheduled work does: with its scheduler paused (as
         * an execution left picked, or a wall clock stepped back, would hold a scheduled task), the opening brief still arrives.
         */
        @Test
        void injectsArriveOnTheInstancesOwnTickWhileTheSchedulerIsPaused() {
            String name = scenario(unique("Tick unit"));
            scheduler.pause();
            try {
                String code = exercise(name, 0);
                awaitScheduledWork("the opening brief of " + code, Duration.ofSeconds(60), () -> delivered(secretariat, code).contains("brief"));
            } finally {
                scheduler.resume();
            }
        }

        @Test
        void aClosedExerciseGetsNothingMore() {
            String code = exercise(scenario(unique("Closed unit")), 0);
            assertThat(postAs(secretariat, "/api/v1/organizations/CSTO/exercises/" + code + "/closure", new byte[0]).status()).isEqualTo(200);
            List<String> before = delivered(secretariat, code);
            // The clock stands where the exercise closed; moved on all the same, nothing more arrives in a closed exercise.
            jdbc.sql("insert into exercise_clock_segment (exercise, real_from, world_from, speed, set_by) values (:code, :real, :world, 0, 'test')")
                    .param("code", code).param("real", java.time.OffsetDateTime.now(java.time.ZoneOffset.UTC))
                    .param("world", WORLD.plus(Duration.ofDays(3)).atOffset(java.time.ZoneOffset.UTC)).update();
            injects.deliverDue();
            assertThat(delivered(secretariat, code)).isEqualTo(before);
        }

        @Test
        void theInjectsAreReadByParticipantsAndTheOrganizationsSecretariatAndObserversOnly() {
            String code = exercise(scenario(unique("Read unit")), 0);
            injects.deliverDue();
            assertThat(delivered(tokenFor("injects-liaison", "liaison@" + code + "/KGZ"), code)).contains("brief");
            assertThat(delivered(tokenFor("injects-observer", "observer@" + code), code)).contains("brief");
            assertThat(delivered(tokenFor("injects-csto-observer", "observer@CSTO"), code)).contains("brief");
            assertThat(getAs(tokenFor("injects-outsider", "liaison@CSTO/KGZ"), "/api/v1/organizations/" + code + "/injects").status()).isEqualTo(403);
            assertThat(get("/api/v1/organizations/" + code + "/injects").status()).isEqualTo(401);
            Answer real = getAs(secretariat, "/api/v1/organizations/CSTO/injects");
            assertThat(real.status()).isEqualTo(422);
            assertThat(real.body().toString()).contains("organization");
        }

        @Test
        void theExercisesPageShowsItsClockAndTheInjectsThatArrivedAndItsSecretariatPausesTheClock() throws Exception {
            String name = scenario(unique("Page unit"));
            String code = exercise(name, 0);
            setWorld(code, WORLD.plus(Duration.ofMinutes(90)));
            injects.deliverDue();
            String page = "/organizations/" + code + "/exercise";

            var director = SignedInPages.signIn(context, jdbc, "exercise-page-director-" + System.nanoTime(), "secretariat@" + code);
            String html = director.get(page).getContentAsString();
            assertThat(html).contains(name, "A medical unit drops out", "needed at home", "Opening brief", "clock-resume", "clock-set-speed")
                    .doesNotContain("The council decides", "A bridge falls");
            assertThat(html.indexOf("A medical unit drops out")).as("newest first").isLessThan(html.indexOf("Opening brief"));
            assertThat(director.get(page + "?lang=ru").getContentAsString()).contains("Полученные вводные", "Подразделение выбывает");

            assertThat(director.postValues(page + "/clock", Map.of("speed", List.of("60"))).getStatus()).isEqualTo(302);
            assertThat(get("/api/v1/organizations/" + code + "/clock").body().path("speed").asDouble()).isEqualTo(60.0);
            assertThat(director.get(page).getContentAsString()).contains("clock-pause");
            director.postValues(page + "/clock", Map.of("speed", List.of("0")));
            assertThat(get("/api/v1/organizations/" + code + "/clock").body().path("running").asBoolean()).isFalse();

            var observer = SignedInPages.signIn(context, jdbc, "exercise-page-observer-" + System.nanoTime(), "observer@CSTO");
            assertThat(observer.get(page).getContentAsString()).contains("Opening brief").doesNotContain("clock-set-speed");
            assertThat(observer.postValues(page + "/clock", Map.of("speed", List.of("5"))).getStatus()).isEqualTo(403);
            var outsider = SignedInPages.signIn(context, jdbc, "exercise-page-outsider-" + System.nanoTime(), "liaison@CSTO/KGZ");
            assertThat(outsider.get(page).getStatus()).isEqualTo(403);
        }

        @Test
        void anExerciseIsMadeForAScenarioOfTheLibraryAtASpeedItsClockRuns() {
            Answer unknown = create("NO-SUCH-SCENARIO", null);
            assertThat(unknown.status()).isEqualTo(422);
            assertThat(unknown.body().toString()).contains("scenario");
            Answer tooFast = create(scenario(unique("Fast unit")), 100_000.0);
            assertThat(tooFast.status()).isEqualTo(400);
            assertThat(tooFast.body().toString()).contains("speed");
            Answer speedAlone = create(null, 10.0);
            assertThat(speedAlone.status()).isEqualTo(400);
            assertThat(speedAlone.body().toString()).contains("speed");
        }
    }
}
