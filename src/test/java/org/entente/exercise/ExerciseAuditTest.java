package org.entente.exercise;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import org.entente.support.DatabaseTest;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/**
 * An exercise's audit entries stay in the one chain, marked by their organization (the exercise's code), but the real trail's
 * list and count leave them out: they are listed when the organization asked for is the exercise.
 */
class ExerciseAuditTest extends DatabaseTest {

    private static final String ENTRIES = "/api/v1/audit/entries?size=500";

    @Test
    void theRealTrailNeitherListsNorCountsAnExercisesEntriesWhichItsOwnOrganizationFilterLists() {
        String secretariat = tokenFor("exercise-auditor", "secretariat@CSTO");
        long before = getAs(secretariat, ENTRIES).body().path("totalItems").asLong();

        Answer created = postAs(secretariat, "/api/v1/organizations/CSTO/exercises",
                json().writeValueAsBytes(Map.of("title", "Audit drill " + System.nanoTime())));
        assertThat(created.status()).as("%s", created.body()).isEqualTo(201);
        String code = created.body().path("code").asString();

        JsonNode real = getAs(secretariat, ENTRIES).body();
        assertThat(real.path("totalItems").asLong()).as("only exercise.create, in the CSTO's trail").isEqualTo(before + 1);
        assertThat(real.path("items").valueStream().map(entry -> entry.path("record").path("organization").asString()))
                .doesNotContain(code);
        assertThat(real.path("items").get(0).path("record").path("action").asString()).isEqualTo("exercise.create");

        JsonNode exercise = getAs(secretariat, ENTRIES + "&organization=" + code).body();
        assertThat(exercise.path("items").valueStream().map(entry -> entry.path("record").path("action").asString()))
                .contains("dataset.import", "account.grant");
        assertThat(exercise.path("totalItems").asLong()).isEqualTo(exercise.path("items").size());
        assertThat(exercise.path("items").valueStream().map(entry -> entry.path("record").path("organization").asString()))
                .containsOnly(code);
    }
}
