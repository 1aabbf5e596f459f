package org.entente.search;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.stream.StreamSupport;
import org.entente.support.DatabaseTest;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/** Search through the API: each kind of record found by its names, codes or titles, and nothing found that the reader may not read. */
class SearchTest {

    @Nested
    class OnH2 extends Checks {
    }

    @Nested
    @DatabaseTest.Postgres
    class OnPostgres extends Checks {
    }

    abstract static class Checks extends DatabaseTest {

        private Answer search(String token, String query) {
            String path = "/api/v1/search?q=" + URLEncoder.encode(query, StandardCharsets.UTF_8);
            return token == null ? get(path) : getAs(token, path);
        }

        private List<String> found(Answer answer, String kind) {
            assertThat(answer.status()).as("%s", answer.body()).isEqualTo(200);
            return StreamSupport.stream(answer.body().path("hits").spliterator(), false)
                    .filter(hit -> hit.path("kind").asString().equals(kind))
                    .map(hit -> hit.path("organization").asString() + "/" + hit.path("id").asString())
                    .toList();
        }

        private JsonNode hit(Answer answer, String kind, String id) {
            return StreamSupport.stream(answer.body().path("hits").spliterator(), false)
                    .filter(hit -> hit.path("kind").asString().equals(kind) && hit.path("id").asString().equals(id))
                    .findFirst().orElseThrow(() -> new AssertionError("no " + kind + " " + id + " in " + answer.body()));
        }

        @Test
        void findsAnOrganizationByItsCodeOrItsNativeNameWhateverTheCase() {
            assertThat(found(search(null, "csto"), "organization")).containsExactly("CSTO/CSTO");
            assertThat(found(search(null, "одкб"), "organization")).containsExactly("CSTO/CSTO");
            assertThat(hit(search(null, "csto"), "organization", "CSTO").path("path").asString()).isEqualTo("/organizations/CSTO");
        }

        @Test
        void findsAMemberStateByItsNameInAnyLanguageOrItsCode() {
            Answer russian = search(null, "Казахстан");

            assertThat(found(russian, "state")).contains("CSTO/KAZ").doesNotContain("CSTO/RUS");
            assertThat(hit(russian, "state", "KAZ").path("path").asString()).isEqualTo("/organizations/CSTO/states/KAZ");
            assertThat(hit(russian, "state", "KAZ").path("names").path("ru").asString()).isEqualTo("Казахстан");
            assertThat(found(search(null, "kgz"), "state")).contains("CSTO/KGZ");
        }

        @Test
        void findsARequestOfHistoryByItsNumberOrTheWordsOfItsDescriptionOrItsStatesName() {
            assertThat(found(search(null, "Kazakhstan unrest"), "request")).contains("CSTO/KAZ-2022").doesNotContain("CSTO/KGZ-2010");
            assertThat(found(search(null, "kaz-2022"), "request")).contains("CSTO/KAZ-2022");
            assertThat(found(search(null, "Казахстан"), "request")).as("by the requesting state's Russian name").contains("CSTO/KAZ-2022");
            JsonNode kazakh = hit(search(null, "kaz-2022"), "request", "KAZ-2022");
            assertThat(kazakh.path("path").asString()).isEqualTo("/organizations/CSTO/requests/KAZ-2022");
            assertThat(kazakh.path("state").asString()).isEqualTo("KAZ");
            assertThat(kazakh.path("date").asString()).startsWith("2022-01");
        }

        @Test
        void findsAClauseByItsTitleOrCodeAndAnInstrumentByItsTitle() {
            Answer defence = search(null, "collective defence");
            assertThat(found(defence, "clause")).contains("CSTO/CST-ART4");
            assertThat(hit(defence, "clause", "CST-ART4").path("path").asString()).isEqualTo("/organizations/CSTO/clauses#clause-CST-ART4");
            assertThat(hit(defence, "clause", "CST-ART4").path("detail").asString()).contains("Collective Security Treaty");
            assertThat(found(search(null, "tashkent"), "clause")).contains("CSTO/CST-1992");
            assertThat(found(search(null, "cst-art2"), "clause")).containsExactly("CSTO/CST-ART2");
        }

        @Test
        void findsASourceByItsTitleOrPublisher() {
            Answer found = search(null, "odkb.gov.ru basic facts");

            assertThat(found(found, "source")).containsExactly("CSTO/ODKB_FACTS");
            assertThat(hit(found, "source", "ODKB_FACTS").path("path").asString()).isEqualTo("/organizations/CSTO/sources#source-ODKB_FACTS");
        }

        @Test
        void findsAMissionByItsNameOrItsHostsName() {
            assertThat(found(search(null, "peacekeeping kazakhstan"), "mission")).contains("CSTO/MIS-KAZ-2022");
            Answer byHost = search(null, "Казахстан");
            assertThat(found(byHost, "mission")).contains("CSTO/MIS-KAZ-2022");
            assertThat(hit(byHost, "mission", "MIS-KAZ-2022").path("path").asString()).isEqualTo("/organizations/CSTO/missions/MIS-KAZ-2022");
        }

        @Test
        void listsTheKindsInOrderOrganizationsStatesRequestsClausesSourcesMissions() {
            List<String> kinds = StreamSupport.stream(search(null, "Kazakhstan").body().path("hits").spliterator(), false)
                    .map(hit -> hit.path("kind").asString()).distinct().toList();

            assertThat(kinds).containsSubsequence("state", "request", "mission");
            assertThat(kinds).isSortedAccordingTo(java.util.Comparator.comparing(kind -> SearchKind.valueOf(kind.toUpperCase()).ordinal()));
        }

        @Test
        void anOpenRequestIsFoundOnlyByTheOrganizationsRoleHolders() {
            String secretariat = tokenFor("search-secretariat", "secretariat@CSTO");
            String word = "Quokkafloods" + System.nanoTime();
            Answer filed = postAs(secretariat, "/api/v1/organizations/CSTO/requests", json().writeValueAsBytes(Map.of(
                    "state", "TJK", "threat", "natural_disaster", "description", word + " in the Rasht valley", "acknowledgeWarnings", true)));
            assertThat(filed.status()).as("%s", filed.body()).isEqualTo(201);
            String id = filed.body().path("id").asString();

            assertThat(found(search(null, word), "request")).as("someone not signed in").isEmpty();
            assertThat(found(search(tokenFor("search-outsider", "observer@NATO"), word), "request")).as("a role holder of another organization").isEmpty();
            assertThat(found(search(tokenFor("search-observer", "observer@CSTO"), word), "request")).as("the organization's observer").containsExactly("CSTO/" + id);
            assertThat(hit(search(secretariat, word), "request", id).path("status").asString()).isEqualTo("filed");
        }

        @Test
        void anEmptyQueryFindsNothingAndATooLongOneIsRefusedNamingTheParameter() {
            Answer empty = search(null, "  ");
            assertThat(empty.status()).isEqualTo(200);
            assertThat(empty.body().path("hits").size()).isZero();

            Answer tooLong = search(null, "k".repeat(SearchQuery.MAX_LENGTH + 1));
            assertThat(tooLong.status()).isEqualTo(400);
            assertThat(tooLong.body().path("errors").findValuesAsString("field")).containsExactly("q");
        }

        @Test
        void searchesOneOrganizationWhenAskedAndRefusesAnUnknownOne() {
            Answer inNato = get("/api/v1/search?q=Kazakhstan&organization=NATO");
            assertThat(inNato.status()).isEqualTo(200);
            assertThat(inNato.body().path("organization").asString()).isEqualTo("NATO");
            assertThat(StreamSupport.stream(inNato.body().path("hits").spliterator(), false).map(hit -> hit.path("organization").asString()))
                    .doesNotContain("CSTO");
            assertThat(get("/api/v1/search?q=Kazakhstan&organization=NOPE1").status()).isEqualTo(404);
        }
    }
}
