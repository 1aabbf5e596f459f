package org.entente.exercise;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.entente.support.DatabaseTest;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * The CSTO's library of scenarios through the API: imported by its secretariat (every version kept, every error listed by its
 * path), read and exported as imported by its secretariat and observers only, with the shipped scenarios in it from the start.
 */
class ScenarioLibraryTest {

    @Nested
    class OnH2 extends Checks {
    }

    @Nested
    @DatabaseTest.Postgres
    class OnPostgres extends Checks {
    }

    abstract static class Checks extends DatabaseTest {

        private static final String LIBRARY = "/api/v1/organizations/CSTO/scenarios";

        private static byte[] shipped(String name) {
            try (InputStream in = ScenarioLibraryTest.class.getResourceAsStream("/scenarios/" + name + ".json")) {
                return in.readAllBytes();
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }

        /** The shipped flood scenario under a name of its own, so that each test has a scenario no other touches. */
        private ObjectNode flood(String name) {
            ObjectNode document = (ObjectNode) json().readTree(shipped("CSTO-FLOOD-KGZ"));
            document.put("name", name);
            return document;
        }

        private static String unique(String prefix) {
            return prefix + "-" + System.nanoTime();
        }

        private String secretariat() {
            return tokenFor("scenario-director", "secretariat@CSTO");
        }

        private Answer importAs(String token, JsonNode document) {
            return postAs(token, LIBRARY, json().writeValueAsBytes(document));
        }

        @Test
        void anImportedScenarioExportsAsItWasImportedAndIsListed() {
            String name = unique("DRILL");
            ObjectNode document = flood(name);

            Answer imported = importAs(secretariat(), document);

            assertThat(imported.status()).as("%s", imported.body()).isEqualTo(201);
            assertThat(imported.headers().getLocation()).hasToString(LIBRARY + "/" + name);
            assertThat(imported.body().path("version").asInt()).isEqualTo(1);
            assertThat(imported.body().path("injects").asInt()).isEqualTo(15);
            assertThat(imported.body().path("duration").asString()).isEqualTo("PT144H");
            assertThat(imported.body().path("importedBy").asString()).isEqualTo("scenario-director");

            String observer = tokenFor("scenario-observer", "observer@CSTO");
            Answer exported = getAs(observer, LIBRARY + "/" + name);
            assertThat(exported.status()).isEqualTo(200);
            assertThat(exported.body()).as("export = import").isEqualTo(document);
            assertThat(importAs(secretariat(), exported.body()).status()).as("the export imports again, changing nothing").isEqualTo(200);

            assertThat(getAs(observer, LIBRARY + "?size=500").body().path("items").valueStream().filter(item -> item.path("name").asString().equals(name)))
                    .singleElement().satisfies(item -> {
                        assertThat(item.path("title").asString()).isEqualTo("Spring floods in Kyrgyzstan: humanitarian relief");
                        assertThat(item.path("injects").asInt()).isEqualTo(15);
                        assertThat(item.path("duration").asString()).isEqualTo("PT144H");
                        assertThat(item.path("importedAt").isMissingNode()).isFalse();
                        assertThat(item.path("document").asString()).isEqualTo(LIBRARY + "/" + name);
                    });
        }

        @Test
        void anImportUnderANameHeldAddsAVersionAndKeepsTheOldOne() {
            String name = unique("DRILL");
            ObjectNode first = flood(name);
            assertThat(importAs(secretariat(), first).status()).isEqualTo(201);
            ObjectNode second = first.deepCopy().put("speed", 288);

            Answer again = importAs(secretariat(), second);

            assertThat(again.status()).isEqualTo(201);
            assertThat(again.body().path("version").asInt()).isEqualTo(2);
            assertThat(getAs(secretariat(), LIBRARY + "/" + name).body().path("speed").asInt()).isEqualTo(288);
            assertThat(getAs(secretariat(), LIBRARY + "/" + name + "?version=1").body()).isEqualTo(first);
            assertThat(getAs(secretariat(), LIBRARY + "/" + name + "?version=3").status()).isEqualTo(404);
            assertThat(getAs(secretariat(), LIBRARY + "?size=500").body().path("items").valueStream().filter(item -> item.path("name").asString().equals(name)))
                    .as("listed once, as its newest version").singleElement().satisfies(item -> assertThat(item.path("version").asInt()).isEqualTo(2));

            List<JsonNode> entries = getAs(secretariat(), "/api/v1/audit/entries?action=scenario.import&subject=scenario:CSTO/" + name).body()
                    .path("items").valueStream().toList();
            assertThat(entries).as("one entry per version added").hasSize(2).allSatisfy(entry -> {
                assertThat(entry.path("record").path("actor").asString()).isEqualTo("scenario-director");
                assertThat(entry.path("record").path("organization").asString()).isEqualTo("CSTO");
            });
        }

        @Test
        void anInvalidDocumentIsRefusedWithEveryErrorByItsPathAndNothingImported() {
            String name = unique("BROKEN");
            ObjectNode document = flood(name);
            document.put("speed", 0);
            ((ObjectNode) document.get("injects").get(1).get("payload")).put("state", "XKX");

            Answer refused = importAs(secretariat(), document);

            assertThat(refused.status()).isEqualTo(422);
            assertThat(refused.body().path("errors").valueStream().map(error -> error.path("field").asString()))
                    .containsExactlyInAnyOrder("$.speed", "$.injects[1].payload.state");
            assertThat(getAs(secretariat(), LIBRARY + "/" + name).status()).isEqualTo(404);
        }

        @Test
        void aBodyThatIsNoJsonIsABadRequest() {
            Answer refused = postAs(secretariat(), LIBRARY, "{\"format\": ".getBytes(StandardCharsets.UTF_8));

            assertThat(refused.status()).isEqualTo(400);
            assertThat(refused.body().path("errors").get(0).path("field").asString()).isEqualTo("$");
        }

        @Test
        void aScenarioIsImportedIntoTheLibraryOfTheOrganizationWhoseRecordItAssumes() {
            ObjectNode document = flood(unique("ELSEWHERE"));
            document.put("organization", "NATO");

            Answer refused = importAs(secretariat(), document);

            assertThat(refused.status()).isEqualTo(422);
            assertThat(refused.body().path("errors").valueStream().map(error -> error.path("field").asString())).contains("$.organization");
        }

        @Test
        void anExerciseHasNoLibraryOfItsOwn() {
            String secretariat = secretariat();
            Answer exercise = postAs(secretariat, "/api/v1/organizations/CSTO/exercises",
                    json().writeValueAsBytes(java.util.Map.of("title", "Scenario library drill " + System.nanoTime())));
            assertThat(exercise.status()).as("%s", exercise.body()).isEqualTo(201);
            String code = exercise.body().path("code").asString();
            ObjectNode document = flood(unique("INSIDE"));
            document.put("organization", code);

            Answer refused = postAs(secretariat, "/api/v1/organizations/" + code + "/scenarios", json().writeValueAsBytes(document));

            assertThat(refused.status()).isEqualTo(422);
            assertThat(refused.body().path("errors").valueStream().map(error -> error.path("field").asString())).containsExactly("organization");
        }

        @Test
        void onlyTheSecretariatImportsAndOnlyItAndObserversRead() {
            String name = unique("DRILL");
            assertThat(importAs(secretariat(), flood(name)).status()).isEqualTo(201);
            String liaison = tokenFor("scenario-liaison", "liaison@CSTO/KGZ");
            String observer = tokenFor("scenario-observer", "observer@CSTO");
            String otherSecretariat = tokenFor("scenario-nato-secretariat", "secretariat@NATO");

            assertThat(importAs(liaison, flood(unique("DRILL"))).status()).isEqualTo(403);
            assertThat(importAs(observer, flood(unique("DRILL"))).status()).isEqualTo(403);
            assertThat(getAs(liaison, LIBRARY).status()).isEqualTo(403);
            assertThat(getAs(liaison, LIBRARY + "/" + name).status()).isEqualTo(403);
            assertThat(getAs(otherSecretariat, LIBRARY + "/" + name).status()).isEqualTo(403);
            assertThat(get(LIBRARY + "/" + name).status()).isEqualTo(401);
            assertThat(getAs(observer, LIBRARY + "/" + name).status()).isEqualTo(200);
            assertThat(getAs(observer, LIBRARY + "/NO-SUCH-SCENARIO").status()).isEqualTo(404);
        }

        @Test
        void theShippedScenariosAreInTheCstosLibraryAsShipped() {
            for (String name : List.of("CSTO-FLOOD-KGZ", "CSTO-BORDER-TJK")) {
                Answer exported = getAs(secretariat(), LIBRARY + "/" + name);
                assertThat(exported.status()).as(name).isEqualTo(200);
                assertThat(exported.body()).as(name).isEqualTo(json().readTree(shipped(name)));
                assertThat(postAs(secretariat(), LIBRARY, shipped(name)).status()).as("%s imports, as it is in the library already", name).isEqualTo(200);
            }
        }
    }
}
