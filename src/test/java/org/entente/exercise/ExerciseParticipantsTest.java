package org.entente.exercise;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.entente.support.DatabaseTest;
import org.entente.support.TestPledges;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import tools.jackson.databind.JsonNode;

/**
 * Who takes part in an exercise: set by its secretariat (its creator first), each participation kept with its period and its role
 * granted in the exercise only, never in the real record (not even on the audit trail, whose address names no organization);
 * closing the exercise removes everyone, so that no one acts in it any more, while its record stays readable.
 */
class ExerciseParticipantsTest {

    @Nested
    class OnH2 extends Checks {
    }

    @Nested
    @DatabaseTest.Postgres
    class OnPostgres extends Checks {
    }

    abstract static class Checks extends DatabaseTest {

        @Autowired
        private JdbcClient jdbc;

        private String creator;

        /** A new exercise of the CSTO, made by a secretariat of the CSTO; its code. */
        private String exercise(String title) {
            creator = tokenFor("participants-creator", "secretariat@CSTO");
            Answer created = postAs(creator, "/api/v1/organizations/CSTO/exercises", json().writeValueAsBytes(Map.of("title", title + " " + System.nanoTime())));
            assertThat(created.status()).as("%s", created.body()).isEqualTo(201);
            return created.body().path("code").asString();
        }

        /** A new account with no role, under a name no other test uses; its name. */
        private String account(String name) {
            String username = name + "-" + System.nanoTime();
            tokenFor(username);
            return username;
        }

        private Answer add(String token, String exercise, String username, String role, String state) {
            var body = new HashMap<String, Object>(Map.of("username", username, "role", role));
            if (state != null) {
                body.put("state", state);
            }
            return postAs(token, "/api/v1/organizations/" + exercise + "/participants", json().writeValueAsBytes(body));
        }

        private List<JsonNode> participants(String token, String exercise) {
            Answer listed = getAs(token, "/api/v1/organizations/" + exercise + "/participants?size=100");
            assertThat(listed.status()).as("%s", listed.body()).isEqualTo(200);
            return listed.body().path("items").valueStream().toList();
        }

        private List<JsonNode> audited(String action, String username, String organization) {
            return getAs(tokenFor("participants-auditor", "observer@CSTO"), "/api/v1/audit/entries?action=" + action + "&subject=account:" + username
                    + "&organization=" + organization).body().path("items").valueStream().toList();
        }

        private Answer pledge(String token, String organization, String designation) {
            Map<String, Object> unit = TestPledges.body("KAZ", designation + " " + System.nanoTime(), "inf", 90);
            unit.put("equipment", List.of());
            unit.put("noticeToMoveHours", 12);
            unit.put("homeBase", Map.of("lat", 43.25, "lon", 76.9));
            return postAs(token, "/api/v1/organizations/" + organization + "/pledges", json().writeValueAsBytes(unit));
        }

        @Test
        void theSecretariatAddsParticipantsWhoseRolesWorkInTheExerciseOnly() {
            String exercise = exercise("Participants drill");
            String liaison = account("participant-liaison");
            String observer = account("participant-observer");

            Answer addedLiaison = add(creator, exercise, liaison, "liaison", "KAZ");
            Answer addedObserver = add(creator, exercise, observer, "observer", null);

            assertThat(addedLiaison.status()).as("%s", addedLiaison.body()).isEqualTo(201);
            assertThat(addedLiaison.headers().getLocation()).hasToString("/api/v1/organizations/" + exercise + "/participants");
            assertThat(addedLiaison.body().path("authority").asString()).isEqualTo("liaison@" + exercise + "/KAZ");
            assertThat(addedLiaison.body().path("current").asBoolean()).isTrue();
            assertThat(addedObserver.status()).as("%s", addedObserver.body()).isEqualTo(201);
            assertThat(participants(creator, exercise)).extracting(p -> p.path("username").asString() + " " + p.path("authority").asString()
                    + " " + p.path("addedBy").asString()).containsExactly("participants-creator secretariat@" + exercise + " participants-creator",
                    liaison + " liaison@" + exercise + "/KAZ participants-creator", observer + " observer@" + exercise + " participants-creator");
            assertThat(audited("account.grant", liaison, exercise)).singleElement()
                    .satisfies(entry -> assertThat(entry.path("record").path("details").asString()).isEqualTo("granted: liaison@" + exercise + "/KAZ"));

            String liaisonToken = tokenFor(liaison);
            String observerToken = tokenFor(observer);
            assertThat(pledge(liaisonToken, exercise, "Participants drill: Kazakh company").status()).as("the liaison files in the exercise").isEqualTo(201);
            assertThat(pledge(liaisonToken, "CSTO", "Participants drill: not in the real record").status()).as("and not in the real record")
                    .isEqualTo(403);
            assertThat(participants(observerToken, exercise)).hasSize(3);
            assertThat(getAs(observerToken, "/api/v1/audit/entries").status()).as("the real audit trail names no organization").isEqualTo(403);
            assertThat(getAs(observerToken, "/api/v1/audit").status()).isEqualTo(403);
            assertThat(getAs(tokenFor(observer + "-real", "observer@CSTO"), "/api/v1/audit/entries").status()).as("an observer of the CSTO reads it")
                    .isEqualTo(200);
            assertThat(getAs(observerToken, "/api/v1/organizations/CSTO/exercises").status()).isEqualTo(403);
        }

        @Test
        void aParticipantHasAnAccountAStateOfTheRecordAndNoRoleThereAlready() {
            String exercise = exercise("Refusals drill");
            String someone = account("participant-someone");
            String liaisonOfTheCsto = tokenFor("participants-real-liaison", "liaison@CSTO/KAZ");

            Answer unknown = add(creator, exercise, "no-such-account-" + System.nanoTime(), "observer", null);
            Answer notAMember = add(creator, exercise, someone, "council_representative", "USA");
            Answer noState = add(creator, exercise, someone, "liaison", null);
            Answer badRole = add(creator, exercise, someone, "general", null);
            Answer first = add(creator, exercise, someone, "council_representative", "ARM");
            Answer again = add(creator, exercise, someone, "council_representative", "ARM");
            Answer notTheSecretariat = add(liaisonOfTheCsto, exercise, someone, "observer", null);
            Answer realOrganization = add(creator, "CSTO", someone, "observer", null);

            assertThat(unknown.status()).as("%s", unknown.body()).isEqualTo(422);
            assertThat(unknown.body().path("errors").findValuesAsString("field")).containsExactly("username");
            assertThat(notAMember.status()).as("%s", notAMember.body()).isEqualTo(422);
            assertThat(notAMember.body().path("errors").findValuesAsString("field")).containsExactly("state");
            assertThat(noState.status()).isEqualTo(400);
            assertThat(noState.body().path("errors").findValuesAsString("field")).containsExactly("state");
            assertThat(badRole.status()).isEqualTo(400);
            assertThat(badRole.body().path("errors").findValuesAsString("field")).containsExactly("role");
            assertThat(first.status()).as("%s", first.body()).isEqualTo(201);
            assertThat(again.status()).as("%s", again.body()).isEqualTo(409);
            assertThat(again.body().path("detail").asString()).contains("holds council_representative@" + exercise + "/ARM already");
            assertThat(notTheSecretariat.status()).isEqualTo(403);
            assertThat(realOrganization.status()).as("the CSTO's own secretariat, in the CSTO, which is no exercise").isEqualTo(422);
            assertThat(realOrganization.body().path("errors").findValuesAsString("field")).containsExactly("organization");
            assertThat(getAs(creator, "/api/v1/organizations/CSTO/participants").status()).isEqualTo(422);
            assertThat(participants(creator, exercise)).extracting(p -> p.path("username").asString()).containsExactly("participants-creator", someone);
        }

        @Test
        void removingAParticipantKeepsTheirPeriodAndTakesTheirRoleBack() {
            String exercise = exercise("Removal drill");
            String observer = account("participant-leaving");
            String observerToken = tokenFor(observer);
            assertThat(add(creator, exercise, observer, "observer", null).status()).isEqualTo(201);
            assertThat(participants(observerToken, exercise)).hasSize(2);

            int removed = deleteAs(creator, "/api/v1/organizations/" + exercise + "/participants/" + observer + "/observer");
            int again = deleteAs(creator, "/api/v1/organizations/" + exercise + "/participants/" + observer + "/observer");
            int lastSecretariat = deleteAs(creator, "/api/v1/organizations/" + exercise + "/participants/participants-creator/secretariat");

            assertThat(removed).isEqualTo(200);
            assertThat(again).as("no longer takes part").isEqualTo(404);
            assertThat(lastSecretariat).as("the exercise keeps a secretariat until it is closed").isEqualTo(409);
            assertThat(getAs(observerToken, "/api/v1/organizations/" + exercise + "/participants").status()).as("the role is gone at once").isEqualTo(403);
            JsonNode period = participants(creator, exercise).stream().filter(p -> p.path("username").asString().equals(observer)).findFirst().orElseThrow();
            assertThat(period.path("current").asBoolean()).isFalse();
            assertThat(period.path("removedBy").asString()).isEqualTo("participants-creator");
            assertThat(period.path("removedAt").asString()).isGreaterThanOrEqualTo(period.path("addedAt").asString());
            assertThat(audited("account.revoke", observer, exercise)).singleElement()
                    .satisfies(entry -> assertThat(entry.path("record").path("details").asString()).isEqualTo("revoked: observer@" + exercise));
        }

        @Test
        void closingRemovesEveryoneSoNoOneActsInTheExerciseWhoseRecordStaysReadable() {
            String exercise = exercise("Closing drill");
            String director = account("participant-director");
            String liaison = account("participant-closing-liaison");
            assertThat(add(creator, exercise, director, "secretariat", null).status()).isEqualTo(201);
            assertThat(add(creator, exercise, liaison, "liaison", "KAZ").status()).isEqualTo(201);
            String directorToken = tokenFor(director);
            String liaisonToken = tokenFor(liaison);
            assertThat(pledge(liaisonToken, exercise, "Closing drill: before closing").status()).isEqualTo(201);
            String path = "/api/v1/organizations/CSTO/exercises/" + exercise;

            Answer closed = postAs(directorToken, path + "/closure", new byte[0]);

            assertThat(closed.status()).as("%s", closed.body()).isEqualTo(200);
            assertThat(closed.body().path("status").asString()).isEqualTo("closed");
            assertThat(closed.body().path("closedAt").isNull()).isFalse();
            assertThat(pledge(liaisonToken, exercise, "Closing drill: after closing").status()).as("a former liaison files nothing").isEqualTo(403);
            assertThat(add(directorToken, exercise, account("participant-late"), "observer", null).status()).as("nor does its former secretariat add anyone")
                    .isEqualTo(403);
            assertThat(add(creator, exercise, account("participant-late"), "observer", null).status()).isEqualTo(403);
            assertThat(grantsIn(exercise)).as("no role in the exercise is left").isZero();

            String observerOfTheCsto = tokenFor("participants-csto-observer", "observer@CSTO");
            Answer read = getAs(observerOfTheCsto, path);
            assertThat(read.status()).as("%s", read.body()).isEqualTo(200);
            assertThat(read.body().path("status").asString()).isEqualTo("closed");
            assertThat(read.body().path("closedAt").asString()).isEqualTo(closed.body().path("closedAt").asString());
            assertThat(participants(observerOfTheCsto, exercise)).as("everyone, with their periods, ended at the closing")
                    .hasSize(3).allSatisfy(p -> {
                        assertThat(p.path("current").asBoolean()).isFalse();
                        assertThat(p.path("removedBy").asString()).isEqualTo(director);
                    });
            assertThat(get("/api/v1/organizations/" + exercise).status()).as("its record, readable as any").isEqualTo(200);
            assertThat(jdbc.sql("select count(*) from pledge where org_code = :code and designation like 'Closing drill: before closing%'")
                    .param("code", exercise).query(Integer.class).single()).as("what was filed in it stays").isOne();
            assertThat(getAs(tokenFor("participants-auditor", "observer@CSTO"), "/api/v1/audit/entries?action=exercise.close&organization=" + exercise + "&subject=exercise:" + exercise)
                    .body().path("items").valueStream()).singleElement().satisfies(entry -> {
                        assertThat(entry.path("record").path("actor").asString()).isEqualTo(director);
                        assertThat(entry.path("record").path("organization").asString()).as("the exercise's secretariat acts in the exercise")
                                .isEqualTo(exercise);
                        assertThat(json().readTree(entry.path("record").path("details").asString()).path("rolesRevoked").asInt())
                                .as("the creator's, the director's and the liaison's").isEqualTo(3);
                    });
            assertThat(audited("account.revoke", liaison, exercise)).hasSize(1);

            assertThat(postAs(directorToken, path + "/closure", new byte[0]).status()).as("its former secretariat no longer acts").isEqualTo(403);
            Answer closedAgain = postAs(creator, path + "/closure", new byte[0]);
            assertThat(closedAgain.status()).as("%s", closedAgain.body()).isEqualTo(409);
            assertThat(closedAgain.body().path("errors").findValuesAsString("field")).containsExactly("status");
            Answer archived = postAs(creator, path + "/archival", new byte[0]);
            assertThat(archived.status()).as("%s", archived.body()).isEqualTo(200);
            assertThat(archived.body().path("status").asString()).isEqualTo("archived");
            assertThat(archived.body().path("closedAt").asString()).isEqualTo(closed.body().path("closedAt").asString());
            assertThat(postAs(creator, path + "/archival", new byte[0]).status()).isEqualTo(409);
        }

        @Test
        void onlyASecretariatClosesAndArchivingWaitsForTheClosing() {
            String exercise = exercise("Archive drill");
            String path = "/api/v1/organizations/CSTO/exercises/" + exercise;

            Answer early = postAs(creator, path + "/archival", new byte[0]);
            int byAnObserver = postAs(tokenFor("participants-csto-observer", "observer@CSTO"), path + "/closure", new byte[0]).status();
            int unknown = postAs(creator, "/api/v1/organizations/CSTO/exercises/NOSUCH-X9/closure", new byte[0]).status();
            int ofAnotherOrganization = postAs(tokenFor("participants-nato", "secretariat@NATO"), "/api/v1/organizations/NATO/exercises/" + exercise
                    + "/closure", new byte[0]).status();

            assertThat(early.status()).as("%s", early.body()).isEqualTo(409);
            assertThat(early.body().path("detail").asString()).contains("still running");
            assertThat(byAnObserver).isEqualTo(403);
            assertThat(unknown).isEqualTo(404);
            assertThat(ofAnotherOrganization).as("an exercise is closed under its own organization").isEqualTo(404);
            assertThat(getAs(creator, path).body().path("status").asString()).isEqualTo("running");
        }

        private int grantsIn(String exercise) {
            return jdbc.sql("select count(*) from role_grant where org_code = :code").param("code", exercise).query(Integer.class).single();
        }
    }
}
