package org.entente.exercise;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.Map;
import org.entente.support.DatabaseTest;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/** An exercise's world clock through the API: real time until set, then set by its secretariat, paused at speed 0, each setting audited. */
class ExerciseClockApiTest extends DatabaseTest {

    private static final Instant WORLD = Instant.parse("2022-01-05T00:00:00Z");

    private Answer put(String token, String path, Map<String, Object> body) {
        return putAs(token, path, json().valueToTree(body));
    }

    private String exercise(String secretariat) {
        Answer created = postAs(secretariat, "/api/v1/organizations/CSTO/exercises",
                json().writeValueAsBytes(Map.of("title", "Clock drill " + System.nanoTime())));
        assertThat(created.status()).as("%s", created.body()).isEqualTo(201);
        return created.body().path("code").asString();
    }

    @Test
    void theSecretariatSetsTheWorldAndItsSpeedAndAPausedClockStandsStill() {
        String secretariat = tokenFor("clock-director", "secretariat@CSTO");
        String code = exercise(secretariat);
        String clock = "/api/v1/organizations/" + code + "/clock";

        JsonNode real = get(clock).body();
        assertThat(real.path("speed").asDouble()).isEqualTo(1.0);
        assertThat(real.path("running").asBoolean()).isTrue();
        assertThat(real.path("settings").size()).isZero();

        Answer set = put(secretariat, clock, Map.of("world", WORLD.toString(), "speed", 144));
        assertThat(set.status()).as("%s", set.body()).isEqualTo(200);
        assertThat(Instant.parse(set.body().path("world").asString())).isEqualTo(WORLD);
        assertThat(set.body().path("speed").asDouble()).isEqualTo(144.0);
        assertThat(Instant.parse(get(clock).body().path("world").asString())).isAfterOrEqualTo(WORLD);

        Answer paused = put(secretariat, clock, Map.of("speed", 0));
        assertThat(paused.status()).as("%s", paused.body()).isEqualTo(200);
        assertThat(paused.body().path("running").asBoolean()).isFalse();
        Instant stood = Instant.parse(paused.body().path("world").asString());
        assertThat(stood).isAfterOrEqualTo(WORLD);
        assertThat(Instant.parse(get(clock).body().path("world").asString())).isEqualTo(stood);
        assertThat(get(clock).body().path("settings").size()).isEqualTo(2);

        JsonNode audit = getAs(secretariat, "/api/v1/audit/entries?action=exercise.clock&organization=" + code).body();
        assertThat(audit.path("totalItems").asLong()).isEqualTo(2);
        assertThat(audit.path("items").get(0).path("record").path("subject").asString()).isEqualTo("exercise:" + code);
    }

    @Test
    void onlyAnExercisesSecretariatSetsItsClockAndOnlyAnExerciseHasOne() {
        String secretariat = tokenFor("clock-director-2", "secretariat@CSTO");
        String code = exercise(secretariat);

        assertThat(put(tokenFor("clock-observer", "observer@" + code), "/api/v1/organizations/" + code + "/clock", Map.of("speed", 2)).status())
                .isEqualTo(403);
        Answer real = put(secretariat, "/api/v1/organizations/CSTO/clock", Map.of("speed", 2));
        assertThat(real.status()).as("a real organization, as every exercise-only address answers it").isEqualTo(422);
        assertThat(real.body().toString()).contains("organization");
        assertThat(get("/api/v1/organizations/CSTO/clock").status()).isEqualTo(422);
        assertThat(get("/api/v1/organizations/NOSUCH-ORG/clock").status()).isEqualTo(404);
        for (Map<String, Object> bad : new Map[] {Map.of("speed", 86_401), Map.of("speed", -1), Map.of()}) {
            Answer refused = put(secretariat, "/api/v1/organizations/" + code + "/clock", bad);
            assertThat(refused.status()).as("%s", bad).isEqualTo(400);
            assertThat(refused.body().toString()).contains("speed");
        }
    }
}
