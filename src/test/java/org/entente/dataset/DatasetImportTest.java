package org.entente.dataset;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import org.entente.support.DatabaseTest;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * Importing dataset documents: a valid one is imported and importing it again changes nothing; an
 * export re-imports unchanged; a corrected or shortened document supersedes or retires records, and
 * the register still answers as it stood before.
 */
class DatasetImportTest {

    @Nested
    class OnH2 extends Checks {
    }

    @Nested
    @DatabaseTest.Postgres
    class OnPostgres extends Checks {
    }

    /** The record kinds of a document, each an array of records with an {@code id}. */
    static final List<String> RECORD_KINDS = List.of("sources", "instruments", "clauses", "membershipEvents", "disagreements", "requests", "forcePools", "missions", "exercises");

    abstract static class Checks extends DatabaseTest {

        private static ObjectNode record(JsonNode document, String kind, String id) {
            for (JsonNode record : document.path(kind)) {
                if (record.path("id").asString().equals(id)) {
                    return (ObjectNode) record;
                }
            }
            throw new IllegalArgumentException("no " + kind + " record " + id);
        }

        private static void remove(ObjectNode document, String kind, String id) {
            ArrayNode records = (ArrayNode) document.get(kind);
            for (int i = 0; i < records.size(); i++) {
                if (records.get(i).path("id").asString().equals(id)) {
                    records.remove(i);
                    return;
                }
            }
            throw new IllegalArgumentException("no " + kind + " record " + id);
        }

        /** The organization and every record of the document. */
        private static int records(JsonNode document) {
            return 1 + RECORD_KINDS.stream().mapToInt(kind -> document.path(kind).size()).sum();
        }

        private static Map<String, Integer> changes(int added, int corrected, int retired, int unchanged) {
            return Map.of("added", added, "corrected", corrected, "retired", retired, "unchanged", unchanged);
        }

        private Map<String, Integer> importing(JsonNode document) {
            Answer answer = post("/api/v1/datasets", document);
            JsonNode changes = answer.body().path("changes");
            boolean changed = changes.path("added").asInt() + changes.path("corrected").asInt() + changes.path("retired").asInt() > 0;
            assertThat(answer.status()).as("import: %s", answer.body()).isEqualTo(changed ? 201 : 200);
            assertThat(answer.body().path("organization").asString()).isEqualTo(document.path("organization").path("code").asString());
            return Map.of("added", changes.path("added").asInt(), "corrected", changes.path("corrected").asInt(),
                    "retired", changes.path("retired").asInt(), "unchanged", changes.path("unchanged").asInt());
        }

        private JsonNode export(String code, String query) {
            return exported(code, query).body();
        }

        private boolean isMember(String code, String state, String date, String query) {
            Answer answer = get("/api/v1/organizations/" + code + "/members/" + state + "?date=" + date + query);
            assertThat(answer.status()).as("%s", answer.body()).isEqualTo(200);
            return answer.body().path("member").asBoolean();
        }

        private List<String> organizationCodes() {
            var codes = new ArrayList<String>();
            get("/api/v1/organizations?size=500").body().path("items").forEach(org -> codes.add(org.path("code").asString()));
            return codes;
        }

        /** The document with its records in id order and clause kinds (a set) sorted, to compare documents whatever their order. */
        private JsonNode normalized(JsonNode document) {
            ObjectNode copy = (ObjectNode) document.deepCopy();
            for (String kind : RECORD_KINDS) {
                var sorted = new ArrayList<JsonNode>();
                copy.path(kind).forEach(sorted::add);
                sorted.sort(Comparator.comparing(record -> record.path("id").asString()));
                ArrayNode array = copy.putArray(kind);
                sorted.forEach(array::add);
            }
            for (JsonNode clause : copy.path("clauses")) {
                var kinds = new TreeSet<String>();
                clause.path("kinds").forEach(kind -> kinds.add(kind.asString()));
                ArrayNode array = ((ObjectNode) clause).putArray("kinds");
                kinds.forEach(array::add);
            }
            return copy;
        }

        @Test
        void importsAValidDocumentAndASecondIdenticalImportChangesNothing() {
            ObjectNode document = smallDataset("TESTA1");

            Answer first = post("/api/v1/datasets", document);
            assertThat(first.status()).isEqualTo(201);
            assertThat(first.headers().getLocation()).hasToString("/api/v1/organizations/TESTA1");
            assertThat(first.body().path("changes").path("added").asInt()).isEqualTo(records(document));
            Instant between = Instant.now();

            assertThat(importing(document)).isEqualTo(changes(0, 0, 0, records(document)));
            assertThat(organizationCodes()).containsOnlyOnce("TESTA1");
            assertThat(normalized(export("TESTA1", ""))).isEqualTo(normalized(export("TESTA1", "?recordedAt=" + between)));
        }

        @Test
        void theImportedRecordReadsBackAsTheDocumentSaysAndDerivesTheMembership() {
            ObjectNode document = smallDataset("TESTA2");
            importing(document);

            assertThat(normalized(export("TESTA2", ""))).isEqualTo(normalized(document));

            JsonNode organization = get("/api/v1/organizations/TESTA2").body();
            assertThat(organization.path("name").asString()).isEqualTo("Northern Lakes Pact");
            assertThat(organization.path("nativeNames").path(0).path("name").asString()).isEqualTo("Пакт Северных озёр");
            // EST withdrew in February 2020 (month precision: from 2020-02-01), LVA froze its participation, SWE is an observer.
            assertThat(isMember("TESTA2", "EST", "2020-01-31", "")).isTrue();
            assertThat(isMember("TESTA2", "EST", "2020-02-01", "")).isFalse();
            assertThat(isMember("TESTA2", "LVA", "2015-12-31", "")).isFalse();
            assertThat(isMember("TESTA2", "LVA", "2016-01-01", "")).isTrue();
            assertThat(isMember("TESTA2", "LVA", "2019-06-01", "")).isTrue();
            assertThat(isMember("TESTA2", "SWE", "2019-06-01", "")).isFalse();
            JsonNode members = get("/api/v1/organizations/TESTA2/members?date=2020-02-01").body();
            var standings = new TreeSet<String>();
            members.path("states").forEach(state -> standings.add(state.path("state").asString() + " " + state.path("standing").asString()));
            assertThat(standings).containsExactly("FIN member", "LVA participation_frozen", "SWE observer");

            JsonNode clausesIn2031 = get("/api/v1/organizations/TESTA2/clauses?inForceOn=2031-01-01").body().path("items");
            assertThat(clausesIn2031).extracting(clause -> clause.path("id").asString()).containsExactly("NLP-ART1");
            JsonNode history = get("/api/v1/organizations/TESTA2/states/EST/history").body();
            assertThat(history.path("membershipPeriods").path(0).path("period").path("until").asString()).isEqualTo("2020-02");
        }

        @Test
        void anExportReimportsWithNoChange() {
            importing(smallDataset("TESTA3"));
            JsonNode exported = export("TESTA3", "");

            assertThat(importing(exported)).isEqualTo(changes(0, 0, 0, records(exported)));
            assertThat(export("TESTA3", "")).isEqualTo(exported);
        }

        @Test
        void theBuiltInCstoRecordExportsToADocumentThatImportsToTheSameRecord() {
            JsonNode csto = export("CSTO", "");
            // The copy is no military alliance, so that it causes no exclusivity conflict for the CSTO.
            ObjectNode copy = (ObjectNode) csto.deepCopy();
            ((ObjectNode) copy.get("organization")).put("code", "TESTCSTO").put("militaryAlliance", false);

            assertThat(importing(copy)).isEqualTo(changes(records(csto), 0, 0, 0));
            JsonNode reExported = export("TESTCSTO", "");
            assertThat(reExported).isEqualTo(copy);
            assertThat(importing(reExported)).isEqualTo(changes(0, 0, 0, records(csto)));
            assertThat(get("/api/v1/organizations/TESTCSTO/members?date=2012-12-19").body().path("states"))
                    .isEqualTo(get("/api/v1/organizations/CSTO/members?date=2012-12-19").body().path("states"));
        }

        @Test
        void aCorrectedDocumentSupersedesTheOldRecordWhichStaysReadableAsTheRegisterStood() {
            Instant before = Instant.now();
            ObjectNode original = smallDataset("TESTA4");
            importing(original);
            Instant between = Instant.now();
            ObjectNode corrected = original.deepCopy();
            record(corrected, "membershipEvents", "EV-EST-WITHDRAW").put("date", "2021-06-30");
            ((ObjectNode) record(corrected, "disagreements", "DIS-EST-WITHDRAWAL-DATE").path("claims").path(0)).put("value", "2021-06-30");

            assertThat(importing(corrected)).isEqualTo(changes(0, 2, 0, records(original) - 2));

            String then = "&recordedAt=" + between;
            assertThat(isMember("TESTA4", "EST", "2020-06-01", then)).as("as the register stood between the imports").isFalse();
            assertThat(isMember("TESTA4", "EST", "2020-06-01", "")).as("now").isTrue();
            assertThat(isMember("TESTA4", "EST", "2021-06-30", "")).isFalse();
            assertThat(record(get("/api/v1/organizations/TESTA4/states/EST/history?recordedAt=" + between).body(), "events", "EV-EST-WITHDRAW")
                    .path("date").asString()).isEqualTo("2020-02");
            assertThat(record(get("/api/v1/organizations/TESTA4/states/EST/history").body(), "events", "EV-EST-WITHDRAW")
                    .path("date").asString()).isEqualTo("2021-06-30");
            assertThat(normalized(export("TESTA4", "?recordedAt=" + between))).isEqualTo(normalized(original));
            assertThat(normalized(export("TESTA4", ""))).isEqualTo(normalized(corrected));
            assertThat(get("/api/v1/organizations/TESTA4?recordedAt=" + before).status()).as("before the first import").isEqualTo(404);
        }

        @Test
        void aRecordRemovedFromTheDocumentIsRetiredAndStaysReadableAsTheRegisterStood() {
            ObjectNode original = smallDataset("TESTA5");
            importing(original);
            Instant between = Instant.now();
            ObjectNode shortened = original.deepCopy();
            remove(shortened, "membershipEvents", "EV-EST-WITHDRAW");
            remove(shortened, "disagreements", "DIS-EST-WITHDRAWAL-DATE");
            remove(shortened, "sources", "UNCITED");

            assertThat(importing(shortened)).isEqualTo(changes(0, 0, 3, records(original) - 3));

            assertThat(isMember("TESTA5", "EST", "2021-01-01", "&recordedAt=" + between)).isFalse();
            assertThat(isMember("TESTA5", "EST", "2021-01-01", "")).isTrue();
            assertThat(get("/api/v1/organizations/TESTA5/disagreements").body().path("items").size()).isZero();
            assertThat(get("/api/v1/organizations/TESTA5/disagreements?recordedAt=" + between).body().path("items").size()).isEqualTo(1);
            assertThat(normalized(export("TESTA5", ""))).isEqualTo(normalized(shortened));
            assertThat(normalized(export("TESTA5", "?recordedAt=" + between))).isEqualTo(normalized(original));
        }

        @Test
        void aNewRecordInAReimportedDocumentIsAdded() {
            ObjectNode original = smallDataset("TESTA6");
            importing(original);
            ObjectNode extended = original.deepCopy();
            ((ArrayNode) extended.get("membershipEvents")).addObject()
                    .put("id", "EV-FIN-LEAVE").put("state", "FIN").put("type", "withdrew").put("date", "2024-04-04")
                    .putArray("sources").add("PACT-TEXT");

            assertThat(importing(extended)).isEqualTo(changes(1, 0, 0, records(original)));
            assertThat(isMember("TESTA6", "FIN", "2024-04-03", "")).isTrue();
            assertThat(isMember("TESTA6", "FIN", "2024-04-04", "")).isFalse();
        }
    }
}
