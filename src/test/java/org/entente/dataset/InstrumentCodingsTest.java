package org.entente.dataset;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.entente.register.AllianceCodings;
import org.entente.register.AllianceCodings.AtopObligation;
import org.entente.register.AllianceCodings.CowType;
import org.entente.register.AllianceCodings.Finding;
import org.entente.register.Instrument;
import org.entente.register.OrganizationCode;
import org.entente.register.Register;
import org.entente.support.DatabaseTest;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * An instrument's codings in the alliance datasets (Correlates of War, ATOP) in the dataset format: the built-in
 * CSTO dataset ships the Collective Security Treaty's, with their sources and cautions; a document's codings are
 * checked, stored, exported to re-import as the same record, and shown in the API.
 */
class InstrumentCodingsTest {

    @Nested
    class OnH2 extends Checks {
    }

    @Nested
    @DatabaseTest.Postgres
    class OnPostgres extends Checks {
    }

    abstract static class Checks extends DatabaseTest {

        private static final String CODINGS = """
                {
                  "correlatesOfWar": {
                    "type": "neutrality_or_nonaggression",
                    "signed": "2015-03-10",
                    "exits": [{"state": "EST", "date": "2020-01"}],
                    "reference": "Pact register no. 1",
                    "caution": "Fictional, like the pact.",
                    "sources": ["PACT-TEXT"]
                  },
                  "atop": {
                    "obligations": [
                      {"obligation": "defense", "finding": "present", "clause": "NLP-ART3"},
                      {"obligation": "offense", "finding": "absent"},
                      {"obligation": "neutrality", "finding": "not_verified", "note": "The text is silent."},
                      {"obligation": "nonaggression", "finding": "present", "clause": "NLP-ART1"},
                      {"obligation": "consultation", "finding": "absent"}
                    ],
                    "caution": "Mapping is ours.",
                    "sources": ["GAZETTE-2019"]
                  }
                }
                """;

        @Autowired
        private Register register;

        private ObjectNode withCodings(String code) {
            ObjectNode document = smallDataset(code);
            ((ObjectNode) document.path("instruments").path(0)).set("codings", json().readTree(CODINGS));
            return document;
        }

        private Instrument instrument(String organization, String id) {
            return register.content(OrganizationCode.of(organization), Instant.now()).orElseThrow().instruments().stream()
                    .filter(instrument -> instrument.id().equals(id)).findFirst().orElseThrow();
        }

        private static List<String> errorFields(Answer answer) {
            assertThat(answer.status()).as("%s", answer.body()).isEqualTo(422);
            var fields = new ArrayList<String>();
            answer.body().path("errors").forEach(error -> fields.add(error.path("field").asString()));
            return fields;
        }

        @Test
        void theBuiltInCstoDatasetCodesTheTreatyAsACorrelatesOfWarDefensePactWithTheCautionAboutGiblersMemberList() {
            AllianceCodings codings = instrument("CSTO", "CST-1992").codings();

            var cow = codings.correlatesOfWar();
            assertThat(cow.type()).isEqualTo(CowType.DEFENSE_PACT);
            assertThat(cow.signed().toString()).isEqualTo("1992-05-15");
            assertThat(cow.exits()).extracting(exit -> exit.state().value() + " " + exit.date())
                    .containsExactly("AZE 1999-04-20", "GEO 1999-04-20", "UZB 1999-04-20");
            assertThat(cow.reference()).isEqualTo("UN Treaty no. 32307");
            assertThat(cow.caution()).contains("Moldova", "Turkmenistan", "Ukraine");
            assertThat(cow.sources()).contains("GIBLER", "COW_ALLIANCE");
        }

        @Test
        void theBuiltInCstoDatasetMapsTheTreatyToAtopsObligationsWithTheCautionThatTheMappingIsOurs() {
            var atop = instrument("CSTO", "CST-1992").codings().atop();

            assertThat(atop.mapping(AtopObligation.DEFENSE).clause()).isEqualTo("CST-ART4");
            assertThat(atop.mapping(AtopObligation.CONSULTATION).clause()).isEqualTo("CST-ART2");
            assertThat(atop.mapping(AtopObligation.NONAGGRESSION).clause()).isEqualTo("CST-ART1");
            assertThat(atop.mapping(AtopObligation.OFFENSE).finding()).isEqualTo(Finding.ABSENT);
            assertThat(atop.mapping(AtopObligation.NEUTRALITY).finding()).isEqualTo(Finding.NOT_VERIFIED);
            assertThat(atop.caution()).contains("NOT checked against the ATOP codesheet");
            assertThat(atop.sources()).contains("ATOP_CODEBOOK", "PEACESCI_ATOP");
            assertThat(instrument("CSTO", "CHARTER-2002").codings()).as("only the treaty is coded").isNull();
        }

        @Test
        void theApiShowsAnInstrumentsCodings() {
            JsonNode treaty = null;
            for (JsonNode instrument : get("/api/v1/organizations/CSTO/instruments?kind=treaty").body().path("items")) {
                if (instrument.path("id").asString().equals("CST-1992")) {
                    treaty = instrument;
                }
            }
            assertThat(treaty).isNotNull();
            assertThat(treaty.path("codings").path("correlatesOfWar").path("type").asString()).isEqualTo("defense_pact");
            assertThat(treaty.path("codings").path("atop").path("obligations").path(0).path("obligation").asString()).isEqualTo("defense");
            assertThat(treaty.path("codings").path("atop").path("obligations").path(0).path("clause").asString()).isEqualTo("CST-ART4");
        }

        @Test
        void aDocumentsCodingsReadBackAndExportAsTheDocumentSays() {
            ObjectNode document = withCodings("TESTQ-CODED");
            assertThat(imported(document).status()).isEqualTo(201);

            var codings = instrument("TESTQ-CODED", "NLP-TREATY").codings();

            assertThat(codings.correlatesOfWar().type()).isEqualTo(CowType.NEUTRALITY_OR_NONAGGRESSION);
            assertThat(codings.correlatesOfWar().exits().getFirst().date().toString()).isEqualTo("2020-01");
            assertThat(codings.atop().mapping(AtopObligation.NEUTRALITY).note()).isEqualTo("The text is silent.");
            Answer exported = exported("TESTQ-CODED", "");
            assertThat(exported.body().path("instruments").path(0).path("codings")).isEqualTo(document.path("instruments").path(0).path("codings"));
            Answer again = imported(exported.body());
            assertThat(again.status()).as("nothing changed").isEqualTo(200);
            assertThat(again.headers().getETag()).isEqualTo(exported.headers().getETag());
        }

        @Test
        void aCodingsSourcesAreAmongWhatTheSourcesSupport() {
            imported(withCodings("TESTQ-CITED"));

            JsonNode sources = get("/api/v1/organizations/TESTQ-CITED/sources?size=100").body().path("items");
            List<String> gazette = new ArrayList<>();
            sources.forEach(use -> {
                if (use.path("source").path("id").asString().equals("GAZETTE-2019")) {
                    use.path("supports").forEach(record -> gazette.add(record.asString()));
                }
            });
            assertThat(gazette).contains("instrument:NLP-TREATY");
        }

        @Test
        void aCorrectedCodingSupersedesTheOldOneWhichStaysReadableAsTheRegisterStood() {
            imported(withCodings("TESTQ-RECODED"));
            Instant between = Instant.now();
            ObjectNode corrected = withCodings("TESTQ-RECODED");
            ((ObjectNode) corrected.path("instruments").path(0).path("codings").path("correlatesOfWar")).put("type", "entente");
            imported(corrected);

            var now = register.content(OrganizationCode.of("TESTQ-RECODED"), Instant.now()).orElseThrow().instruments().getFirst();
            var then = register.content(OrganizationCode.of("TESTQ-RECODED"), between).orElseThrow().instruments().getFirst();
            assertThat(now.codings().correlatesOfWar().type()).isEqualTo(CowType.ENTENTE);
            assertThat(then.codings().correlatesOfWar().type()).isEqualTo(CowType.NEUTRALITY_OR_NONAGGRESSION);
        }

        @Test
        void aCodingThatNamesNoClauseOfItsInstrumentOrNoSourceOrMissesAnObligationIsRejected() {
            ObjectNode document = withCodings("TESTR-CODED");
            ObjectNode codings = (ObjectNode) document.path("instruments").path(0).path("codings");
            ((ObjectNode) codings.path("atop").path("obligations").path(0)).put("clause", "NO-SUCH-CLAUSE");
            ((ObjectNode) codings.path("atop").path("obligations").path(1)).put("clause", "NLP-ART1");
            ((ArrayNode) codings.path("atop").path("obligations")).remove(4);
            ((ArrayNode) codings.path("correlatesOfWar").path("sources")).add("NOWHERE");
            ((ObjectNode) codings.path("correlatesOfWar").path("exits").path(0)).put("state", "XYZ");

            List<String> fields = errorFields(post("/api/v1/datasets", document));

            assertThat(fields).contains(
                    "$.instruments[0].codings.atop.obligations[0].clause",
                    "$.instruments[0].codings.atop.obligations[1].clause",
                    "$.instruments[0].codings.atop.obligations",
                    "$.instruments[0].codings.correlatesOfWar.sources[1]",
                    "$.instruments[0].codings.correlatesOfWar.exits[0].state");
            assertThat(get("/api/v1/organizations/TESTR-CODED").status()).isEqualTo(404);
        }
    }
}
