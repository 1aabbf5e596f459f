package org.entente.register;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.entente.support.DatabaseTest;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/**
 * The register's API as a client reads it: one vocabulary with the dataset format, partial dates read
 * as the end of their month or year, and the filters a client needs to answer questions without
 * walking every page.
 */
class RegisterApiTest {

    @Nested
    class OnH2 extends Checks {
    }

    @Nested
    @DatabaseTest.Postgres
    class OnPostgres extends Checks {
    }

    @Test
    void theRegisterDocumentNamesEveryStandingByTheCodeTheApiAnswers() throws IOException {
        String doc = Files.readString(Path.of("docs/register.md"));
        Matcher sentence = Pattern.compile("A state's \\*\\*standing\\*\\* on a date is one of ([^.]*)\\.").matcher(doc);
        assertThat(sentence.find()).as("docs/register.md says what a standing is").isTrue();
        var named = new ArrayList<String>();
        Matcher code = Pattern.compile("`([a-z_]+)`").matcher(sentence.group(1));
        while (code.find()) {
            named.add(code.group(1));
        }

        assertThat(named).containsExactlyInAnyOrderElementsOf(Arrays.stream(Standing.values()).map(Standing::code).toList());
    }

    abstract static class Checks extends DatabaseTest {

        private JsonNode ok(String request) {
            Answer answer = get(request);
            assertThat(answer.status()).as("%s: %s", request, answer.body()).isEqualTo(200);
            return answer.body();
        }

        private static List<String> texts(JsonNode items, String field) {
            var texts = new ArrayList<String>();
            items.forEach(item -> texts.add(item.path(field).asString()));
            return texts;
        }

        private static List<String> names(JsonNode object) {
            return new ArrayList<>(object.propertyNames());
        }

        @Test
        void recordsNameTheirSourcesAndInstrumentAsTheDatasetFormatDoes() {
            JsonNode organization = ok("/api/v1/organizations/CSTO");
            JsonNode instrument = ok("/api/v1/organizations/CSTO/instruments").path("items").path(0);
            JsonNode clause = ok("/api/v1/organizations/CSTO/clauses").path("items").path(0);
            JsonNode event = ok("/api/v1/organizations/CSTO/timeline?state=UZB&type=signed").path("items").path(0);
            JsonNode claim = ok("/api/v1/organizations/CSTO/disagreements").path("items").path(0).path("claims").path(0);

            assertThat(names(organization)).contains("sources").doesNotContain("sourceIds");
            assertThat(names(instrument)).contains("sources").doesNotContain("sourceIds");
            assertThat(names(clause)).contains("sources", "instrument").doesNotContain("sourceIds", "instrumentId");
            assertThat(names(event)).contains("sources", "instrument").doesNotContain("sourceIds", "instrumentId");
            assertThat(event.path("instrument").asString()).isEqualTo("CST-1992");
            assertThat(names(claim)).contains("sources").doesNotContain("sourceIds");
        }

        @Test
        void periodsShowTheirDaysAndTheEventsThatBeganAndEndedThemWithoutInternalFields() {
            JsonNode history = ok("/api/v1/organizations/CSTO/states/UZB/history");
            JsonNode first = history.path("membershipPeriods").path(0);

            assertThat(names(first.path("period"))).containsExactlyInAnyOrder("from", "until");
            assertThat(first.path("startEvent").asString()).isEqualTo("EV-UZB-SIGN-1992");
            assertThat(first.path("endEvent").asString()).isEqualTo("EV-UZB-EXIT-1999");
        }

        @Test
        void aStateWithoutStandingIsNotMember() {
            JsonNode answer = ok("/api/v1/organizations/CSTO/members/FIN?date=2020-01-01");

            assertThat(answer.path("standing").asString()).isEqualTo(Standing.NOT_MEMBER.code());
            assertThat(answer.path("member").asBoolean()).isFalse();
        }

        @Test
        void aYearOrAMonthIsReadAsItsLastDay() {
            JsonNode year = ok("/api/v1/organizations/CSTO/members?date=2012");
            JsonNode month = ok("/api/v1/organizations/CSTO/members?date=2012-06");

            assertThat(year.path("date").asString()).isEqualTo("2012-12-31");
            assertThat(year.path("states")).isEqualTo(ok("/api/v1/organizations/CSTO/members?date=2012-12-31").path("states"));
            assertThat(month.path("date").asString()).isEqualTo("2012-06-30");
            assertThat(ok("/api/v1/organizations/CSTO/members/UZB?date=2012-06").path("standing").asString()).isEqualTo("suspended_pending_decision");
            assertThat(ok("/api/v1/organizations/CSTO/members/UZB?date=2012").path("standing").asString()).isEqualTo("suspended");
            assertThat(texts(ok("/api/v1/organizations/CSTO/timeline?state=UZB&date=2012-06").path("items"), "id"))
                    .endsWith("EV-UZB-SUSPEND-NOTE-2012");
            assertThat(ok("/api/v1/organizations/CSTO/states/UZB/history?date=2012").path("events").size()).isEqualTo(6);
            assertThat(texts(ok("/api/v1/organizations/CSTO/clauses?inForceOn=1992").path("items"), "id"))
                    .isEqualTo(texts(ok("/api/v1/organizations/CSTO/clauses?inForceOn=1992-12-31").path("items"), "id"));
        }

        @Test
        void disagreementsAreFilteredBySubjectAndAttribute() {
            JsonNode bySubject = ok("/api/v1/organizations/CSTO/disagreements?subject=membershipEvent:EV-BLR-ACCEDE").path("items");
            JsonNode byAttribute = ok("/api/v1/organizations/CSTO/disagreements?attribute=personnel").path("items");
            JsonNode both = ok("/api/v1/organizations/CSTO/disagreements?subject=forcePool:CRRF&attribute=established").path("items");

            assertThat(texts(bySubject, "subject")).containsExactly("membershipEvent:EV-BLR-ACCEDE");
            assertThat(texts(byAttribute, "attribute")).hasSizeGreaterThan(1).containsOnly("personnel");
            assertThat(texts(both, "id")).containsExactly("DIS-CRRF-ESTABLISHED");
        }

        @Test
        void theTimelineIsFilteredByStateAndEventType() {
            JsonNode uzbekistan = ok("/api/v1/organizations/CSTO/timeline?state=UZB").path("items");
            JsonNode exits = ok("/api/v1/organizations/CSTO/timeline?type=did_not_renew").path("items");

            assertThat(texts(uzbekistan, "state")).hasSize(6).containsOnly("UZB");
            assertThat(texts(exits, "state")).containsExactlyInAnyOrder("AZE", "GEO", "UZB");
            assertThat(texts(ok("/api/v1/organizations/CSTO/timeline?state=UZB&type=suspended").path("items"), "id"))
                    .containsExactly("EV-UZB-SUSPEND-CSC-2012");
        }

        @Test
        void instrumentsAreFilteredByKind() {
            assertThat(texts(ok("/api/v1/organizations/CSTO/instruments?kind=protocol").path("items"), "id"))
                    .containsExactlyInAnyOrder("CST-PROTOCOL-1999", "CRDF-PROTOCOL-2001");
        }

        @Test
        void theStatesThatWereEverMembersAreListedWithTheirMembershipPeriods() {
            JsonNode ever = ok("/api/v1/organizations/CSTO/states?everMember=true").path("items");
            JsonNode all = ok("/api/v1/organizations/CSTO/states").path("items");

            assertThat(texts(ever, "state")).containsExactly("ARM", "AZE", "BLR", "GEO", "KAZ", "KGZ", "RUS", "TJK", "UZB");
            assertThat(texts(all, "state")).containsAll(texts(ever, "state"));
            JsonNode uzbekistan = ever.path(8);
            assertThat(uzbekistan.path("everMember").asBoolean()).isTrue();
            assertThat(uzbekistan.path("membershipPeriods").size()).isEqualTo(2);
            assertThat(uzbekistan.path("membershipPeriods").path(1).path("until").asString()).isEqualTo("2012-12-19");
        }

        @Test
        void aSourceSupportsTheRequestsAndForcePoolsThatCiteIt() {
            JsonNode sources = ok("/api/v1/organizations/CSTO/sources?size=500").path("items");
            var supports = new ArrayList<String>();
            sources.forEach(use -> use.path("supports").forEach(fact -> supports.add(use.path("source").path("id").asString() + " " + fact.asString())));

            assertThat(supports).contains("EURASIANET_2010 request:KGZ-2010", "JSCSTO_CRRF forcePool:CRRF", "URDU_2022_12 forcePool:CPF");
        }

        @Test
        void everyOperationNamesTheOrganizationAndTheStateByOneParameterEach() {
            JsonNode paths = ok("/v3/api-docs").path("paths");
            var variables = new ArrayList<String>();
            Matcher after = Pattern.compile("/(organizations|states)/(\\{[^}]*})").matcher(String.join(" ", paths.propertyNames()));
            while (after.find()) {
                variables.add(after.group(1) + "/" + after.group(2));
            }

            assertThat(variables).isNotEmpty().containsOnly("organizations/{organization}", "states/{state}");
        }
    }
}
