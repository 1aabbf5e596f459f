package org.entente.dataset;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.entente.forces.ForcePool;
import org.entente.forces.ForcePools;
import org.entente.register.OrganizationCode;
import org.entente.register.Register;
import org.entente.register.RegisterContent;
import org.entente.support.DatabaseTest;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * Translations of a record's own text in the dataset format: a document's are checked, stored, exported to re-import as
 * the same record, and shown in the API; the built-in CSTO dataset ships Russian and Indonesian for its names, places,
 * clauses and pools.
 */
class TranslationsInDatasetTest {

    @Nested
    class OnH2 extends Checks {
    }

    @Nested
    @DatabaseTest.Postgres
    class OnPostgres extends Checks {
    }

    abstract static class Checks extends DatabaseTest {

        @Autowired
        private Register register;

        @Autowired
        private ForcePools pools;

        private ObjectNode translated(String code) {
            ObjectNode document = smallDataset(code);
            translate((ObjectNode) document.path("organization"), "{\"ru\": {\"headquarters\": \"Таллин\"}}");
            translate((ObjectNode) document.path("instruments").path(0),
                    "{\"ru\": {\"title\": \"Пакт о ненападении\", \"signedPlace\": \"Рига\"}, \"id\": {\"title\": \"Pakta nonagresi\"}}");
            translate((ObjectNode) document.path("clauses").path(0), "{\"id\": {\"title\": \"Pasal 1\", \"summary\": \"Tidak saling menyerang.\"}}");
            translate((ObjectNode) document.path("membershipEvents").path(0), "{\"ru\": {\"note\": \"Подписание.\"}}");
            translate((ObjectNode) document.path("disagreements").path(0), "{\"ru\": {\"question\": \"Когда Эстония вышла?\"}}");
            return document;
        }

        private void translate(ObjectNode record, String translations) {
            record.set("translations", json().readTree(translations));
        }

        private RegisterContent content(String code) {
            return register.content(OrganizationCode.of(code), Instant.now()).orElseThrow();
        }

        private static List<String> errorFields(Answer answer) {
            assertThat(answer.status()).as("%s", answer.body()).isEqualTo(422);
            var fields = new ArrayList<String>();
            answer.body().path("errors").forEach(error -> fields.add(error.path("field").asString()));
            return fields;
        }

        @Test
        void aDocumentsTranslationsReadBackAndExportAsTheDocumentSays() {
            ObjectNode document = translated("TESTT-TRANS");
            assertThat(imported(document).status()).isEqualTo(201);

            RegisterContent content = content("TESTT-TRANS");
            assertThat(content.organization().translations()).isEqualTo(Map.of("ru", Map.of("headquarters", "Таллин")));
            assertThat(content.instruments().getFirst().translations().get("ru")).containsEntry("signedPlace", "Рига");
            assertThat(content.clauses().stream().filter(clause -> clause.id().equals("NLP-ART1")).findFirst().orElseThrow().translations())
                    .isEqualTo(Map.of("id", Map.of("title", "Pasal 1", "summary", "Tidak saling menyerang.")));
            assertThat(content.clauses().stream().filter(clause -> clause.id().equals("NLP-ART3")).findFirst().orElseThrow().translations())
                    .as("a clause the document does not translate").isEmpty();
            Answer exported = exported("TESTT-TRANS", "");
            for (String records : List.of("instruments", "clauses", "membershipEvents", "disagreements")) {
                JsonNode translated = document.path(records).path(0);
                JsonNode back = null;
                for (JsonNode record : exported.body().path(records)) {
                    if (record.path("id").equals(translated.path("id"))) {
                        back = record;
                    }
                }
                assertThat(back).as(records).isNotNull();
                assertThat(back.path("translations")).as(records).isEqualTo(translated.path("translations"));
            }
            assertThat(exported.body().path("organization").path("translations")).isEqualTo(document.path("organization").path("translations"));
            assertThat(exported.body().path("clauses").path(1).has("translations")).as("none written where there are none").isFalse();
            Answer again = imported(exported.body());
            assertThat(again.status()).as("nothing changed").isEqualTo(200);
            assertThat(again.body().path("changes").path("corrected").asInt() + again.body().path("changes").path("added").asInt())
                    .as("records corrected or added by re-importing the export: %s", again.body().path("changes")).isZero();
        }

        @Test
        void aCorrectedTranslationSupersedesTheOldOneWhichStaysReadableAsTheRegisterStood() {
            imported(translated("TESTT-RETR"));
            Instant between = Instant.now();
            ObjectNode corrected = translated("TESTT-RETR");
            translate((ObjectNode) corrected.path("organization"), "{\"ru\": {\"headquarters\": \"Тарту\"}}");
            imported(corrected);

            assertThat(content("TESTT-RETR").organization().translations().get("ru")).containsEntry("headquarters", "Тарту");
            assertThat(register.content(OrganizationCode.of("TESTT-RETR"), between).orElseThrow().organization().translations().get("ru"))
                    .containsEntry("headquarters", "Таллин");
        }

        @Test
        void aTranslationIntoEnglishOrOfAFieldTheRecordDoesNotTranslateOrEmptyIsRejected() {
            ObjectNode document = translated("TESTT-WRONG");
            translate((ObjectNode) document.path("instruments").path(0), "{\"en\": {\"title\": \"Pact\"}}");
            translate((ObjectNode) document.path("clauses").path(0), "{\"ru\": {\"kinds\": \"договор\"}}");
            translate((ObjectNode) document.path("clauses").path(1), "{\"ru\": {\"title\": \"\"}}");
            translate((ObjectNode) document.path("disagreements").path(0), "{\"ru\": {}}");

            List<String> fields = errorFields(post("/api/v1/datasets", document));

            assertThat(fields).anyMatch(field -> field.startsWith("$.instruments[0].translations"));
            assertThat(fields).anyMatch(field -> field.startsWith("$.clauses[0].translations"));
            assertThat(fields).anyMatch(field -> field.startsWith("$.clauses[1].translations"));
            assertThat(fields).anyMatch(field -> field.startsWith("$.disagreements[0].translations"));
            assertThat(get("/api/v1/organizations/TESTT-WRONG").status()).isEqualTo(404);
        }

        @Test
        void theApiShowsAClausesTranslations() {
            imported(translated("TESTT-API"));

            JsonNode clause = get("/api/v1/organizations/TESTT-API/clauses").body().path("items").path(0);

            assertThat(clause.path("id").asString()).isEqualTo("NLP-ART1");
            assertThat(clause.path("translations").path("id").path("title").asString()).isEqualTo("Pasal 1");
        }

        @Test
        void theBuiltInCstoDatasetShipsRussianAndIndonesianForItsNamesPlacesClausesAndPools() {
            RegisterContent csto = content("CSTO");
            for (String language : List.of("ru", "id")) {
                assertThat(csto.organization().translations().get(language)).as(language).containsKey("headquarters");
                csto.instruments().forEach(instrument -> {
                    assertThat(instrument.translations().get(language)).as(instrument.id() + " in " + language).containsKey("title");
                    if (instrument.signedPlace() != null) {
                        assertThat(instrument.translations().get(language)).as(instrument.id() + " in " + language).containsKey("signedPlace");
                    }
                });
                csto.clauses().forEach(clause -> assertThat(clause.translations().get(language)).as(clause.id() + " in " + language)
                        .containsKey("title").containsKey("summary"));
                for (ForcePool pool : pools.all(OrganizationCode.of("CSTO"), Instant.now())) {
                    assertThat(pool.translations().get(language)).as(pool.id() + " in " + language).containsKey("name");
                }
            }
        }
    }
}
