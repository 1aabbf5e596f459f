package org.entente;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.entente.support.DatabaseTest;
import org.entente.support.TestPledges;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/**
 * Races give a clear answer, never a 500: many clients send the same command on one keyed record at
 * the same moment (20 clients × 5 for the statement of requirements, 20 for the rest), and each command
 * that writes a keyed row either goes through, one after the other, or is refused with a 4xx; what is
 * stored afterwards is one of the writes whole, and the audit trail has an entry per write that went
 * through. On H2 and PostgreSQL.
 */
class ConcurrentCommandsTest {

    @Nested
    class OnH2 extends Checks {
    }

    @Nested
    @DatabaseTest.Postgres
    class OnPostgres extends Checks {
    }

    abstract static class Checks extends DatabaseTest {

        private static final String CSTO = "/api/v1/organizations/CSTO";

        /** Runs every command at once (released together) and gives their answers. */
        private static List<Answer> atOnce(List<Callable<Answer>> commands) throws Exception {
            ExecutorService pool = Executors.newFixedThreadPool(commands.size());
            try {
                var ready = new CountDownLatch(commands.size());
                var go = new CountDownLatch(1);
                var futures = new ArrayList<Future<Answer>>();
                for (Callable<Answer> command : commands) {
                    futures.add(pool.submit(() -> {
                        ready.countDown();
                        go.await();
                        return command.call();
                    }));
                }
                ready.await();
                go.countDown();
                var answers = new ArrayList<Answer>();
                for (Future<Answer> future : futures) {
                    answers.add(future.get());
                }
                return answers;
            } finally {
                pool.shutdownNow();
            }
        }

        private static List<Integer> statuses(List<Answer> answers) {
            return answers.stream().map(Answer::status).toList();
        }

        /**
         * The answers, each through (200) or, when more requests wait than the database's connections serve,
         * refused as busy (503 with Retry-After), never anything else; at least one through.
         */
        private static void through(List<Answer> answers) {
            for (Answer answer : answers) {
                if (answer.status() != 200) {
                    assertThat(answer.status()).as("%s", answer.body()).isEqualTo(503);
                    assertThat(answer.headers().getFirst("Retry-After")).isNotNull();
                    assertThat(answer.body().path("title").asString()).isEqualTo("Busy");
                }
            }
            assertThat(answers).as("at least one goes through").anyMatch(answer -> answer.status() == 200);
        }

        /**
         * The audit entries of {@code action} on {@code subject}: one per command that went through, and at most one
         * more per busy answer (a command whose answer, read after its commit, found no connection free: whole or absent).
         */
        private void auditedOncePerCommand(String subject, String action, List<Answer> answers) {
            long through = answers.stream().filter(answer -> answer.status() == 200).count();
            long busy = answers.stream().filter(answer -> answer.status() == 503).count();
            assertThat(audited(subject, action)).isBetween(through, through + busy);
        }

        private long audited(String subject, String action) {
            JsonNode items = getAs(tokenFor("race-auditor", "observer@CSTO"), "/api/v1/audit/entries?subject=" + subject + "&size=500").body().path("items");
            return items.findValuesAsString("action").stream().filter(action::equals).count();
        }

        /** A request of {@code state} decided to deploy forces; its path. */
        private String decidedToDeploy(String state, String threat) {
            String secretariat = tokenFor("race-secretariat", "secretariat@CSTO");
            Answer filed = postAs(tokenFor("race-liaison-" + state, "liaison@CSTO/" + state), CSTO + "/requests",
                    json().writeValueAsBytes(Map.of("state", state, "threat", threat, "description", "Race test " + state)));
            assertThat(filed.status()).as("%s", filed.body()).isEqualTo(201);
            String request = CSTO + "/requests/" + filed.body().path("id").asString();
            postAs(secretariat, request + "/session", json().writeValueAsBytes(Map.of("motion", "deploy_forces")));
            for (String voter : List.of("BLR", "KAZ", "KGZ", "RUS", "TJK")) {
                putAs(tokenFor("race-rep-" + voter, "council_representative@CSTO/" + voter), request + "/session/votes/" + voter,
                        json().valueToTree(Map.of("vote", "for")));
            }
            Answer closed = postAs(secretariat, request + "/session/closure", new byte[0]);
            assertThat(closed.status()).as("%s", closed.body()).isEqualTo(200);
            return request;
        }

        private Map<String, Object> requirements(int personnel) {
            return Map.of("theatreLat", 38.56, "theatreLon", 68.77, "lines",
                    List.of(Map.of("id", "MED1", "capability", "med", "combat", false, "latestArrivalHours", 500, "personnel", personnel, "minUnits", 1)));
        }

        private String pledge(String state, String designation) {
            Map<String, Object> unit = TestPledges.body(state, designation, "med", 60);
            Answer created = postAs(tokenFor("race-liaison-" + state, "liaison@CSTO/" + state), CSTO + "/pledges", json().writeValueAsBytes(unit));
            assertThat(created.status()).as("%s", created.body()).isEqualTo(201);
            return created.body().path("id").asString();
        }

        @Test
        void concurrentStatementsOfRequirementsGoThroughOneAfterTheOther() throws Exception {
            String request = decidedToDeploy("TJK", "terrorism");
            String secretariat = tokenFor("race-secretariat", "secretariat@CSTO");
            var commands = new ArrayList<Callable<Answer>>();
            for (int i = 0; i < 100; i++) {
                int personnel = 100 + i;
                commands.add(() -> putAs(secretariat, request + "/force-generation/requirements", json().valueToTree(requirements(personnel))));
            }
            List<Answer> answers = atOnce(commands);
            through(answers);
            long stored = getAs(secretariat, request + "/force-generation/requirements").body().path("lines").get(0).path("personnel").asLong();
            assertThat(stored).isBetween(100L, 199L);
            auditedOncePerCommand("request:" + request.substring(request.lastIndexOf('/') + 1), "forcegen.requirements", answers);
        }

        @Test
        void concurrentAcceptancesAndReplanningsLeaveOnePackageWhole() throws Exception {
            String request = decidedToDeploy("KAZ", "terrorism");
            String id = request.substring(request.lastIndexOf('/') + 1);
            String secretariat = tokenFor("race-secretariat", "secretariat@CSTO");
            String base = request + "/force-generation";
            assertThat(putAs(secretariat, base + "/requirements", json().valueToTree(requirements(120))).status()).isEqualTo(200);
            List<String> pledges = List.of(pledge("RUS", "Race: Russian medical company " + id), pledge("BLR", "Race: Belarusian medical company " + id),
                    pledge("KGZ", "Race: Kyrgyz medical company " + id));
            try {
                acceptAndReplanAtOnce(base, id, secretariat);
            } finally {
                pledges.forEach(this::withdraw);
            }
        }

        /** The shared built-in record keeps no pledge of these tests: other tests plan with the CSTO's pledges. */
        private void withdraw(String pledge) {
            Answer withdrawn = postAs(tokenFor("race-secretariat", "secretariat@CSTO"), CSTO + "/pledges/" + pledge + "/withdrawal", new byte[0]);
            assertThat(withdrawn.status()).as("%s", withdrawn.body()).isEqualTo(200);
        }

        private void acceptAndReplanAtOnce(String base, String id, String secretariat) throws Exception {
            Answer started = postAs(secretariat, base + "/jobs", json().writeValueAsBytes(Map.of("budgetSeconds", 0.3)));
            assertThat(started.status()).as("%s", started.body()).isEqualTo(202);
            String job = started.body().path("id").asString();
            Instant deadline = Instant.now().plusSeconds(120);
            while (!List.of("finished", "terminated", "failed").contains(getAs(secretariat, base + "/jobs/" + job).body().path("status").asString())) {
                assertThat(Instant.now()).as("the job ends").isBefore(deadline);
                Thread.sleep(50);
            }

            var acceptances = new ArrayList<Callable<Answer>>();
            for (int i = 0; i < 20; i++) {
                acceptances.add(() -> postAs(secretariat, base + "/jobs/" + job + "/acceptance", new byte[0]));
            }
            List<Answer> accepted = atOnce(acceptances);
            through(accepted);
            List<String> units = unitIds(getAs(secretariat, base + "/package").body().path("units"));
            assertThat(new HashSet<>(units)).as("no unit twice in the package").hasSameSizeAs(units);
            auditedOncePerCommand("request:" + id, "forcegen.accept", accepted);

            String leaving = units.getFirst();
            var replannings = new ArrayList<Callable<Answer>>();
            for (int i = 0; i < 20; i++) {
                replannings.add(() -> postAs(secretariat, base + "/package/replanning", json().writeValueAsBytes(Map.of("droppedUnits", List.of(leaving)))));
            }
            List<Answer> replanned = atOnce(replannings);
            assertThat(statuses(replanned)).as("the first re-planning goes through; the others find the unit gone: %s", replanned)
                    .isSubsetOf(200, 400, 503).containsOnlyOnce(200);
            List<String> after = unitIds(getAs(secretariat, base + "/package").body().path("units"));
            assertThat(after).doesNotContain(leaving);
            assertThat(new HashSet<>(after)).as("no unit twice in the package").hasSameSizeAs(after);
            auditedOncePerCommand("request:" + id, "forcegen.replan", replanned);
        }

        private static List<String> unitIds(JsonNode units) {
            var ids = new ArrayList<String>();
            units.forEach(unit -> ids.add(unit.path("unitId").asString()));
            return ids;
        }

        @Test
        void concurrentEditsOfOnePledgeAtOneVersionLetOneThroughAndRefuseTheRest() throws Exception {
            String id = pledge("TJK", "Race: Tajik medical company " + System.nanoTime());
            try {
                editAtOnce(id);
            } finally {
                withdraw(id);
            }
        }

        private void editAtOnce(String id) throws Exception {
            String liaison = tokenFor("race-liaison-TJK", "liaison@CSTO/TJK");
            var edits = new ArrayList<Callable<Answer>>();
            for (int i = 0; i < 20; i++) {
                int personnel = 61 + i;
                edits.add(() -> {
                    Map<String, Object> unit = TestPledges.edit("TJK", "Race edit", "med", personnel, 1);
                    return putAs(liaison, CSTO + "/pledges/" + id, json().valueToTree(unit));
                });
            }
            List<Integer> statuses = statuses(atOnce(edits));
            assertThat(statuses).as("one edit from version 1 goes through, the others are stale or busy").isSubsetOf(200, 409, 503);
            assertThat(statuses.stream().filter(status -> status == 200).count()).isEqualTo(1);
            assertThat(getAs(liaison, CSTO + "/pledges/" + id).body().path("version").asInt()).isEqualTo(2);
        }

        @Test
        void concurrentVotesOfOneStateGoThroughOneAfterTheOther() throws Exception {
            String secretariat = tokenFor("race-secretariat", "secretariat@CSTO");
            Answer filed = postAs(tokenFor("race-liaison-BLR", "liaison@CSTO/BLR"), CSTO + "/requests",
                    json().writeValueAsBytes(Map.of("state", "BLR", "threat", "natural_disaster", "description", "Race test floods")));
            assertThat(filed.status()).as("%s", filed.body()).isEqualTo(201);
            String request = CSTO + "/requests/" + filed.body().path("id").asString();
            assertThat(postAs(secretariat, request + "/session", json().writeValueAsBytes(Map.of("motion", "non_military_assistance"))).status())
                    .isEqualTo(200);
            String representative = tokenFor("race-rep-RUS", "council_representative@CSTO/RUS");
            var votes = new ArrayList<Callable<Answer>>();
            for (int i = 0; i < 20; i++) {
                String statement = "statement " + i;
                votes.add(() -> putAs(representative, request + "/session/votes/RUS", json().valueToTree(Map.of("vote", "for", "statement", statement))));
            }
            List<Answer> cast = atOnce(votes);
            through(cast);
            JsonNode stored = getAs(secretariat, request).body().path("session").path("votes");
            assertThat(stored.findValuesAsString("state")).containsOnlyOnce("RUS");
            auditedOncePerCommand("request:" + filed.body().path("id").asString(), "request.vote", cast);
        }
    }
}
