package org.entente.exercise;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import org.entente.support.CrisisSteps;
import org.entente.support.DatabaseTest;
import org.entente.support.TestPledges;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * Creating an exercise of the CSTO through the API: a new organization under the code CSTO-X&lt;n&gt; (or one named), holding a copy of
 * the CSTO's record as it stands and of its current pledges, and nothing filed, with its creator as its secretariat; made whole
 * or not at all.
 */
class ExerciseCreationTest {

    @Nested
    class OnH2 extends Checks {
    }

    @Nested
    @DatabaseTest.Postgres
    class OnPostgres extends Checks {
    }

    abstract static class Checks extends DatabaseTest {

        private static final String EXERCISES = "/api/v1/organizations/CSTO/exercises";

        @Autowired
        private JdbcClient jdbc;

        private String secretariat() {
            return tokenFor("exercise-creator", "secretariat@CSTO");
        }

        private Answer create(String token, String path, Map<String, Object> body) {
            return postAs(token, path, json().writeValueAsBytes(body));
        }

        private static String unique(String title) {
            return title + " " + System.nanoTime();
        }

        /** The dataset export without its organization entry: the record itself, which an exercise copies. */
        private JsonNode record(String organization) {
            ObjectNode document = (ObjectNode) exported(organization, "").body().deepCopy();
            document.remove("organization");
            return document;
        }

        @Test
        void anExerciseCopiesTheCstosRecordAndCurrentPledgesUnderItsOwnCodeAndNothingFiled() {
            String secretariat = secretariat();
            String filed = CrisisSteps.decidedToDeploy(this, "exercise-copy", secretariat);
            String kept = CrisisSteps.pledged(this, "exercise-copy", "KAZ", unique("Exercise copy: Kazakh company"), "inf", 120);
            String gone = CrisisSteps.pledged(this, "exercise-copy", "KGZ", unique("Exercise copy: withdrawn Kyrgyz company"), "inf", 80);
            assertThat(postAs(secretariat, "/api/v1/organizations/CSTO/pledges/" + gone + "/withdrawal", new byte[0]).status()).isEqualTo(200);
            String title = unique("Winter drill");

            Answer created = create(secretariat, EXERCISES, Map.of("title", title));

            assertThat(created.status()).as("%s", created.body()).isEqualTo(201);
            String code = created.body().path("code").asString();
            assertThat(code).matches("CSTO-X[1-9][0-9]*");
            assertThat(created.headers().getLocation()).hasToString("/api/v1/organizations/" + code);
            assertThat(created.body().path("of").asString()).isEqualTo("CSTO");
            assertThat(created.body().path("title").asString()).isEqualTo(title);
            assertThat(created.body().path("status").asString()).isEqualTo("running");
            assertThat(created.body().path("createdBy").asString()).isEqualTo("exercise-creator");

            JsonNode organization = get("/api/v1/organizations/" + code).body();
            assertThat(organization.path("name").asString()).isEqualTo("Collective Security Treaty Organization — exercise: " + title);
            assertThat(organization.path("militaryAlliance").asBoolean()).isTrue();
            assertThat(record(code)).as("instruments, clauses, members, sources, disagreements, recorded requests, pools and missions")
                    .isEqualTo(record("CSTO"));

            String reader = tokenFor("exercise-copy-observer", "observer@" + code, "observer@CSTO");
            List<JsonNode> requests = getAs(reader, "/api/v1/organizations/" + code + "/requests?record=all&size=100").body().path("items").valueStream().toList();
            assertThat(requests).extracting(request -> request.path("origin").asString()).containsOnly("recorded");
            assertThat(requests).extracting(request -> request.path("id").asString()).doesNotContain(filed).contains("KAZ-2022");
            assertThat(getAs(reader, "/api/v1/organizations/" + code + "/missions?size=100").body().path("items").valueStream()
                    .map(mission -> mission.path("id").asString())).containsExactly("MIS-KAZ-2022");

            assertThat(pledges(reader, code)).as("the CSTO's pledges that are not withdrawn, with new ids")
                    .isEqualTo(pledges(reader, "CSTO").stream().filter(pledge -> !pledge.startsWith("withdrawn ")).toList());
            assertThat(pledges(reader, code)).anyMatch(pledge -> pledge.contains("Exercise copy: Kazakh company"))
                    .noneMatch(pledge -> pledge.contains("withdrawn Kyrgyz"));
            assertThat(getAs(reader, "/api/v1/organizations/" + code + "/pledges?size=500").body().path("items").valueStream()
                    .map(pledge -> pledge.path("id").asString())).doesNotContain(kept);

            assertThat(getAs(secretariat, "/api/v1/organizations/" + code + "/pledges?size=1").status())
                    .as("the creator is the exercise's secretariat, read from the same token").isEqualTo(200);
            assertThat(getAs(secretariat, "/api/v1/me").body().toString()).contains("secretariat@" + code).contains("secretariat@CSTO");
            assertThat(getAs(secretariat, "/api/v1/audit/entries?action=account.grant&subject=account:exercise-creator&organization=" + code)
                    .body().path("items").valueStream()).singleElement()
                    .satisfies(entry -> assertThat(entry.path("record").path("details").asString()).isEqualTo("granted: secretariat@" + code));

            Answer entries = getAs(secretariat, "/api/v1/audit/entries?action=exercise.create&subject=exercise:" + code);
            assertThat(entries.body().path("items").valueStream()).singleElement().satisfies(entry -> {
                assertThat(entry.path("record").path("actor").asString()).isEqualTo("exercise-creator");
                assertThat(entry.path("record").path("organization").asString()).isEqualTo("CSTO");
                JsonNode copies = json().readTree(entry.path("record").path("details").asString()).path("pledgesCopied");
                assertThat(copies.propertyNames()).as("the CSTO's pledges copied, by id").contains(kept);
                assertThat(copies.valueStream().map(JsonNode::asString).toList()).as("their copies, the exercise's pledges")
                        .containsExactlyInAnyOrderElementsOf(getAs(reader, "/api/v1/organizations/" + code + "/pledges?size=500").body().path("items")
                                .valueStream().map(pledge -> pledge.path("id").asString()).toList());
            });
            assertThat(getAs(secretariat, EXERCISES + "?size=100").body().path("items").valueStream().map(exercise -> exercise.path("code").asString()))
                    .contains(code);
        }

        /** Each pledge as a line: withdrawn or not, state, pool, designation, capability, personnel, readiness, expiry; in that order, sorted. */
        private List<String> pledges(String token, String organization) {
            Answer answer = getAs(token, "/api/v1/organizations/" + organization + "/pledges?size=500");
            assertThat(answer.status()).as("%s", answer.body()).isEqualTo(200);
            assertThat(answer.body().path("totalPages").asInt()).isLessThanOrEqualTo(1);
            return answer.body().path("items").valueStream()
                    .map(pledge -> (pledge.path("status").asString().equals("withdrawn") ? "withdrawn " : "") + pledge.path("state").asString() + " "
                            + pledge.path("pool").asString() + " " + pledge.path("designation").asString() + " " + pledge.path("capability").asString()
                            + " " + pledge.path("personnel").asInt() + " " + pledge.path("readiness").asString() + " " + pledge.path("expiresOn").asString()
                            + " " + pledge.path("homeBase") + " " + pledge.path("equipment") + " " + pledge.path("caveats"))
                    .sorted().toList();
        }

        @Test
        void theExerciseIsInNoListOfTheRealRecordAndNoExclusivityConflict() {
            String code = create(secretariat(), EXERCISES, Map.of("title", unique("Listing drill"))).body().path("code").asString();

            assertThat(get("/api/v1/organizations?size=100").body().path("items").valueStream().map(org -> org.path("code").asString()))
                    .contains("CSTO").doesNotContain(code);
            assertThat(get("/api/v1/organizations/CSTO/exclusivity-conflicts?size=100").body().path("items").valueStream()
                    .map(conflict -> conflict.path("otherAlliance").asString())).doesNotContain(code);
            assertThat(get("/api/v1/organizations/" + code + "/exclusivity-conflicts?size=100").body().path("items").valueStream()
                    .map(conflict -> conflict.path("otherAlliance").asString())).as("its members are the CSTO's: it stands in for the CSTO")
                    .doesNotContain("CSTO");
            assertThat(get("/api/v1/search?q=" + code).body().path("hits").valueStream().map(hit -> hit.path("organization").asString()))
                    .doesNotContain(code);
        }

        @Test
        void exercisesAreNumberedInTheirOrganizationUnlessTheirCodeIsNamed() {
            String secretariat = secretariat();
            JsonNode listed = getAs(secretariat, EXERCISES + "?size=100").body();
            int before = listed.path("totalItems").asInt();
            List<String> codes = listed.path("items").valueStream().map(exercise -> exercise.path("code").asString()).toList();
            int number = before + 1;
            while (codes.contains("CSTO-X" + number)) { // another test may have named a code ahead of the count
                number++;
            }

            Answer next = create(secretariat, EXERCISES, Map.of("title", unique("Numbered drill")));
            String named = "EXNAMED" + (System.nanoTime() % 100_000_000);
            Answer chosen = create(secretariat, EXERCISES, Map.of("title", unique("Named drill"), "code", named));

            assertThat(next.body().path("code").asString()).isEqualTo("CSTO-X" + number);
            assertThat(chosen.status()).as("%s", chosen.body()).isEqualTo(201);
            assertThat(chosen.body().path("code").asString()).isEqualTo(named);
            assertThat(getAs(secretariat, EXERCISES + "?size=100").body().path("totalItems").asInt()).isEqualTo(before + 2);
        }

        @Test
        void anUnnamedExerciseTakesTheNextCodeNotTakenAlready() {
            String secretariat = secretariat();
            int before = getAs(secretariat, EXERCISES + "?size=100").body().path("totalItems").asInt();
            // Named as the next unnamed one would be numbered once this one counts among the CSTO's exercises.
            String ahead = "CSTO-X" + (before + 2);
            assertThat(create(secretariat, EXERCISES, Map.of("title", unique("Drill named ahead"), "code", ahead)).status()).isEqualTo(201);

            Answer next = create(secretariat, EXERCISES, Map.of("title", unique("Drill after it")));

            assertThat(next.status()).as("%s", next.body()).isEqualTo(201);
            assertThat(next.body().path("code").asString()).isEqualTo("CSTO-X" + (before + 3));
        }

        @Test
        void aCodeRegisteredAlreadyIsRefusedNamingTheField() {
            String secretariat = secretariat();
            String exercise = create(secretariat, EXERCISES, Map.of("title", unique("First drill"))).body().path("code").asString();

            for (String taken : List.of("NATO", "CSTO", exercise)) {
                Answer refused = create(secretariat, EXERCISES, Map.of("title", unique("Clashing drill"), "code", taken));
                assertThat(refused.status()).as("%s: %s", taken, refused.body()).isEqualTo(409);
                assertThat(refused.body().path("errors").findValuesAsString("field")).containsExactly("code");
                assertThat(refused.body().path("detail").asString()).contains("'" + taken + "' is registered already");
            }
        }

        @Test
        void aClashFoundOnlyAtTheEndLeavesNothing() {
            String code = "EXCLASH" + (System.nanoTime() % 100_000_000);
            // An exercise registered without its organization (written around the service): the clash shows only when the registry row is inserted last.
            jdbc.sql("insert into exercise (code, of_org, title, status, created_at, created_by) values (:code, 'ZZORPHAN', 'Orphan', 'running', current_timestamp, 'test')")
                    .param("code", code).update();
            CrisisSteps.pledged(this, "exercise-clash", "TJK", unique("Exercise clash: Tajik company"), "inf", 60);

            Answer refused = create(secretariat(), EXERCISES, Map.of("title", unique("Clash drill"), "code", code));

            assertThat(refused.status()).as("%s", refused.body()).isEqualTo(409);
            assertThat(refused.body().path("errors").findValuesAsString("field")).containsExactly("code");
            assertThat(get("/api/v1/organizations/" + code).status()).as("no organization").isEqualTo(404);
            for (String table : List.of("organization", "clause", "membership_event", "force_pool", "recorded_request", "mission", "pledge", "source")) {
                assertThat(jdbc.sql("select count(*) from " + table + " where org_code = :code").param("code", code).query(Integer.class).single())
                        .as(table).isZero();
            }
            assertThat(jdbc.sql("select count(*) from role_grant where org_code = :code").param("code", code).query(Integer.class).single())
                    .as("no grant").isZero();
            for (String table : List.of("audit_entry", "audit_queue")) {
                assertThat(jdbc.sql("select count(*) from " + table + " where organization = :code or subject like :subject").param("code", code)
                        .param("subject", "%" + code).query(Integer.class).single()).as(table).isZero();
            }
        }

        @Test
        void anExerciseIsMadeOfARealOrganizationOnly() {
            String code = create(secretariat(), EXERCISES, Map.of("title", unique("Parent drill"))).body().path("code").asString();
            String ofTheExercise = tokenFor("exercise-of-exercise", "secretariat@" + code);

            Answer refused = create(ofTheExercise, "/api/v1/organizations/" + code + "/exercises", Map.of("title", unique("Nested drill")));
            Answer unknown = create(tokenFor("exercise-unknown", "secretariat@NOSUCHORG"), "/api/v1/organizations/NOSUCHORG/exercises",
                    Map.of("title", "Nowhere"));

            assertThat(refused.status()).as("%s", refused.body()).isEqualTo(422);
            assertThat(refused.body().path("errors").findValuesAsString("field")).containsExactly("organization");
            assertThat(refused.body().path("detail").asString()).contains(code + " is an exercise (of CSTO)");
            assertThat(unknown.status()).as("%s", unknown.body()).isEqualTo(404);
        }

        @Test
        void aParentCodeWithNoRoomForTheNumberNeedsTheCodeNamed() {
            String parent = "EXLONGPARENT" + (System.nanoTime() % 1000 + 1000);
            imported(smallDataset(parent));
            String secretariat = tokenFor("exercise-long", "secretariat@" + parent);
            String path = "/api/v1/organizations/" + parent + "/exercises";

            Answer refused = create(secretariat, path, Map.of("title", "Long drill"));
            Answer named = create(secretariat, path, Map.of("title", "Long drill", "code", parent.substring(0, 6) + "-X" + parent.substring(12)));

            assertThat(refused.status()).as("%s", refused.body()).isEqualTo(422);
            assertThat(refused.body().path("errors").findValuesAsString("field")).containsExactly("code");
            assertThat(refused.body().path("detail").asString()).contains(parent + "-X1, longer than an organization code's 16 characters");
            assertThat(named.status()).as("%s", named.body()).isEqualTo(201);
        }

        @Test
        void onlyTheSecretariatCreatesAndOnlyItAndObserversList() {
            String liaison = tokenFor("exercise-liaison", "liaison@CSTO/KAZ");
            String observer = tokenFor("exercise-observer", "observer@CSTO");

            assertThat(create(liaison, EXERCISES, Map.of("title", "Not mine")).status()).isEqualTo(403);
            assertThat(create(observer, EXERCISES, Map.of("title", "Not mine")).status()).isEqualTo(403);
            assertThat(postAs(null, EXERCISES, json().writeValueAsBytes(Map.of("title", "Not mine"))).status()).isEqualTo(401);
            assertThat(getAs(observer, EXERCISES).status()).isEqualTo(200);
            assertThat(getAs(liaison, EXERCISES).status()).isEqualTo(403);
            assertThat(get(EXERCISES).status()).isEqualTo(401);
        }

        @Test
        void aTitleAndACodeOfTheRightFormAreRequired() {
            String secretariat = secretariat();

            Answer untitled = create(secretariat, EXERCISES, Map.of("code", "CSTO-XNOTITLE"));
            Answer malformed = create(secretariat, EXERCISES, Map.of("title", "Drill", "code", "csto.x1"));

            assertThat(untitled.status()).isEqualTo(400);
            assertThat(untitled.body().path("errors").findValuesAsString("field")).containsExactly("title");
            assertThat(malformed.status()).isEqualTo(400);
            assertThat(malformed.body().path("errors").findValuesAsString("field")).containsExactly("code");
        }
    }
}
