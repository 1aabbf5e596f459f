package org.entente.dataset;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import java.util.stream.Stream;
import org.entente.forces.Capability;
import org.entente.forces.CapacityGoal;
import org.entente.forces.ForcePool;
import org.entente.forces.ForcePools;
import org.entente.forces.PoolFixtures;
import org.entente.forces.PoolKind;
import org.entente.register.OrganizationCode;
import org.entente.support.DatabaseTest;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.springframework.beans.factory.annotation.Autowired;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * Force pools in the dataset format: the built-in CSTO dataset records its three pools (no capacity goal,
 * since no source states one), a document's pools read back and export as it says, the export re-imports
 * at the same version, a corrected pool supersedes the old one and a pool left out is retired (both stay
 * readable as the register stood), and a pool the format's rules forbid is rejected with the JSON path of
 * the error.
 */
class ForcePoolsInDatasetTest {

    @Nested
    class OnH2 extends Checks {
    }

    @Nested
    @DatabaseTest.Postgres
    class OnPostgres extends Checks {
    }

    abstract static class Checks extends DatabaseTest {

        @Autowired
        private ForcePools forcePools;

        private List<ForcePool> pools(String organization, Instant recordedAt) {
            return forcePools.all(OrganizationCode.of(organization), recordedAt);
        }

        @Test
        void theBuiltInCstoDatasetRecordsItsThreePoolsWithTheirSourcesAndNoInventedGoals() {
            List<ForcePool> pools = pools("CSTO", Instant.now());

            assertThat(pools).extracting(ForcePool::id).containsExactly("CRDF", "CPF", "CRRF");
            assertThat(pools).extracting(ForcePool::kind).containsExactly(PoolKind.RAPID_DEPLOYMENT, PoolKind.PEACEKEEPING, PoolKind.RAPID_REACTION);
            assertThat(pools).extracting(pool -> pool.established().toString()).containsExactly("2001-05-25", "2007-10-06", "2009-02-04");
            assertThat(pools).extracting(ForcePool::personnelApprox).containsExactly(5_000, 3_600, 18_000);
            assertThat(pools).allSatisfy(pool -> {
                assertThat(pool.capacityGoals()).as("no source states a goal").isEmpty();
                assertThat(pool.personnelMin()).isNull();
                assertThat(pool.personnelMax()).isNull();
                assertThat(pool.sources()).isNotEmpty();
            });
            assertThat(pools.getLast().sources()).contains("JSCSTO_CRRF", "URDU_2022_12");
        }

        @Test
        void aDocumentsPoolsReadBackAndExportAsItSays() {
            ObjectNode document = PoolFixtures.withPools(smallDataset("TESTP-READ"), json());
            imported(document);

            List<ForcePool> pools = pools("TESTP-READ", Instant.now());

            assertThat(pools).extracting(ForcePool::id).containsExactly("NLP-RRF", "NLP-PKF");
            ForcePool rapid = pools.getFirst();
            assertThat(rapid.established().toString()).isEqualTo("2016-03");
            assertThat(rapid.personnelMin()).isEqualTo(1500);
            assertThat(rapid.personnelMax()).isEqualTo(2000);
            assertThat(rapid.personnelApprox()).isEqualTo(1800);
            assertThat(rapid.capacityGoals()).containsExactly(new CapacityGoal(Capability.INF, 600, 2), new CapacityGoal(Capability.MED, 80, 1));
            JsonNode exported = exported("TESTP-READ", "").body();
            assertThat(exported.path("forcePools")).isEqualTo(document.path("forcePools"));
            assertThat(exported.path("forcePools").get(1).has("capacityGoals")).as("no empty goals").isFalse();
        }

        @Test
        void theCstoExportWithItsPoolsReimportsToTheSameRecordAtTheSameVersion() {
            JsonNode csto = exported("CSTO", "").body();
            assertThat(csto.path("forcePools").valueStream().map(pool -> pool.path("id").asString()))
                    .as("each pool's own id, not its Indonesian translation's key").containsExactly("CRDF", "CPF", "CRRF");
            ObjectNode copy = (ObjectNode) csto.deepCopy();
            ((ObjectNode) copy.get("organization")).put("code", "TESTP-CSTO").put("militaryAlliance", false);
            imported(copy);
            Answer exported = exported("TESTP-CSTO", "");

            Answer again = imported(exported.body());

            assertThat(again.status()).as("nothing changed").isEqualTo(200);
            assertThat(exported("TESTP-CSTO", "").headers().getETag()).isEqualTo(exported.headers().getETag());
            assertThat(exported.body().path("forcePools")).isEqualTo(csto.path("forcePools"));
            assertThat(pools("TESTP-CSTO", Instant.now())).isEqualTo(pools("CSTO", Instant.now()));
        }

        @Test
        void aCorrectedPoolSupersedesTheOldOneAndAPoolLeftOutIsRetiredBothReadableAsTheRegisterStood() {
            ObjectNode original = PoolFixtures.withPools(smallDataset("TESTP-CORR"), json());
            imported(original);
            Instant between = Instant.now();
            ObjectNode corrected = original.deepCopy();
            PoolFixtures.pool(corrected, 0).put("personnelMax", 2200);
            ((ArrayNode) corrected.get("forcePools")).remove(1);

            Answer answer = imported(corrected);

            assertThat(answer.status()).isEqualTo(201);
            assertThat(answer.body().path("changes").path("corrected").asInt()).isEqualTo(1);
            assertThat(answer.body().path("changes").path("retired").asInt()).isEqualTo(1);
            assertThat(pools("TESTP-CORR", between)).extracting(ForcePool::personnelMax).containsExactly(2000, null);
            assertThat(pools("TESTP-CORR", Instant.now())).extracting(ForcePool::personnelMax).containsExactly(2200);
            assertThat(exported("TESTP-CORR", "?recordedAt=" + between).body().path("forcePools")).isEqualTo(original.path("forcePools"));
        }

        @Test
        void aDocumentThatRecordsNoPoolsMayStillHaveADisagreementAboutOne() {
            ObjectNode document = smallDataset("TESTP-POOLFREE");
            ((ArrayNode) document.get("disagreements")).add(json().readTree(PoolFixtures.ESTABLISHED_DISAGREEMENT));

            assertThat(post("/api/v1/datasets", document).status()).isEqualTo(201);
        }

        static Stream<Arguments> badPools() {
            return Stream.of(
                    bad("a pool citing a source the document lacks",
                            document -> ((ArrayNode) PoolFixtures.pool(document, 0).get("sources")).add("NOWHERE"), "$.forcePools[0].sources[1]", "NOWHERE"),
                    bad("a range that runs backwards",
                            document -> PoolFixtures.pool(document, 0).put("personnelMin", 2500), "$.forcePools[0].personnelMax", "2500"),
                    bad("two goals for one capability",
                            document -> ((ObjectNode) PoolFixtures.pool(document, 0).path("capacityGoals").path(1)).put("capability", "inf"),
                            "$.forcePools[0].capacityGoals[1].capability", "inf"),
                    bad("a capability in capitals (its code is lower case)",
                            document -> ((ObjectNode) PoolFixtures.pool(document, 0).path("capacityGoals").path(1)).put("capability", "MED"),
                            "$.forcePools[0].capacityGoals[1].capability", "MED"),
                    bad("a capability force generation does not know",
                            document -> ((ObjectNode) PoolFixtures.pool(document, 0).path("capacityGoals").path(1)).put("capability", "EW"),
                            "$.forcePools[0].capacityGoals[1].capability", "EW"),
                    bad("a goal with a field beyond capability, personnel and units",
                            document -> ((ObjectNode) PoolFixtures.pool(document, 0).path("capacityGoals").path(0)).put("interceptsCalls", true),
                            "$.forcePools[0].capacityGoals[0]", "interceptsCalls"),
                    bad("a pool of no kind",
                            document -> PoolFixtures.pool(document, 1).put("kind", "expeditionary"), "$.forcePools[1].kind", "expeditionary"),
                    bad("a pool established on no real day",
                            document -> PoolFixtures.pool(document, 1).put("established", "2017-02-30"), "$.forcePools[1].established", "2017-02-30"),
                    bad("a pool whose id is used twice",
                            document -> PoolFixtures.pool(document, 1).put("id", "NLP-RRF"), "$.forcePools[1].id", "NLP-RRF"),
                    bad("a disagreement about a pool the document does not record",
                            document -> ((ObjectNode) document.path("disagreements").path(1)).put("subject", "forcePool:NLP-NONE"),
                            "$.disagreements[1].subject", "NLP-NONE"),
                    bad("a preferred claim that contradicts when the pool was established",
                            document -> PoolFixtures.pool(document, 0).put("established", "2016-04"), "$.disagreements[1].claims", "2016-04"));
        }

        private static Arguments bad(String what, Consumer<ObjectNode> change, String path, String mentioned) {
            return Arguments.of(what, change, path, mentioned);
        }

        @ParameterizedTest(name = "{0}")
        @MethodSource("badPools")
        void rejectsABadPoolNamingThePathOfTheError(String what, Consumer<ObjectNode> change, String path, String mentioned) {
            ObjectNode document = PoolFixtures.withPools(smallDataset("TESTP-BAD"), json());
            change.accept(document);

            Answer answer = post("/api/v1/datasets", document);

            assertThat(answer.status()).as("%s", answer.body()).isEqualTo(422);
            var fields = new ArrayList<String>();
            answer.body().path("errors").forEach(error -> fields.add(error.path("field").asString()));
            assertThat(fields).containsExactly(path);
            assertThat(answer.body().path("errors").get(0).path("message").asString()).contains(mentioned);
            assertThat(get("/api/v1/organizations/TESTP-BAD").status()).isEqualTo(404);
        }

        @Test
        void acceptsTheDocumentWithPoolsThatEachOfThoseChangesSpoils() {
            assertThat(post("/api/v1/datasets", PoolFixtures.withPools(smallDataset("TESTP-OK"), json())).status()).isEqualTo(201);
        }
    }
}
