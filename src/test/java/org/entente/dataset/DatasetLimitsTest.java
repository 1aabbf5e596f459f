package org.entente.dataset;

import static org.assertj.core.api.Assertions.assertThat;

import org.entente.support.DatabaseTest;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * A document the format allows (the JSON Schema's lengths and counts) is imported whole and read back
 * as it was, however close to the limits it goes.
 */
class DatasetLimitsTest {

    @Nested
    class OnH2 extends Checks {
    }

    @Nested
    @DatabaseTest.Postgres
    class OnPostgres extends Checks {
    }

    abstract static class Checks extends DatabaseTest {

        private void assertImportedAsItIs(ObjectNode document, String code) {
            Answer answer = post("/api/v1/datasets", document);
            assertThat(answer.status()).as("import: %s", answer.body()).isEqualTo(201);
            assertThat(post("/api/v1/datasets", document).body().path("changes").path("added").asInt()).isZero();
            Answer exported = get("/api/v1/organizations/" + code + "/dataset");
            assertThat(exported.status()).isEqualTo(200);
            assertThat(post("/api/v1/datasets", exported.body()).body().path("changes").path("unchanged").asInt())
                    .isEqualTo(answer.body().path("changes").path("added").asInt());
        }

        @Test
        void importsTheLongestTexts() {
            ObjectNode document = smallDataset("TESTL-TEXT");
            ObjectNode organization = (ObjectNode) document.get("organization");
            organization.put("name", "N".repeat(4000)).put("abbreviation", "A".repeat(20)).put("headquarters", "H".repeat(200));
            ObjectNode source = (ObjectNode) document.path("sources").path(0);
            source.put("title", "T".repeat(4000)).put("publisher", "P".repeat(300)).put("url", "https://example.org/" + "u".repeat(1980))
                    .put("excerpt", "Э".repeat(20000));
            ObjectNode instrument = (ObjectNode) document.path("instruments").path(0);
            instrument.put("title", "I".repeat(4000)).put("signedPlace", "S".repeat(200)).put("renewalRule", "R".repeat(4000));
            ObjectNode clause = (ObjectNode) document.path("clauses").path(0);
            clause.put("article", "1".repeat(80)).put("title", "C".repeat(4000)).put("summary", "s".repeat(4000));
            ((ObjectNode) document.path("membershipEvents").path(0)).put("note", "n".repeat(4000));

            assertImportedAsItIs(document, "TESTL-TEXT");
            JsonNode exported = get("/api/v1/organizations/TESTL-TEXT/dataset").body();
            assertThat(exported.path("organization").path("name").asString()).hasSize(4000);
        }

        @Test
        void importsTheLongestIdentifiers() {
            ObjectNode document = smallDataset("TESTL-ID");
            String longId = "S".repeat(79) + "X";
            ((ObjectNode) document.path("sources").path(2)).put("id", longId);
            ((ArrayNode) document.path("organization").path("sources")).add(longId);
            ((ObjectNode) document.path("membershipEvents").path(0)).put("id", "E".repeat(80));

            assertImportedAsItIs(document, "TESTL-ID");
        }

        @Test
        void importsAFactCitingFiftySourcesWithTheLongestIds() {
            ObjectNode document = smallDataset("TESTL-CITES");
            ArrayNode sources = (ArrayNode) document.get("sources");
            ArrayNode cited = ((ObjectNode) document.get("organization")).putArray("sources");
            for (int i = 0; i < 50; i++) {
                String id = String.format("%02d", i) + "-" + "x".repeat(77);
                sources.addObject().put("id", id).put("title", "Source " + i);
                cited.add(id);
            }

            assertImportedAsItIs(document, "TESTL-CITES");
        }

        @Test
        void importsADisagreementWithTwentyClaimsOfTheLongestWording() {
            ObjectNode document = smallDataset("TESTL-CLAIMS");
            ObjectNode disagreement = (ObjectNode) document.path("disagreements").path(0);
            disagreement.put("attribute", "wording"); // a free attribute: no record field for the preferred claim to match
            ArrayNode claims = disagreement.putArray("claims");
            for (int i = 0; i < 20; i++) {
                ObjectNode claim = claims.addObject().put("value", i + "v".repeat(1998)).put("wording", "w".repeat(4000));
                if (i == 0) {
                    claim.put("preferred", true);
                }
                claim.putArray("sources").add("GAZETTE-2019");
            }

            assertImportedAsItIs(document, "TESTL-CLAIMS");
        }

        @Test
        void importsTwentyNativeNamesOfTheLongestLength() {
            ObjectNode document = smallDataset("TESTL-NAMES");
            ArrayNode names = ((ObjectNode) document.get("organization")).putArray("nativeNames");
            for (int i = 0; i < 20; i++) {
                names.addObject().put("language", "l" + (char) ('a' + i)).put("name", "Имя".repeat(1333)).put("abbreviation", "A".repeat(20));
            }

            assertImportedAsItIs(document, "TESTL-NAMES");
        }
    }
}
