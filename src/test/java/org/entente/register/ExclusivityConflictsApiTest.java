package org.entente.register;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.entente.support.DatabaseTest;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * The CSTO treaty's Article 1 (in force from 1994-04-20) forbids its members to join another military
 * alliance. The built-in data (CSTO and NATO) holds no such case; a test alliance joined by CSTO
 * members shows each conflict with exactly the days it covers.
 */
class ExclusivityConflictsApiTest {

    @Nested
    class OnH2 extends Checks {
    }

    @Nested
    @DatabaseTest.Postgres
    class OnPostgres extends Checks {
    }

    abstract static class Checks extends DatabaseTest {

        private static final String ALLIANCE = "TESTALLY";

        private List<String> conflicts(String organization, String query) {
            Answer answer = get("/api/v1/organizations/" + organization + "/exclusivity-conflicts" + query);
            assertThat(answer.status()).as("%s", answer.body()).isEqualTo(200);
            var conflicts = new ArrayList<String>();
            assertThat(answer.body().path("totalPages").asInt()).as("one page").isLessThanOrEqualTo(1);
            for (JsonNode c : answer.body().path("items")) {
                JsonNode overlap = c.path("overlap");
                conflicts.add(c.path("state").asString() + " " + c.path("clause").asString() + " " + c.path("otherAlliance").asString()
                        + " [" + overlap.path("from").asString() + ", " + (overlap.path("until").isNull() || overlap.path("until").isMissingNode() ? "..." : overlap.path("until").asString()) + ")");
            }
            return conflicts.stream().sorted().toList();
        }

        @Test
        void theBuiltInDataHasNoConflict() {
            // Other alliances may be imported by other tests; only the built-in ones count here.
            assertThat(conflicts("CSTO", "")).filteredOn(conflict -> conflict.contains(" NATO ") || conflict.contains(" CSTO ")).isEmpty();
            assertThat(conflicts("NATO", "")).as("NATO has no exclusivity clause").isEmpty();
        }

        @Test
        void aCstoMemberJoiningAnotherAllianceWhileTheClauseIsInForceConflictsForTheDaysBothMembershipsShare() {
            ObjectNode alliance = dataset("alliance.json");
            assertThat(post("/api/v1/datasets", alliance).status()).isEqualTo(201);
            try {
                Instant imported = Instant.now();

                // KAZ in TESTALLY [2010-03-01, 2011-06-15); UZB in TESTALLY from 2005 while in the CSTO [2006-06-23, 2012-12-19);
                // TJK left TESTALLY the day the clause came into force; ARM is only an observer; FIN is no CSTO member.
                assertThat(conflicts("CSTO", "")).filteredOn(conflict -> conflict.contains(" " + ALLIANCE + " ")).containsExactly(
                        "KAZ CST-ART1 TESTALLY [2010-03-01, 2011-06-15)",
                        "UZB CST-ART1 TESTALLY [2006-06-23, 2012-12-19)");

                alliance.putArray("membershipEvents");
                assertThat(post("/api/v1/datasets", alliance).status()).as("retiring the events changes the register").isEqualTo(201);

                assertThat(conflicts("CSTO", "")).filteredOn(conflict -> conflict.contains(" " + ALLIANCE + " ")).isEmpty();
                assertThat(conflicts("CSTO", "?recordedAt=" + imported)).filteredOn(conflict -> conflict.contains(" " + ALLIANCE + " "))
                        .as("as the register stood before the members were retired").hasSize(2);
            } finally {
                alliance.putArray("membershipEvents");
                post("/api/v1/datasets", alliance);
            }
        }

        @Test
        void anOrganizationThatIsNoMilitaryAllianceCausesNoConflict() {
            ObjectNode partnership = dataset("alliance.json");
            ((ObjectNode) partnership.get("organization")).put("code", "TESTPARTNERSHIP").put("militaryAlliance", false);

            assertThat(post("/api/v1/datasets", partnership).status()).isEqualTo(201);

            assertThat(conflicts("CSTO", "")).filteredOn(conflict -> conflict.contains(" TESTPARTNERSHIP ")).isEmpty();
        }
    }
}
