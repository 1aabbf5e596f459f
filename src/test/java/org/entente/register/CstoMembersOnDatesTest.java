package org.entente.register;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.stream.Stream;
import org.entente.support.DatabaseTest;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import tools.jackson.databind.JsonNode;

/**
 * Who was a member of the CSTO when, through the API, against the canonical membership intervals of
 * the independently checked facts ({@code data/csto-facts.json}, {@code membership_intervals_canonical}):
 * on the day before, the day of and the day after every boundary.
 */
class CstoMembersOnDatesTest {

    @Nested
    class OnH2 extends Checks {
    }

    @Nested
    @DatabaseTest.Postgres
    class OnPostgres extends Checks {
    }

    /** A half-open interval [start, end) of membership; end null while it lasts. */
    record Interval(String state, LocalDate start, LocalDate end) {
        boolean contains(LocalDate day) {
            return !day.isBefore(start) && (end == null || day.isBefore(end));
        }
    }

    static final List<Interval> CANONICAL = List.of(
            interval("ARM", "1992-05-15", null),
            interval("AZE", "1993-09-24", "1999-04-20"),
            interval("BLR", "1993-12-31", null),
            interval("GEO", "1993-12-09", "1999-04-20"),
            interval("KAZ", "1992-05-15", null),
            interval("KGZ", "1992-05-15", null),
            interval("RUS", "1992-05-15", null),
            interval("TJK", "1992-05-15", null),
            interval("UZB", "1992-05-15", "1999-04-20"),
            interval("UZB", "2006-06-23", "2012-12-19"));

    static final List<String> STATES = CANONICAL.stream().map(Interval::state).distinct().toList();

    private static Interval interval(String state, String start, String end) {
        return new Interval(state, LocalDate.parse(start), end == null ? null : LocalDate.parse(end));
    }

    /** The day before, the day of and the day after every boundary of the canonical intervals, and of ARM's freeze. */
    static Stream<LocalDate> daysAroundBoundaries() {
        var boundaries = new TreeSet<LocalDate>();
        CANONICAL.forEach(interval -> {
            boundaries.add(interval.start());
            if (interval.end() != null) {
                boundaries.add(interval.end());
            }
        });
        boundaries.add(LocalDate.parse("2024-02-22"));
        return boundaries.stream().flatMap(day -> Stream.of(day.minusDays(1), day, day.plusDays(1))).distinct().sorted();
    }

    static Stream<String> states() {
        return STATES.stream();
    }

    static boolean canonicallyMember(String state, LocalDate day) {
        return CANONICAL.stream().anyMatch(interval -> interval.state().equals(state) && interval.contains(day));
    }

    abstract static class Checks extends DatabaseTest {

        private JsonNode membersOn(LocalDate day) {
            Answer answer = get("/api/v1/organizations/CSTO/members?date=" + day);
            assertThat(answer.status()).as("members on %s: %s", day, answer.body()).isEqualTo(200);
            return answer.body();
        }

        private JsonNode memberOn(String state, LocalDate day) {
            Answer answer = get("/api/v1/organizations/CSTO/members/" + state + "?date=" + day);
            assertThat(answer.status()).as("%s on %s: %s", state, day, answer.body()).isEqualTo(200);
            return answer.body();
        }

        /** The states the API lists as members on the day (active or with participation frozen), by code. */
        private TreeSet<String> membersListedOn(LocalDate day) {
            var members = new TreeSet<String>();
            membersOn(day).path("states").forEach(state -> {
                if (state.path("member").asBoolean()) {
                    members.add(state.path("state").asString());
                }
            });
            return members;
        }

        @ParameterizedTest(name = "on {0}")
        @MethodSource("org.entente.register.CstoMembersOnDatesTest#daysAroundBoundaries")
        void listsExactlyTheCanonicalMembersOnEachDayAroundABoundary(LocalDate day) {
            var expected = new TreeSet<String>();
            STATES.stream().filter(state -> canonicallyMember(state, day)).forEach(expected::add);

            assertThat(membersListedOn(day)).as("members on %s", day).isEqualTo(expected);
        }

        @ParameterizedTest(name = "{0}")
        @MethodSource("org.entente.register.CstoMembersOnDatesTest#states")
        void answersForEachStateOnEachDayAroundABoundaryWhetherItWasAMember(String state) {
            Map<LocalDate, Boolean> expected = new TreeMap<>();
            Map<LocalDate, Boolean> answered = new TreeMap<>();
            daysAroundBoundaries().forEach(day -> {
                expected.put(day, canonicallyMember(state, day));
                answered.put(day, memberOn(state, day).path("member").asBoolean());
            });

            assertThat(answered).isEqualTo(expected);
        }

        @Test
        void beforeTheTreatyNoStateIsListed() {
            assertThat(membersOn(LocalDate.parse("1992-05-14")).path("states").isEmpty()).isTrue();
        }

        @Test
        void armeniasFrozenParticipationKeepsItAMember() {
            JsonNode before = memberOn("ARM", LocalDate.parse("2024-02-21"));
            JsonNode frozen = memberOn("ARM", LocalDate.parse("2024-02-22"));
            JsonNode later = memberOn("ARM", LocalDate.parse("2026-01-01"));

            assertThat(before.path("standing").asString()).isEqualTo("member");
            assertThat(frozen.path("standing").asString()).isEqualTo("participation_frozen");
            assertThat(frozen.path("member").asBoolean()).isTrue();
            assertThat(later.path("standing").asString()).isEqualTo("participation_frozen");
            assertThat(later.path("member").asBoolean()).isTrue();
        }

        @Test
        void uzbekistanIsSuspendedNotAMemberFromTheCouncilsDecision() {
            JsonNode pending = memberOn("UZB", LocalDate.parse("2012-12-18"));
            JsonNode suspended = memberOn("UZB", LocalDate.parse("2012-12-19"));

            assertThat(pending.path("standing").asString()).isEqualTo("suspended_pending_decision");
            assertThat(pending.path("member").asBoolean()).isTrue();
            assertThat(suspended.path("standing").asString()).isEqualTo("suspended");
            assertThat(suspended.path("member").asBoolean()).isFalse();
            JsonNode listed = stateIn(membersOn(LocalDate.parse("2020-01-01")), "UZB");
            assertThat(listed.path("standing").asString()).isEqualTo("suspended");
            assertThat(listed.path("member").asBoolean()).isFalse();
        }

        @Test
        void aStateThatNeverBelongedIsNotAMember() {
            JsonNode moldova = memberOn("MDA", LocalDate.parse("1995-01-01"));

            assertThat(moldova.path("standing").asString()).isEqualTo("not_member");
            assertThat(moldova.path("member").asBoolean()).isFalse();
            assertThat(stateIn(membersOn(LocalDate.parse("1995-01-01")), "MDA").isMissingNode()).isTrue();
        }

        @Test
        void namesEachListedStateInEnglishRussianAndIndonesian() {
            JsonNode kazakhstan = stateIn(membersOn(LocalDate.parse("2022-01-06")), "KAZ");

            assertThat(kazakhstan.path("names").path("en").asString()).isEqualTo("Kazakhstan");
            assertThat(kazakhstan.path("names").path("ru").asString()).isEqualTo("Казахстан");
            assertThat(kazakhstan.path("names").path("id").isString()).isTrue();
        }

        @Test
        void aStatesHistoryAsOfAValidDateEndsWithWhatWasKnownThen() {
            Answer in2010 = get("/api/v1/organizations/CSTO/states/UZB/history?date=2010-01-01");
            Answer today = get("/api/v1/organizations/CSTO/states/UZB/history");

            assertThat(in2010.status()).isEqualTo(200);
            JsonNode periods = in2010.body().path("standingPeriods");
            assertThat(periods.size()).isEqualTo(2);
            assertThat(periods.get(1).path("period").path("from").asString()).isEqualTo("2006-06-23");
            assertThat(periods.get(1).path("period").path("until").isNull()).isTrue();
            assertThat(today.body().path("standingPeriods").size()).isGreaterThan(2);
        }

        @Test
        void theTimelineAsOfAValidDateHasNoLaterEvent() {
            JsonNode items = get("/api/v1/organizations/CSTO/timeline?date=1993-12-31&size=500").body().path("items");

            assertThat(items.size()).isPositive();
            for (JsonNode event : items) {
                assertThat(event.path("date").asString()).isLessThanOrEqualTo("1993-12-31");
            }
            assertThat(items.get(items.size() - 1).path("id").asString()).isEqualTo("EV-BLR-ACCEDE");
        }

        @Test
        void partnerStatusIsProvidedForOnlyFromThe2018ProtocolsEntryIntoForce() {
            assertThat(clauseKindsInForceOn("2020-12-31")).contains("observer_status").doesNotContain("partner_status");
            assertThat(clauseKindsInForceOn("2021-01-19")).contains("observer_status", "partner_status");
        }

        private List<String> clauseKindsInForceOn(String day) {
            var kinds = new java.util.ArrayList<String>();
            get("/api/v1/organizations/CSTO/clauses?size=500&inForceOn=" + day).body().path("items")
                    .forEach(clause -> clause.path("kinds").forEach(kind -> kinds.add(kind.asString())));
            return kinds;
        }

        @Test
        void theBuiltInNatoRecordHasItsThirtyTwoMembersNoneOfThemInTheCsto() {
            JsonNode nato = get("/api/v1/organizations/NATO/members?date=2024-03-07").body();
            JsonNode natoBefore = get("/api/v1/organizations/NATO/members?date=2024-03-06").body();
            JsonNode csto = membersOn(LocalDate.parse("2024-03-07"));

            var natoStates = new TreeSet<String>();
            nato.path("states").forEach(state -> natoStates.add(state.path("state").asString()));
            assertThat(natoStates).hasSize(32).contains("SWE", "FIN", "USA", "TUR");
            assertThat(natoBefore.path("states").size()).isEqualTo(31);
            csto.path("states").forEach(state -> assertThat(natoStates).doesNotContain(state.path("state").asString()));
        }

        @Test
        void answersForTheDateAsked() {
            JsonNode answer = membersOn(LocalDate.parse("2006-06-23"));

            assertThat(answer.path("organization").asString()).isEqualTo("CSTO");
            assertThat(answer.path("date").asString()).isEqualTo("2006-06-23");
        }

        private static JsonNode stateIn(JsonNode members, String code) {
            for (JsonNode state : members.path("states")) {
                if (state.path("state").asString().equals(code)) {
                    return state;
                }
            }
            return members.path("no such state");
        }
    }
}
