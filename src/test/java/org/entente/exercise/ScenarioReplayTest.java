package org.entente.exercise;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.entente.support.DatabaseTest;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * Replay through the API: the CSTO's Kazakhstan 2022 replay ships in its library, generated from the record; its secretariat replays
 * a recorded request into the library like any import (a new version only where something changed, audited), and nobody else may.
 */
class ScenarioReplayTest {

    @Nested
    class OnH2 extends Checks {
    }

    @Nested
    @DatabaseTest.Postgres
    class OnPostgres extends Checks {
    }

    abstract static class Checks extends DatabaseTest {

        private static final String LIBRARY = "/api/v1/organizations/CSTO/scenarios";
        private static final String REPLAYS = LIBRARY + "/replays";

        private String secretariat() {
            return tokenFor("replay-director", "secretariat@CSTO");
        }

        private Answer replay(String token, String body) {
            return postAs(token, REPLAYS, body.getBytes(java.nio.charset.StandardCharsets.UTF_8));
        }

        private static List<String> fields(Answer answer) {
            return answer.body().path("errors").valueStream().map(error -> error.path("field").asString()).toList();
        }

        @Test
        void theKazakhstanReplayShipsInTheCstosLibraryAndReplayingItAgainChangesNothing() {
            Answer shipped = getAs(tokenFor("replay-observer", "observer@CSTO"), LIBRARY + "/REPLAY-KAZ-2022");

            assertThat(shipped.status()).isEqualTo(200);
            assertThat(shipped.body().path("replayOf").asString()).isEqualTo("KAZ-2022");
            assertThat(shipped.body().path("world").asString()).isEqualTo("2022-01-05T00:00:00Z");
            assertThat(shipped.body().path("speed").asInt()).isEqualTo(144);
            assertThat(shipped.body().path("injects").valueStream().map(inject -> inject.path("kind").asString()))
                    .contains("request_arrives", "milestone", "message", "sitrep", "source_revises");

            Answer again = replay(secretariat(), "{\"request\": \"KAZ-2022\"}");

            assertThat(again.status()).as("%s", again.body()).isEqualTo(200);
            assertThat(again.body().path("name").asString()).isEqualTo("REPLAY-KAZ-2022");
        }

        @Test
        void aReplayAtAnotherSpeedIsANewVersionAuditedAsAnImport() {
            int before = getAs(secretariat(), LIBRARY + "?size=500").body().path("items").valueStream()
                    .filter(item -> item.path("name").asString().equals("REPLAY-KAZ-2022")).findFirst().orElseThrow().path("version").asInt();

            Answer faster = replay(secretariat(), "{\"request\": \"KAZ-2022\", \"speed\": 288}");

            assertThat(faster.status()).as("%s", faster.body()).isEqualTo(201);
            assertThat(faster.headers().getLocation()).hasToString(LIBRARY + "/REPLAY-KAZ-2022");
            assertThat(faster.body().path("version").asInt()).isEqualTo(before + 1);
            assertThat(faster.body().path("importedBy").asString()).isEqualTo("replay-director");
            JsonNode exported = getAs(secretariat(), LIBRARY + "/REPLAY-KAZ-2022").body();
            assertThat(exported.path("speed").asInt()).isEqualTo(288);
            JsonNode previous = getAs(secretariat(), LIBRARY + "/REPLAY-KAZ-2022?version=" + before).body();
            assertThat(((ObjectNode) exported.deepCopy()).put("speed", 144)).as("only the speed differs").isEqualTo(previous);
            assertThat(getAs(secretariat(), "/api/v1/audit/entries?action=scenario.import&subject=scenario:CSTO/REPLAY-KAZ-2022").body()
                    .path("items").valueStream().map(entry -> entry.path("record").path("actor").asString())).contains("replay-director");

            assertThat(replay(secretariat(), "{\"request\": \"KAZ-2022\", \"speed\": 144}").status()).as("back at a day in ten minutes").isEqualTo(201);
        }

        @Test
        void aRequestNotInTheRecordIsNotFoundAndNoneGivenIsABadRequest() {
            Answer unknown = replay(secretariat(), "{\"request\": \"KAZ-1999\"}");
            assertThat(unknown.status()).isEqualTo(404);
            assertThat(fields(unknown)).containsExactly("request");
            assertThat(getAs(secretariat(), LIBRARY + "/REPLAY-KAZ-1999").status()).isEqualTo(404);

            Answer none = replay(secretariat(), "{\"speed\": 144}");
            assertThat(none.status()).isEqualTo(400);
            assertThat(fields(none)).containsExactly("request");

            Answer tooFast = replay(secretariat(), "{\"request\": \"KAZ-2022\", \"speed\": 86401}");
            assertThat(tooFast.status()).isEqualTo(422);
            assertThat(fields(tooFast)).containsExactly("speed");
        }

        @Test
        void onlyTheSecretariatReplays() {
            assertThat(replay(tokenFor("replay-observer", "observer@CSTO"), "{\"request\": \"KAZ-2022\"}").status()).isEqualTo(403);
            assertThat(replay(tokenFor("replay-liaison", "liaison@CSTO/KAZ"), "{\"request\": \"KAZ-2022\"}").status()).isEqualTo(403);
            assertThat(postAs(null, REPLAYS, "{\"request\": \"KAZ-2022\"}".getBytes(java.nio.charset.StandardCharsets.UTF_8)).status()).isEqualTo(401);
        }
    }
}
