package org.entente.register.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Duration;
import org.entente.provenance.Citations;
import org.entente.provenance.Provenance;
import org.entente.provenance.RecordVersion;
import org.entente.register.Exercises;
import org.entente.register.Register;
import org.entente.register.StateCode;
import org.entente.support.DatabaseTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * An answer's body depends on its version alone: an import that commits after the version was read and before the answer is
 * built is not in it, even on an instance whose clock is ahead of the importing one's (which records the import before this
 * instance's "now").
 */
class RegisterReadingTest extends DatabaseTest {

    private static final String ORG = "READAT1";

    @Autowired
    private Register register;

    @Autowired
    private Provenance provenance;

    @Autowired
    private Citations citations;

    @Autowired
    private RecordVersion recordVersion;

    @Autowired
    private Exercises exercises;

    @Test
    void anImportCommittingWhileAnAnswerIsBuiltIsNotInIt() {
        imported(smallDataset(ORG));
        var aheadByAnHour = new RegisterQueries(register, provenance, citations, Clock.offset(Clock.systemUTC(), Duration.ofHours(1)), recordVersion,
                exercises);
        RegisterQueries.Reading reading = aheadByAnHour.reading(null);

        ObjectNode withoutSweden = smallDataset(ORG);
        ArrayNode events = (ArrayNode) withoutSweden.get("membershipEvents");
        for (int i = events.size() - 1; i >= 0; i--) {
            if (events.get(i).path("id").asString().equals("EV-SWE-OBSERVER")) {
                events.remove(i);
            }
        }
        imported(withoutSweden);
        var membership = aheadByAnHour.membership(aheadByAnHour.organization(ORG, reading.at()), reading.at());

        assertThat(membership.history(StateCode.of("SWE"))).as("the membership as at the version read").isPresent();
        assertThat(aheadByAnHour.reading(null).version()).isNotEqualTo(reading.version());
        var after = aheadByAnHour.reading(null);
        assertThat(aheadByAnHour.membership(aheadByAnHour.organization(ORG, after.at()), after.at()).history(StateCode.of("SWE"))).isEmpty();
    }

    /** Creating an exercise imports its copy, and moves the version of its own answers only: the real record's stays as it was. */
    @Test
    void anExercisesImportLeavesTheRealRecordsVersionAsItWas() {
        String members = "/api/v1/organizations/CSTO/members";
        Answer before = get(members);
        String director = tokenFor("reading-exercise-director", "secretariat@CSTO");
        Answer created = postAs(director, "/api/v1/organizations/CSTO/exercises", json().writeValueAsBytes(java.util.Map.of("title", "Version " + System.nanoTime())));
        assertThat(created.status()).as("%s", created.body()).isEqualTo(201);

        Answer after = get(members);
        assertThat(after.headers().getETag()).isNotNull().isEqualTo(before.headers().getETag());
        assertThat(after.body().path("recordedAt")).isEqualTo(before.body().path("recordedAt"));
        Answer inExercise = get("/api/v1/organizations/" + created.body().path("code").asString() + "/members");
        assertThat(inExercise.status()).isEqualTo(200);
        assertThat(inExercise.body().path("recordedAt")).as("the exercise's answers are read at its import").isNotEqualTo(before.body().path("recordedAt"));
    }
}
