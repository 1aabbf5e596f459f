package org.entente.dataset;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;
import org.entente.support.DatabaseTest;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/**
 * The built-in CSTO dataset's provenance through the API: every disagreement the checked facts
 * record ({@code data/csto-facts.json}) is shown with all its claims, one preferred and why; every
 * source is listed with the facts it supports.
 */
class BuiltInCstoProvenanceTest {

    @Nested
    class OnH2 extends Checks {
    }

    @Nested
    @DatabaseTest.Postgres
    class OnPostgres extends Checks {
    }

    abstract static class Checks extends DatabaseTest {

        private List<JsonNode> disagreements() {
            Answer answer = get("/api/v1/organizations/CSTO/disagreements?size=500");
            assertThat(answer.status()).isEqualTo(200);
            assertThat(answer.body().path("totalPages").asInt()).isEqualTo(1);
            return list(answer.body().path("items"));
        }

        /** The one disagreement about {@code attribute} of {@code subject}. */
        private JsonNode disagreement(String subject, String attribute) {
            List<JsonNode> found = disagreements().stream()
                    .filter(d -> d.path("subject").asString().equals(subject) && d.path("attribute").asString().equals(attribute))
                    .toList();
            assertThat(found).as("disagreements about %s of %s", attribute, subject).hasSize(1);
            return found.getFirst();
        }

        private static JsonNode preferred(JsonNode disagreement) {
            List<JsonNode> preferred = list(disagreement.path("claims")).stream().filter(c -> c.path("preferred").asBoolean()).toList();
            assertThat(preferred).as("preferred claims of %s", disagreement.path("id")).hasSize(1);
            return preferred.getFirst();
        }

        /** The claim with {@code value} that is not preferred and cites {@code source}. */
        private static JsonNode otherClaim(JsonNode disagreement, String value, String source) {
            List<JsonNode> found = list(disagreement.path("claims")).stream()
                    .filter(c -> !c.path("preferred").asBoolean())
                    .filter(c -> c.path("value").asString().equals(value))
                    .filter(c -> strings(c.path("sources")).contains(source))
                    .toList();
            assertThat(found).as("claim '%s' of %s in %s", value, source, disagreement).hasSize(1);
            return found.getFirst();
        }

        @Test
        void everyDisagreementHasOnePreferredClaimAmongOthersAndAReason() {
            List<JsonNode> all = disagreements();

            assertThat(all).hasSizeGreaterThanOrEqualTo(10);
            assertThat(all).allSatisfy(disagreement -> {
                assertThat(disagreement.path("claims").size()).isGreaterThanOrEqualTo(2);
                assertThat(preferred(disagreement).path("sources").size()).isPositive();
                assertThat(disagreement.path("reason").asString()).isNotBlank();
                assertThat(disagreement.path("question").asString()).isNotBlank();
            });
        }

        @Test
        void keepsTheArticlesReadingOfBelarusAsA1992FounderBesideTheDateOfItsSignature() {
            JsonNode belarus = disagreement("membershipEvent:EV-BLR-ACCEDE", "date");

            assertThat(preferred(belarus).path("value").asString()).isEqualTo("1993-12-31");
            assertThat(strings(preferred(belarus).path("sources"))).doesNotContain("ART");
            otherClaim(belarus, "1992-05-15", "ART");
        }

        @Test
        void prefersJune2010ForKyrgyzstansRequestWhichTheArticleDates2009() {
            JsonNode kyrgyzstan = disagreement("request:KGZ-2010", "date");

            assertThat(preferred(kyrgyzstan).path("value").asString()).startsWith("2010");
            assertThat(preferred(kyrgyzstan).path("value").asString()).isEqualTo("2010-06-12");
            otherClaim(kyrgyzstan, "2009", "ART");
        }

        @Test
        void datesArmenias2021RequestToMay14WithTheOtherReadingsKept() {
            JsonNode armenia = disagreement("request:ARM-2021", "date");

            assertThat(preferred(armenia).path("value").asString()).isEqualTo("2021-05-14");
            otherClaim(armenia, "2021-05-13", "AYSOR_2021");
            assertThat(list(armenia.path("claims"))).anySatisfy(claim -> assertThat(strings(claim.path("sources"))).contains("ART"));
        }

        @Test
        void prefersArticle4AsTheLegalBasisOfKazakhstansRequest() {
            JsonNode basis = disagreement("request:KAZ-2022", "legalBasis");

            assertThat(preferred(basis).path("value").asString()).contains("Article 4");
            assertThat(list(basis.path("claims"))).anySatisfy(claim -> {
                assertThat(claim.path("preferred").asBoolean()).isFalse();
                assertThat(strings(claim.path("sources"))).contains("ART");
                assertThat(claim.path("value").asString()).containsIgnoringCase("charter");
            });
        }

        @Test
        void showsTheSizeAndTheEstablishmentOfTheRapidReactionForcesInDispute() {
            JsonNode personnel = disagreement("forcePool:CRRF", "personnel");
            JsonNode established = disagreement("forcePool:CRRF", "established");

            assertThat(preferred(personnel).path("value").asString()).contains("18,000");
            otherClaim(personnel, "17,000-22,000", "ART");
            assertThat(preferred(established).path("value").asString()).isEqualTo("2009-02-04");
            otherClaim(established, "2009-02-24", "KREMLIN_48774");
        }

        @Test
        void datesTheDecisionOnKazakhstanToTheSixthWithTheOvernightAnnouncementOfTheFifthBesideIt() {
            JsonNode date = disagreement("request:KAZ-2022", "decisionDate");

            assertThat(preferred(date).path("value").asString()).isEqualTo("2022-01-06");
            otherClaim(date, "2022-01-05", "ABOUTLYRICS_2022");
        }

        @Test
        void prefersTheCountedStrengthOfTheKazakhstanMissionToTheAnnouncedOne() {
            JsonNode strength = get("/api/v1/organizations/CSTO/missions/MIS-KAZ-2022").body().path("strength");

            assertThat(strength.path("preferred").path("value").asInt()).isEqualTo(2030);
            assertThat(strength.path("preferred").path("words").asString()).isEqualTo("about 2030");
            assertThat(list(strength.path("others"))).anySatisfy(claim -> {
                assertThat(strings(claim.path("sources"))).contains("ART");
                assertThat(claim.path("words").asString()).isEqualTo("more than 2500");
            });
        }

        @Test
        void showsThe1999ExitsAsNotRenewingTheTreatyRatherThanLeavingTheOrganization() {
            JsonNode wording = disagreement("topic:1999-exit", "wording");
            JsonNode uzbekistan = disagreement("membershipEvent:EV-UZB-EXIT-1999", "date");

            assertThat(preferred(wording).path("value").asString()).contains("not renewing");
            assertThat(list(wording.path("claims"))).anySatisfy(claim -> {
                assertThat(claim.path("preferred").asBoolean()).isFalse();
                assertThat(strings(claim.path("sources"))).contains("ART");
            });
            assertThat(preferred(uzbekistan).path("value").asString()).isEqualTo("1999-04-20");
        }

        @Test
        void listsEverySourceWithTheFactsItSupportsAsTheBuiltInDocumentCitesThem() {
            JsonNode document = builtInDocument();
            Map<String, TreeSet<String>> expected = new TreeMap<>();
            document.path("sources").forEach(source -> expected.put(source.path("id").asString(), new TreeSet<>()));
            cite(expected, document.path("organization"), "organization:" + document.path("organization").path("code").asString());
            document.path("instruments").forEach(record -> {
                String fact = "instrument:" + record.path("id").asString();
                cite(expected, record, fact);
                // An instrument's record cites its codings' sources too.
                cite(expected, record.path("codings").path("correlatesOfWar"), fact);
                cite(expected, record.path("codings").path("atop"), fact);
            });
            document.path("clauses").forEach(record -> cite(expected, record, "clause:" + record.path("id").asString()));
            document.path("membershipEvents").forEach(record -> cite(expected, record, "membershipEvent:" + record.path("id").asString()));
            document.path("requests").forEach(record -> cite(expected, record, "request:" + record.path("id").asString()));
            document.path("forcePools").forEach(record -> cite(expected, record, "forcePool:" + record.path("id").asString()));
            // a mission cites its sources throughout: its steps, strengths, contingents and figures
            document.path("missions").forEach(mission -> mission.findValues("sources").forEach(cited -> cited.forEach(source ->
                    expected.get(source.asString()).add("mission:" + mission.path("id").asString()))));
            // and an exercise its own, its participants' and its claims'
            document.path("exercises").forEach(exercise -> exercise.findValues("sources").forEach(cited -> cited.forEach(source ->
                    expected.get(source.asString()).add("exercise:" + exercise.path("id").asString()))));

            Answer answer = get("/api/v1/organizations/CSTO/sources?size=500");
            assertThat(answer.status()).isEqualTo(200);
            Map<String, TreeSet<String>> listed = new TreeMap<>();
            answer.body().path("items").forEach(use -> listed.put(use.path("source").path("id").asString(), new TreeSet<>(strings(use.path("supports")))));

            assertThat(answer.body().path("totalItems").asInt()).isEqualTo(expected.size());
            assertThat(listed).isEqualTo(expected);
        }

        @Test
        void listsTheArticleWithTheFactsItSupportsAndTheDisagreementsItTakesPartIn() {
            Answer answer = get("/api/v1/organizations/CSTO/sources?size=500");
            JsonNode article = list(answer.body().path("items")).stream()
                    .filter(use -> use.path("source").path("id").asString().equals("ART"))
                    .findFirst().orElseThrow();

            assertThat(strings(article.path("supports"))).contains("organization:CSTO");
            assertThat(list(article.path("disagreements"))).extracting(d -> d.path("id").asString())
                    .contains("DIS-BLR-ACCESSION-DATE", "DIS-KGZ-REQUEST-DATE", "DIS-KAZ-LEGAL-BASIS", "DIS-CRRF-PERSONNEL", "DIS-1999-EXIT-WORDING")
                    .doesNotContain("DIS-CRRF-ESTABLISHED");
            assertThat(article.path("source").path("language").asString()).isEqualTo("id");
        }

        @Test
        void pagesThroughTheSources() {
            JsonNode first = get("/api/v1/organizations/CSTO/sources?page=0&size=50").body();
            JsonNode second = get("/api/v1/organizations/CSTO/sources?page=1&size=50").body();
            int total = first.path("totalItems").asInt();

            assertThat(first.path("items").size()).isEqualTo(Math.min(50, total));
            assertThat(second.path("items").size()).isEqualTo(Math.max(0, Math.min(50, total - 50)));
            assertThat(first.path("totalPages").asInt()).isEqualTo((total + 49) / 50);
            var ids = new TreeSet<String>();
            first.path("items").forEach(use -> ids.add(use.path("source").path("id").asString()));
            second.path("items").forEach(use -> ids.add(use.path("source").path("id").asString()));
            assertThat(ids).hasSize(first.path("items").size() + second.path("items").size());
        }

        private static void cite(Map<String, TreeSet<String>> expected, JsonNode record, String fact) {
            record.path("sources").forEach(source -> expected.get(source.asString()).add(fact));
        }

        /** The built-in document as shipped, the input the register was loaded from. */
        private JsonNode builtInDocument() {
            try (InputStream in = getClass().getResourceAsStream("/dataset/csto.json")) {
                return json().readTree(in);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }

        static List<JsonNode> list(JsonNode array) {
            var list = new ArrayList<JsonNode>();
            array.forEach(list::add);
            return list;
        }

        static List<String> strings(JsonNode array) {
            return list(array).stream().map(JsonNode::asString).toList();
        }
    }
}
