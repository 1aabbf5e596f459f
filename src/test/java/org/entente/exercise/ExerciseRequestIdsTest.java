package org.entente.exercise;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import org.entente.support.CrisisSteps;
import org.entente.support.DatabaseTest;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

/**
 * A request filed in an exercise is numbered within the exercise, under the exercise's code ({@code CSTO-X1-KAZ-2026-1}): filing
 * there never takes nor changes an id of the real record, and filing in the real record never changes the exercise's numbering.
 */
class ExerciseRequestIdsTest {

    @Nested
    class OnH2 extends Checks {
    }

    @Nested
    @DatabaseTest.Postgres
    class OnPostgres extends Checks {
    }

    abstract static class Checks extends DatabaseTest {

        private static final String REAL = "/api/v1/organizations/CSTO/requests";

        /** Files a request of Kazakhstan about terrorism at {@code requests} as {@code liaison}, and withdraws it; its id. */
        private String filedAndWithdrawn(String liaison, String requests) {
            Answer filed = postAs(liaison, requests, json().writeValueAsBytes(Map.of("state", "KAZ", "threat", "terrorism",
                    "description", "Test: numbering of requests in an exercise")));
            assertThat(filed.status()).as("%s", filed.body()).isEqualTo(201);
            String id = filed.body().path("id").asString();
            assertThat(postAs(liaison, requests + "/" + id + "/withdrawal", new byte[0]).status()).isEqualTo(200);
            return id;
        }

        @Test
        void filingInAnExerciseNeitherTakesNorChangesTheRealRecordsNextIdAndTheReverse() {
            String secretariat = tokenFor("exercise-ids-secretariat", "secretariat@CSTO");
            String exercise = postAs(secretariat, "/api/v1/organizations/CSTO/exercises",
                    json().writeValueAsBytes(Map.of("title", "Numbering drill " + System.nanoTime()))).body().path("code").asString();
            String inExercise = "/api/v1/organizations/" + exercise + "/requests";
            String realLiaison = tokenFor("exercise-ids-liaison", "liaison@CSTO/KAZ");
            String exerciseLiaison = tokenFor("exercise-ids-player", "liaison@" + exercise + "/KAZ");
            CrisisSteps.noOpenRequest(CrisisSteps.Client.of(this), secretariat, "KAZ", "terrorism");

            String real = filedAndWithdrawn(realLiaison, REAL);
            String year = real.split("-")[1];
            int n = Integer.parseInt(real.split("-")[2]);
            String first = filedAndWithdrawn(exerciseLiaison, inExercise);
            String nextReal = filedAndWithdrawn(realLiaison, REAL);
            String second = filedAndWithdrawn(exerciseLiaison, inExercise);

            assertThat(real).matches("KAZ-\\d{4}-\\d+");
            assertThat(first).isEqualTo(exercise + "-KAZ-" + year + "-1");
            assertThat(nextReal).as("the id the real record would have had without the exercise").isEqualTo("KAZ-" + year + "-" + (n + 1));
            assertThat(second).as("numbered within the exercise").isEqualTo(exercise + "-KAZ-" + year + "-2");
            assertThat(getAs(exerciseLiaison, inExercise + "/" + first).body().path("organization").asString()).isEqualTo(exercise);
            assertThat(getAs(realLiaison, REAL + "/" + first).status()).as("not a request of the real record").isEqualTo(404);
        }

        @Test
        void anExerciseWhoseCodeBeginsLikeARealIdChangesNoRealNumber() {
            String secretariat = tokenFor("exercise-ids-secretariat", "secretariat@CSTO");
            String realLiaison = tokenFor("exercise-ids-liaison", "liaison@CSTO/KAZ");
            CrisisSteps.noOpenRequest(CrisisSteps.Client.of(this), secretariat, "KAZ", "terrorism");
            String real = filedAndWithdrawn(realLiaison, REAL);
            String year = real.split("-")[1];
            int n = Integer.parseInt(real.split("-")[2]);
            // The code "KAZ-<year>" is a valid organization code; its requests' ids begin as the real record's do.
            String exercise = "KAZ-" + year;
            Answer created = postAs(secretariat, "/api/v1/organizations/CSTO/exercises",
                    json().writeValueAsBytes(Map.of("title", "Look-alike code " + System.nanoTime(), "code", exercise)));
            assertThat(created.status()).as("%s", created.body()).isEqualTo(201);
            String exerciseLiaison = tokenFor("exercise-ids-lookalike", "liaison@" + exercise + "/KAZ");

            String inExercise = filedAndWithdrawn(exerciseLiaison, "/api/v1/organizations/" + exercise + "/requests");
            String nextReal = filedAndWithdrawn(realLiaison, REAL);

            assertThat(inExercise).isEqualTo(exercise + "-KAZ-" + year + "-1");
            assertThat(nextReal).as("the exercise's request is not counted among the real record's").isEqualTo("KAZ-" + year + "-" + (n + 1));
        }
    }
}
