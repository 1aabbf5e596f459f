package org.entente.dataset;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.List;
import java.util.function.Consumer;
import java.util.stream.Stream;
import org.entente.mission.RecordedExercise;
import org.entente.mission.RecordedExercises;
import org.entente.register.OrganizationCode;
import org.entente.support.DatabaseTest;
import org.entente.support.RawHttp;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * An organization's exercises in the dataset format (issue 17): a document's exercises import, read back through the API
 * with their sources and claims, export as imported and re-import changing nothing; an exercise the format's rules forbid
 * is refused with the JSON path of the error; and the organization's page shows each exercise on the timeline beside
 * membership and in the list below it, with "sources differ" where sources claim other figures.
 */
class ExercisesInDatasetTest {

    @Nested
    class OnH2 extends Checks {
    }

    @Nested
    @DatabaseTest.Postgres
    class OnPostgres extends Checks {
    }

    /** Two exercises of the small test organization: one with two personnel claims (one preferred) and a disagreement about it. */
    static final String EXERCISES = """
            [
              {
                "id": "EX-LAKES-2019",
                "name": "Lakes Shield-2019",
                "nameOriginal": "Järvikilpi-2019",
                "series": "lakes_shield",
                "period": {"from": "2019-09-02", "to": "2019-09-06"},
                "host": "FIN",
                "area": "Niinisalo training area",
                "participants": {"states": ["FIN", "EST"], "note": "Sweden observed.", "sources": ["GAZETTE-2019"]},
                "personnel": {
                  "claims": [
                    {"value": 1500, "bound": "about", "basis": "reported", "wording": "about 1,500 troops took part", "sources": ["GAZETTE-2019"]},
                    {"value": 2000, "bound": "up_to", "basis": "announced", "wording": "up to 2,000 troops will take part", "sources": ["PACT-TEXT"]}
                  ],
                  "preferred": 0,
                  "reason": "The count after the exercise; up to 2,000 was announced before it."
                },
                "equipment": {"claims": [{"value": 120, "bound": "more_than", "basis": "reported", "sources": ["GAZETTE-2019"]}]},
                "notes": "The first of the series.",
                "sources": ["GAZETTE-2019"]
              },
              {
                "id": "EX-LAKES-2020",
                "name": "Lakes Shield-2020",
                "status": "cancelled",
                "period": {"from": "2020-10"},
                "sources": ["PACT-TEXT"]
              }
            ]
            """;

    static final String DISAGREEMENT = """
            {
              "id": "DIS-LAKES-2019-PERSONNEL",
              "subject": "exercise:EX-LAKES-2019",
              "attribute": "personnel",
              "question": "How many troops took part in Lakes Shield-2019?",
              "reason": "The count after the exercise; up to 2,000 was announced before it.",
              "claims": [
                {"value": "about 1500", "preferred": true, "sources": ["GAZETTE-2019"]},
                {"value": "up to 2000", "sources": ["PACT-TEXT"]}
              ]
            }
            """;

    abstract static class Checks extends DatabaseTest {

        @Autowired
        private RecordedExercises exercises;

        @LocalServerPort
        private int port;

        private ObjectNode withExercises(String code) {
            ObjectNode document = smallDataset(code);
            document.set("exercises", json().readTree(EXERCISES));
            ((ArrayNode) document.get("disagreements")).add(json().readTree(DISAGREEMENT));
            return document;
        }

        private static ObjectNode exercise(ObjectNode document, int index) {
            return (ObjectNode) document.get("exercises").get(index);
        }

        @Test
        void aDocumentsExercisesExportAsImportedAndReimportingChangesNothing() {
            ObjectNode document = withExercises("TESTX-TRIP");
            assertThat(imported(document).status()).isEqualTo(201);
            Answer exported = exported("TESTX-TRIP", "");

            assertThat(exported.body().path("exercises")).isEqualTo(document.path("exercises"));
            assertThat(exported.body().path("disagreements")).isEqualTo(document.path("disagreements"));

            Answer again = imported(exported.body());
            assertThat(again.status()).as("nothing changed").isEqualTo(200);
            assertThat(again.body().path("changes").path("added").asInt()).isZero();
            assertThat(exported("TESTX-TRIP", "").headers().getETag()).isEqualTo(exported.headers().getETag());
        }

        @Test
        void theBuiltInCstoDatasetRecordsItsExercisesWithSourcesAndShowsWhereSourcesDisagree() {
            JsonNode items = get("/api/v1/organizations/CSTO/recorded-exercises?size=500").body().path("items");

            JsonNode interaction2023 = items.valueStream().filter(item -> item.path("id").asString().equals("EX-INTERACTION-2023")).findFirst().orElseThrow();
            assertThat(interaction2023.path("host").asString()).isEqualTo("BLR");
            assertThat(interaction2023.path("period").path("from").asString()).isEqualTo("2023-09-01");
            assertThat(interaction2023.path("participants").path("states").valueStream().map(JsonNode::asString)).doesNotContain("ARM");
            assertThat(items.valueStream().filter(item -> item.path("id").asString().equals("EX-INDESTRUCTIBLE-BROTHERHOOD-2022")))
                    .singleElement().satisfies(cancelled -> assertThat(cancelled.path("status").asString()).isEqualTo("cancelled"));
            JsonNode sources = get("/api/v1/organizations/CSTO/sources?size=500").body().path("items");
            assertThat(items).allSatisfy(item -> assertThat(item.path("sources")).isNotEmpty());
            assertThat(sources.valueStream().filter(source -> source.path("supports").toString().contains("exercise:"))
                    .allMatch(source -> source.path("source").path("url").asString().startsWith("http") && !source.path("source").path("excerpt").asString().isBlank()))
                    .as("every source of an exercise has an address and an excerpt").isTrue();
            JsonNode disputed = get("/api/v1/organizations/CSTO/disagreements?subject=exercise:EX-SEARCH-2017").body();
            assertThat(disputed.toString()).contains("RUS").contains("ARM");
            String page = RawHttp.send(port, "GET", "/organizations/CSTO?lang=en", List.of(), null).body();
            assertThat(page).contains("data-exercise=\"EX-INTERACTION-2023\"").contains("id=\"exercise-EX-INTERACTION-2023\"").contains("sources differ");
        }

        @Test
        void aDocumentWithoutExercisesExportsNoneAsBefore() {
            imported(smallDataset("TESTX-NONE"));

            assertThat(exported("TESTX-NONE", "").body().has("exercises")).isFalse();
        }

        @Test
        void aCorrectedExerciseSupersedesTheOldOneWhichStaysReadableAsTheRegisterStood() {
            ObjectNode original = withExercises("TESTX-CORR");
            imported(original);
            Instant between = Instant.now();
            ObjectNode corrected = original.deepCopy();
            ((ObjectNode) exercise(corrected, 1).get("period")).put("from", "2020-10-05").put("to", "2020-10-09");

            Answer answer = imported(corrected);

            assertThat(answer.status()).isEqualTo(201);
            assertThat(answer.body().path("changes").path("corrected").asInt()).isEqualTo(1);
            assertThat(exercises.all(OrganizationCode.of("TESTX-CORR"), between)).extracting(exercise -> exercise.from().toString())
                    .containsExactly("2019-09-02", "2020-10");
            assertThat(exercises.all(OrganizationCode.of("TESTX-CORR"), Instant.now())).extracting(exercise -> exercise.from().toString())
                    .containsExactly("2019-09-02", "2020-10-05");
        }

        @Test
        void theApiListsTheExercisesWithTheirSourcesAndClaimsOnePreferred() {
            imported(withExercises("TESTX-API"));

            Answer answer = get("/api/v1/organizations/TESTX-API/recorded-exercises");

            assertThat(answer.status()).isEqualTo(200);
            JsonNode items = answer.body().path("items");
            assertThat(items.valueStream().map(item -> item.path("id").asString())).containsExactly("EX-LAKES-2019", "EX-LAKES-2020");
            JsonNode first = items.get(0);
            assertThat(first.path("period").path("from").asString()).isEqualTo("2019-09-02");
            assertThat(first.path("period").path("to").asString()).isEqualTo("2019-09-06");
            assertThat(first.path("host").asString()).isEqualTo("FIN");
            assertThat(first.path("participants").path("states").valueStream().map(JsonNode::asString)).containsExactly("FIN", "EST");
            assertThat(first.path("personnel").path("preferred").path("words").asString()).isEqualTo("about 1500");
            assertThat(first.path("personnel").path("others").get(0).path("words").asString()).isEqualTo("up to 2000");
            assertThat(first.path("personnel").path("reason").asString()).startsWith("The count after the exercise");
            assertThat(first.path("equipment").path("preferred").path("words").asString()).isEqualTo("more than 120");
            assertThat(first.path("sources").valueStream().map(JsonNode::asString)).containsExactly("GAZETTE-2019");
            assertThat(items.get(1).path("period").path("to").isNull()).as("only the start is known").isTrue();
            assertThat(first.path("status").asString()).isEqualTo("held");
            assertThat(items.get(1).path("status").asString()).isEqualTo("cancelled");
            assertThat(items.get(1).path("personnel").isNull()).as("no source gives a figure").isTrue();
        }

        @Test
        void theApiReadsTheExercisesAsTheRegisterStoodAndNamesAnUnknownOrganization() {
            imported(smallDataset("TESTX-LATER"));
            Instant before = Instant.now();
            imported(withExercises("TESTX-LATER"));

            assertThat(get("/api/v1/organizations/TESTX-LATER/recorded-exercises?recordedAt=" + before).body().path("items")).isEmpty();
            assertThat(get("/api/v1/organizations/TESTX-LATER/recorded-exercises").body().path("items")).hasSize(2);
            assertThat(get("/api/v1/organizations/NO-SUCH-ORG/recorded-exercises").status()).isEqualTo(404);
        }

        @Test
        void theOrganizationsPageShowsEachExerciseOnTheTimelineAndInTheListWithSourcesThatDiffer() {
            imported(withExercises("TESTX-PAGE"));

            String page = RawHttp.send(port, "GET", "/organizations/TESTX-PAGE?lang=en", List.of(), null).body();

            assertThat(page).contains("class=\"exercise-mark\"").contains("data-exercise=\"EX-LAKES-2019\"").contains("data-exercise=\"EX-LAKES-2020\"");
            assertThat(page).contains("href=\"#exercise-EX-LAKES-2019\"").contains("id=\"exercise-EX-LAKES-2019\"");
            assertThat(page).contains("Lakes Shield-2019").contains("Järvikilpi-2019").contains("Niinisalo training area").contains("Sweden observed.");
            assertThat(page).contains("1 source differs").contains("up to 2,000").contains("about 1,500").contains("more than 120");
            assertThat(page).contains("data-status=\"cancelled\"").contains(">cancelled<");
            assertThat(page).as("the disagreement flagged where the exercise is shown").contains("#disagreement-DIS-LAKES-2019-PERSONNEL");
            assertThat(RawHttp.send(port, "GET", "/organizations/TESTX-PAGE?lang=ru", List.of(), null).body()).contains("Расходятся источники: 1");
        }

        @Test
        void anOrganizationWithoutExercisesSaysSoOnItsPage() {
            imported(smallDataset("TESTX-NOPAGE"));

            String page = RawHttp.send(port, "GET", "/organizations/TESTX-NOPAGE?lang=en", List.of(), null).body();

            assertThat(page).contains("id=\"no-exercises\"").doesNotContain("class=\"exercise-mark\"");
        }

        static Stream<Arguments> badExercises() {
            return Stream.of(
                    bad("an exercise citing a source the document lacks",
                            document -> ((ArrayNode) exercise(document, 0).get("sources")).add("NOWHERE"), "$.exercises[0].sources[1]", "NOWHERE"),
                    bad("a claim citing a source the document lacks",
                            document -> ((ArrayNode) exercise(document, 0).path("personnel").path("claims").path(1).get("sources")).set(0, "NOWHERE"),
                            "$.exercises[0].personnel.claims[1].sources[0]", "NOWHERE"),
                    bad("a host that is no state", document -> exercise(document, 0).put("host", "XYZ"), "$.exercises[0].host", "XYZ"),
                    bad("a participant that is no state",
                            document -> ((ArrayNode) exercise(document, 0).path("participants").get("states")).add("QQQ"),
                            "$.exercises[0].participants.states[2]", "QQQ"),
                    bad("a period that ends before it starts",
                            document -> ((ObjectNode) exercise(document, 0).get("period")).put("to", "2019-08-30"), "$.exercises[0].period.to", "before"),
                    bad("a month that ends before the day it starts",
                            document -> ((ObjectNode) exercise(document, 0).get("period")).put("to", "2019-08"), "$.exercises[0].period.to", "before"),
                    bad("a preferred claim that is not one of them",
                            document -> ((ObjectNode) exercise(document, 0).get("personnel")).put("preferred", 5), "$.exercises[0].personnel.preferred", "index"),
                    bad("an exercise given twice", document -> exercise(document, 1).put("id", "EX-LAKES-2019"), "$.exercises[1].id", "twice"),
                    bad("a disagreement about an exercise the document does not give",
                            document -> ((ObjectNode) document.get("disagreements").get(1)).put("subject", "exercise:EX-NOWHERE"),
                            "$.disagreements[1].subject", "EX-NOWHERE"),
                    bad("a disagreement about the host whose preferred claim is not the exercise's host",
                            document -> ((ObjectNode) document.get("disagreements").get(1)).put("attribute", "host"),
                            "$.disagreements[1].claims", "has host 'FIN'"),
                    bad("a status the format does not know", document -> exercise(document, 1).put("status", "imagined"), "$.exercises[1].status", "imagined"),
                    bad("a field the format does not have", document -> exercise(document, 0).put("commander", "nobody"), "$.exercises[0]", "commander"));
        }

        private static Arguments bad(String what, Consumer<ObjectNode> change, String path, String mentioned) {
            return Arguments.of(what, change, path, mentioned);
        }

        @ParameterizedTest(name = "{0}")
        @MethodSource("badExercises")
        void anExerciseTheFormatForbidsIsRefusedWithThePathOfTheError(String what, Consumer<ObjectNode> change, String path, String mentioned) {
            String code = "TESTX-BAD" + Math.floorMod(what.hashCode(), 100_000); // each case its own, so that none depends on another
            ObjectNode document = withExercises(code);
            change.accept(document);

            Answer answer = post("/api/v1/datasets", document);

            assertThat(answer.status()).as(what).isEqualTo(422);
            assertThat(answer.body().path("errors").valueStream()
                    .filter(error -> error.path("field").asString().equals(path))
                    .map(error -> error.path("message").asString()))
                    .as("%s: %s", what, answer.body().path("errors")).anySatisfy(message -> assertThat(message).contains(mentioned));
            assertThat(get("/api/v1/organizations/" + code + "/recorded-exercises").status()).as("nothing imported").isEqualTo(404);
        }

        @Test
        void theExercisesStartInOrderWhateverTheDocumentsOrder() {
            ObjectNode document = withExercises("TESTX-ORDER");
            ArrayNode list = (ArrayNode) document.get("exercises");
            JsonNode first = list.remove(0);
            list.add(first);
            imported(document);

            List<RecordedExercise> read = exercises.all(OrganizationCode.of("TESTX-ORDER"), Instant.now());

            assertThat(read).extracting(RecordedExercise::id).containsExactly("EX-LAKES-2019", "EX-LAKES-2020");
        }
    }
}
