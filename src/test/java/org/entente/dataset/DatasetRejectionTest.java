package org.entente.dataset;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.function.Consumer;
import java.util.stream.Stream;
import org.entente.support.DatabaseTest;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.MethodSource;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * An import is all or nothing: a document with any error is answered 422 with every error (each
 * naming the JSON path of the offending value), and the register is unchanged afterwards.
 */
class DatasetRejectionTest {

    @Nested
    class OnH2 extends Checks {
    }

    @Nested
    @DatabaseTest.Postgres
    class OnPostgres extends Checks {
    }

    abstract static class Checks extends DatabaseTest {

        private List<String> organizationCodes() {
            var codes = new ArrayList<String>();
            get("/api/v1/organizations?size=500").body().path("items").forEach(org -> codes.add(org.path("code").asString()));
            return codes;
        }

        /** Asserts a 422 problem answer and returns the fields (JSON paths) of its errors, in order. */
        private static List<String> rejectedFields(Answer answer) {
            assertThat(answer.status()).as("%s", answer.body()).isEqualTo(422);
            assertThat(answer.headers().getContentType()).hasToString("application/problem+json");
            assertThat(answer.body().path("status").asInt()).isEqualTo(422);
            assertThat(answer.body().path("detail").asString()).contains("nothing was imported");
            var fields = new ArrayList<String>();
            answer.body().path("errors").forEach(error -> {
                assertThat(error.path("message").asString()).as("message of %s", error).isNotBlank();
                fields.add(error.path("field").asString());
            });
            return fields;
        }

        private static String message(Answer answer, String field) {
            for (JsonNode error : answer.body().path("errors")) {
                if (error.path("field").asString().equals(field)) {
                    return error.path("message").asString();
                }
            }
            throw new AssertionError("no error at " + field + " in " + answer.body());
        }

        @ParameterizedTest(name = "{0}")
        @CsvSource({
                "invalid/unknown-state.json,               TESTR-STATE,    $.membershipEvents[1].state,     XYZ",
                "invalid/impossible-date.json,             TESTR-DATE,     $.membershipEvents[0].date,      2023-02-29",
                "invalid/malformed-date.json,              TESTR-DATEFORM, $.membershipEvents[1].date,      pattern",
                "invalid/withdrawal-before-signature.json, TESTR-WITHDRAW, $.membershipEvents[1].type,      withdr",
                "invalid/overlapping-memberships.json,     TESTR-TWICE,    $.membershipEvents[1].type,      overlap",
                "invalid/unknown-clause-kind.json,         TESTR-KIND,     $.clauses[0].kinds[1],           collective_defence",
                "invalid/unknown-source.json,              TESTR-SOURCE,   $.membershipEvents[0].sources[1], NOWHERE",
                "invalid/impossible-publication-date.json, TESTR-PUBDATE,  $.sources[0].published,          2019-02-30",
        })
        void rejectsTheWholeDocumentNamingThePathOfTheError(String document, String code, String path, String mentioned) {
            List<String> before = organizationCodes();

            Answer answer = post("/api/v1/datasets", datasetBytes(document));

            assertThat(rejectedFields(answer)).containsExactly(path);
            assertThat(message(answer, path)).contains(mentioned);
            assertThat(get("/api/v1/organizations/" + code).status()).isEqualTo(404);
            assertThat(organizationCodes()).isEqualTo(before);
        }

        /**
         * Changes to the small document with a request ({@link RequestFixtures}), each making one error: what
         * it is, the change, the path of the error, and what its message mentions.
         */
        static Stream<Arguments> badRequestsAndDecisionRules() {
            return Stream.of(
                    bad("a request invoking a clause the document lacks",
                            document -> RequestFixtures.request(document).put("clause", "NLP-ART9"), "$.requests[0].clause", "NLP-ART9"),
                    bad("a decision resting on a clause the document lacks",
                            document -> decision(document).put("clause", "NLP-ART9"), "$.requests[0].decision.clause", "NLP-ART9"),
                    bad("a request citing a source the document lacks",
                            document -> ((ArrayNode) RequestFixtures.request(document).get("sources")).add("NOWHERE"), "$.requests[0].sources[2]", "NOWHERE"),
                    bad("a request of no state",
                            document -> RequestFixtures.request(document).put("state", "XYZ"), "$.requests[0].state", "XYZ"),
                    bad("a request received on no real day",
                            document -> RequestFixtures.request(document).put("received", "2019-02-30"), "$.requests[0].received", "2019-02-30"),
                    bad("a threat of no category",
                            document -> RequestFixtures.request(document).put("threat", "cyber"), "$.requests[0].threat", "cyber"),
                    bad("a request whose id is used twice",
                            document -> ((ArrayNode) document.get("requests")).add(RequestFixtures.request(document).deepCopy()), "$.requests[1].id", "EST-2019"),
                    bad("a decision the day before the request was received",
                            document -> decision(document).put("date", "2019-12-13"), "$.requests[0].decision.date", "2019-12-13"),
                    bad("a decision in the month before the request was received",
                            document -> decision(document).put("date", "2019-11"), "$.requests[0].decision.date", "2019-11"),
                    bad("a vote of no state",
                            document -> vote(document, 1).put("state", "XYZ"), "$.requests[0].decision.votes[1].state", "XYZ"),
                    bad("a state's vote listed twice",
                            document -> vote(document, 1).put("state", "EST"), "$.requests[0].decision.votes[1].state", "twice"),
                    bad("a vote that is no vote",
                            document -> vote(document, 0).put("vote", "maybe"), "$.requests[0].decision.votes[0].vote", "maybe"),
                    bad("a decision rule on a clause that is not of kind decision_rule",
                            document -> RequestFixtures.clause(document, "NLP-ART3").set("decisionRule",
                                    RequestFixtures.clause(document, "NLP-ART7").get("decisionRule").deepCopy()),
                            "$.clauses[1].decisionRule", "decision_rule"),
                    bad("a threshold without a qualified majority",
                            document -> decisionRule(document).put("kind", "simple_majority"), "$.clauses[2].decisionRule.threshold", "simple_majority"),
                    bad("a qualified majority without a threshold",
                            document -> decisionRule(document).remove("threshold"), "$.clauses[2].decisionRule", "threshold"),
                    bad("a number beyond any the format takes (which the schema validator cannot compare)",
                            document -> decisionRule(document).put("quorum", -1e308), "$.clauses[2].decisionRule.quorum", "beyond"),
                    bad("a decision rule's body named by blanks only",
                            document -> decisionRule(document).put("body", "   "), "$.clauses[2].decisionRule.body", "\\S"),
                    bad("a decision rule's body of more than 200 characters",
                            document -> decisionRule(document).put("body", "C".repeat(201)), "$.clauses[2].decisionRule.body", "200"),
                    bad("a quorum above all the voters",
                            document -> decisionRule(document).put("quorum", 1.5), "$.clauses[2].decisionRule.quorum", "1.5"),
                    bad("a disagreement about a request the document does not record",
                            document -> disagreementAbout(document, "request:EST-2020"), "$.disagreements[1].subject", "EST-2020"),
                    bad("a preferred claim that contradicts the date a request was received",
                            document -> disagreementAbout(document, "request:EST-2019"), "$.disagreements[1].claims", "2019-12-14"));
        }

        private static Arguments bad(String what, Consumer<ObjectNode> change, String path, String mentioned) {
            return Arguments.of(what, change, path, mentioned);
        }

        private static ObjectNode decision(ObjectNode document) {
            return (ObjectNode) RequestFixtures.request(document).get("decision");
        }

        private static ObjectNode vote(ObjectNode document, int index) {
            return (ObjectNode) decision(document).path("votes").path(index);
        }

        private static ObjectNode decisionRule(ObjectNode document) {
            return (ObjectNode) RequestFixtures.clause(document, "NLP-ART7").get("decisionRule");
        }

        /** A second disagreement, about the date of {@code subject}, preferring {@code 2020-02} as the first one does. */
        private static void disagreementAbout(ObjectNode document, String subject) {
            ObjectNode disagreement = (ObjectNode) document.path("disagreements").path(0).deepCopy();
            disagreement.put("id", "DIS-REQUEST-DATE").put("subject", subject).put("attribute", "date");
            ((ArrayNode) document.get("disagreements")).add(disagreement);
        }

        @ParameterizedTest(name = "{0}")
        @MethodSource("badRequestsAndDecisionRules")
        void rejectsABadRequestOrDecisionRuleNamingThePathOfTheError(String what, Consumer<ObjectNode> change, String path, String mentioned) {
            ObjectNode document = RequestFixtures.withARequest(smallDataset("TESTR-REQUEST"), json());
            change.accept(document);

            Answer answer = post("/api/v1/datasets", document);

            assertThat(rejectedFields(answer)).containsExactly(path);
            assertThat(message(answer, path)).contains(mentioned);
            assertThat(get("/api/v1/organizations/TESTR-REQUEST").status()).isEqualTo(404);
        }

        @Test
        void acceptsTheDocumentWithARequestThatEachOfThoseChangesSpoils() {
            Answer answer = post("/api/v1/datasets", RequestFixtures.withARequest(smallDataset("TESTR-REQUEST-OK"), json()));

            assertThat(answer.status()).as("%s", answer.body()).isEqualTo(201);
        }

        /**
         * Changes to the worked mission of docs/dataset-format.md ({@code datasets/mission-example.json}), each making one
         * error: of its shape (the schema's) or of its meaning (what the mission's facts cannot make).
         */
        static Stream<Arguments> badMissions() {
            return Stream.of(
                    bad("a headcount bounded by no bound the format knows",
                            document -> claim(document, 0, 0).put("bound", "roughly"), "$.missions[0].contingents[0].strength.claims[0].bound", "roughly"),
                    bad("a milestone the format does not know",
                            document -> ((ObjectNode) contingent(document, 0).get("actual")).putObject("landing").put("at", "2019-12-20"),
                            "$.missions[0].contingents[0].actual", "landing"),
                    bad("a terminated step without its reason",
                            document -> ((ObjectNode) mission(document).path("steps").path(4)).put("status", "terminated"), "$.missions[0].steps[4]", "reason"),
                    bad("a mission citing a source the document lacks",
                            document -> ((ArrayNode) claim(document, 1, 1).get("sources")).add("NOWHERE"),
                            "$.missions[0].contingents[1].strength.claims[1].sources[1]", "NOWHERE"),
                    bad("a mission answering a request the document lacks",
                            document -> mission(document).put("request", "EST-2020"), "$.missions[0].request", "EST-2020"),
                    bad("a mission drawing on a force pool the document lacks",
                            document -> mission(document).put("forcePool", "NLP-CPF"), "$.missions[0].forcePool", "NLP-CPF"),
                    bad("a lifecycle out of order",
                            document -> ((ObjectNode) mission(document).path("steps").path(4)).put("status", "deploying"), "$.missions[0]",
                            "cannot go from drawing_down"),
                    bad("a contingent reported arriving before it left",
                            document -> ((ObjectNode) contingent(document, 0).path("actual").path("arrival")).put("at", "2019-12-10"), "$.missions[0]",
                            "comes before departure"),
                    bad("a preferred claim that is not one of the claims",
                            document -> ((ObjectNode) mission(document).get("strength")).put("preferred", 2), "$.missions[0].strength.preferred", "2 claims"),
                    bad("a contingent of no state",
                            document -> contingent(document, 0).put("state", "XYZ"), "$.missions[0].contingents[0].state", "XYZ"),
                    bad("a sitrep with a release marking: a dataset is the public record, its sitreps public",
                            document -> mission(document).putArray("sitreps").addObject().put("number", 1).put("revision", 1)
                                    .put("from", "2019-12-20T06:00:00Z").put("until", "2019-12-21T06:00:00Z").put("asOf", "2019-12-21T06:00:00Z")
                                    .put("preparedBy", "secretariat").put("summary", "Quiet").put("filedAt", "2019-12-21T07:00:00Z")
                                    .put("marking", "contributors").putObject("scope").put("kind", "mission"),
                            "$.missions[0].sitreps[0]", "marking"),
                    bad("a mission whose id is used twice",
                            document -> ((ArrayNode) document.get("missions")).add(mission(document).deepCopy()), "$.missions[1].id", "MIS-EST-2019"));
        }

        private static ObjectNode mission(ObjectNode document) {
            return (ObjectNode) document.path("missions").path(0);
        }

        private static ObjectNode contingent(ObjectNode document, int index) {
            return (ObjectNode) mission(document).path("contingents").path(index);
        }

        private static ObjectNode claim(ObjectNode document, int contingent, int index) {
            return (ObjectNode) contingent(document, contingent).path("strength").path("claims").path(index);
        }

        private ObjectNode missionExample(String code) {
            ObjectNode document = dataset("mission-example.json");
            ((ObjectNode) document.get("organization")).put("code", code);
            return document;
        }

        @ParameterizedTest(name = "{0}")
        @MethodSource("badMissions")
        void rejectsABadMissionNamingThePathOfTheError(String what, Consumer<ObjectNode> change, String path, String mentioned) {
            ObjectNode document = missionExample("TESTR-MISSION");
            change.accept(document);

            Answer answer = post("/api/v1/datasets", document);

            assertThat(rejectedFields(answer)).containsExactly(path);
            assertThat(message(answer, path)).contains(mentioned);
            assertThat(get("/api/v1/organizations/TESTR-MISSION").status()).isEqualTo(404);
        }

        @Test
        void acceptsTheMissionThatEachOfThoseChangesSpoils() {
            Answer answer = post("/api/v1/datasets", missionExample("TESTR-MIS-OK"));

            assertThat(answer.status()).as("%s", answer.body()).isEqualTo(201);
        }

        @Test
        void rejectsAMissionFieldTheFormatDoesNotHaveNamingTheObjectItIsIn() {
            ObjectNode document = missionExample("TESTR-MIS-FIELD");
            contingent(document, 0).put("size", 400);

            Answer answer = post("/api/v1/datasets", document);

            assertThat(rejectedFields(answer)).containsExactly("$.missions[0].contingents[0]");
            assertThat(message(answer, "$.missions[0].contingents[0]")).contains("size");
        }

        @Test
        void rejectsAStepWithoutItsStatusOnceWhereTheSchemaFindsIt() {
            ObjectNode document = missionExample("TESTR-MIS-STEP");
            ((ObjectNode) mission(document).path("steps").path(1)).remove("status");

            Answer answer = post("/api/v1/datasets", document);

            assertThat(rejectedFields(answer)).as("one error, not also the missing status again").containsExactly("$.missions[0].steps[1]");
            assertThat(message(answer, "$.missions[0].steps[1]")).contains("status");
        }

        @Test
        void aDocumentThatRecordsNoRequestsMayStillHaveADisagreementAboutOne() {
            ObjectNode document = smallDataset("TESTR-REQFREE");
            disagreementAbout(document, "request:NOT-RECORDED");

            Answer answer = post("/api/v1/datasets", document);

            assertThat(answer.status()).as("%s", answer.body()).isEqualTo(201);
        }

        @Test
        void rejectsASourceAddressThatIsNotHttpSoThatNoPageLinksToIt() {
            ObjectNode document = smallDataset("TESTR-URL");
            ((ObjectNode) document.path("sources").path(0)).put("url", "javascript:alert(document.cookie)");

            Answer answer = post("/api/v1/datasets", document);

            assertThat(rejectedFields(answer)).containsExactly("$.sources[0].url");
            assertThat(organizationCodes()).doesNotContain("TESTR-URL");
        }

        @Test
        void rejectsAControlCharacterOrALoneSurrogateInAnyTextNamingItsPath() {
            ObjectNode document = smallDataset("TESTR-CONTROL");
            ((ObjectNode) document.path("organization")).put("name", "Northern\u0000Lakes Pact");
            ((ObjectNode) document.path("sources").path(0)).put("title", "Treaty text LONE-SURROGATE");
            ((ObjectNode) document.path("sources").path(0)).put("publisher", "Depositary\n(line breaks and\ttabs are text)");
            String text = json().writeValueAsString(document).replace("LONE-SURROGATE", "\\ud800");

            Answer answer = post("/api/v1/datasets", text.getBytes(StandardCharsets.UTF_8));

            assertThat(rejectedFields(answer)).containsExactly("$.organization.name", "$.sources[0].title");
            assertThat(message(answer, "$.organization.name")).contains("U+0000");
            assertThat(organizationCodes()).doesNotContain("TESTR-CONTROL");
        }

        @Test
        void rejectsAControlCharacterInAPropertyNameNamingTheObjectItIsIn() {
            ObjectNode document = smallDataset("TESTR-NAME");
            ((ObjectNode) document.path("organization")).put("no\u0007te", "Northern\u0000Lakes");

            Answer answer = post("/api/v1/datasets", document);

            assertThat(rejectedFields(answer)).contains("$.organization").doesNotContain("$.organization.no\u0007te");
            var messages = new ArrayList<String>();
            answer.body().path("errors").forEach(error -> messages.add(error.path("field").asString() + ": " + error.path("message").asString()));
            assertThat(messages).contains("$.organization: a property name: the control character U+0007 at character 3 is not accepted in text");
            assertThat(organizationCodes()).doesNotContain("TESTR-NAME");
        }

        @Test
        void rejectsAPreferredClaimThatContradictsTheRecordItIsAbout() {
            ObjectNode document = smallDataset("TESTR-PREFER");
            JsonNode claims = document.path("disagreements").path(0).path("claims");
            ((ObjectNode) claims.path(0)).put("value", "2020-03");

            Answer answer = post("/api/v1/datasets", document);

            assertThat(rejectedFields(answer)).containsExactly("$.disagreements[0].claims");
            assertThat(message(answer, "$.disagreements[0].claims")).contains("2020-03").contains("2020-02");
            assertThat(organizationCodes()).doesNotContain("TESTR-PREFER");
        }

        @Test
        void rejectsTextThatIsNotJson() {
            List<String> before = organizationCodes();

            Answer answer = post("/api/v1/datasets", datasetBytes("invalid/not-json.txt"));

            assertThat(rejectedFields(answer)).containsExactly("$");
            assertThat(message(answer, "$")).contains("not a JSON document");
            assertThat(organizationCodes()).isEqualTo(before);
        }

        @Test
        void rejectsADocumentLargerThanFiveMegabytesThoughItIsOtherwiseValid() {
            byte[] oversized = padded(smallDocument("TESTR-BIG"), Datasets.MAX_DOCUMENT_BYTES + 1);

            Answer answer = post("/api/v1/datasets", oversized);

            assertThat(rejectedFields(answer)).containsExactly("$");
            assertThat(message(answer, "$")).contains(String.valueOf(Datasets.MAX_DOCUMENT_BYTES));
            assertThat(get("/api/v1/organizations/TESTR-BIG").status()).isEqualTo(404);
        }

        @Test
        void aRequestBodyOverTheGeneralLimitIsRefusedBeforeAnythingReadsIt() {
            Answer answer = post("/api/v1/datasets", padded(smallDocument("TESTR-HUGE"), 7 * 1024 * 1024));

            assertThat(answer.status()).isEqualTo(413);
            assertThat(get("/api/v1/organizations/TESTR-HUGE").status()).isEqualTo(404);
        }

        @Test
        void acceptsADocumentOfExactlyFiveMegabytes() {
            byte[] largest = padded(smallDocument("TESTR-MAXSIZE"), Datasets.MAX_DOCUMENT_BYTES);

            assertThat(post("/api/v1/datasets", largest).status()).isEqualTo(201);
        }

        @Test
        void listsEveryErrorOfADocumentWithSeveral() {
            Answer answer = post("/api/v1/datasets", datasetBytes("invalid/several-errors.json"));

            assertThat(rejectedFields(answer)).containsExactlyInAnyOrder(
                    "$.clauses[0].instrument",
                    "$.membershipEvents[1].state",
                    "$.membershipEvents[2].date",
                    "$.membershipEvents[3].type",
                    "$.membershipEvents[4].sources[0]",
                    "$.disagreements[0].claims");
            assertThat(answer.body().path("detail").asString()).startsWith("6 ");
            assertThat(get("/api/v1/organizations/TESTR-SEVERAL").status()).isEqualTo(404);
        }

        @Test
        void listsShapeErrorsAndMeaningErrorsTogether() {
            // docs/dataset-format.md: "if there is any error, nothing is imported, and the 422 answer lists every error".
            Answer answer = post("/api/v1/datasets", datasetBytes("invalid/schema-and-meaning-errors.json"));

            assertThat(rejectedFields(answer)).containsExactlyInAnyOrder("$.clauses[0].kinds[0]", "$.membershipEvents[0].state");
        }

        @Test
        void aRejectedCorrectionLeavesTheExistingRecordExactlyAsItWas() {
            ObjectNode document = smallDataset("TESTR-ATOMIC");
            assertThat(post("/api/v1/datasets", document).status()).isEqualTo(201);
            JsonNode exportedBefore = get("/api/v1/organizations/TESTR-ATOMIC/dataset").body();
            JsonNode historyBefore = get("/api/v1/organizations/TESTR-ATOMIC/states/FIN/history").body();

            // A valid correction, a new state, a removed record, and one error among them.
            ObjectNode correction = document.deepCopy();
            ((ObjectNode) correction.path("membershipEvents").path(0)).put("date", "2015-04-01");
            ((ArrayNode) correction.get("membershipEvents")).addObject()
                    .put("id", "EV-NOR-SIGN").put("state", "NOR").put("type", "signed").put("date", "2016-01-01")
                    .putArray("sources").add("PACT-TEXT");
            ((ArrayNode) correction.get("sources")).remove(2);
            ((ArrayNode) correction.get("membershipEvents")).addObject()
                    .put("id", "EV-BAD").put("state", "XYZ").put("type", "signed").put("date", "2016-01-01")
                    .putArray("sources").add("PACT-TEXT");

            Answer answer = post("/api/v1/datasets", correction);

            assertThat(rejectedFields(answer)).containsExactly("$.membershipEvents[8].state");
            assertThat(get("/api/v1/organizations/TESTR-ATOMIC/dataset").body()).isEqualTo(exportedBefore);
            assertThat(get("/api/v1/organizations/TESTR-ATOMIC/states/FIN/history").body()).isEqualTo(historyBefore);
            assertThat(get("/api/v1/organizations/TESTR-ATOMIC/members/NOR?date=2020-01-01").body().path("member").asBoolean()).isFalse();
        }

        private byte[] smallDocument(String code) {
            return json().writeValueAsBytes(smallDataset(code));
        }

        /** The document followed by spaces up to {@code size} bytes: still the same JSON document. */
        private static byte[] padded(byte[] document, int size) {
            byte[] padded = Arrays.copyOf(document, size);
            Arrays.fill(padded, document.length, size, (byte) ' ');
            assertThat(new String(padded, 0, document.length, StandardCharsets.UTF_8).strip()).endsWith("}");
            return padded;
        }
    }
}
