package org.entente.register;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import org.entente.command.Result;
import org.junit.jupiter.api.Test;

/** An exercise runs, is closed, then archived, in that order only; its code is its organization's with -X and a number where that fits. */
class ExerciseStateTest {

    private static final Instant CLOSED = Instant.parse("2026-12-06T10:00:00Z");

    @Test
    void aRunningExerciseIsClosedThenArchivedKeepingWhenItWasClosed() {
        Result<ExerciseState> closed = ExerciseState.RUNNING.close(CLOSED);

        assertThat(closed).isEqualTo(new Result.Done<>(new ExerciseState.Closed(CLOSED)));
        ExerciseState archived = ((Result.Done<ExerciseState>) ((Result.Done<ExerciseState>) closed).value().archive()).value();
        assertThat(archived.status()).isEqualTo(ExerciseState.Status.ARCHIVED);
        assertThat(archived.closedAt()).isEqualTo(CLOSED);
    }

    @Test
    void aRunningExerciseIsNotArchivedAndAClosedOneNotClosedAgain() {
        assertThat(ExerciseState.RUNNING.archive()).isEqualTo(new Result.Refused<>("cannot archive this exercise: it is still running: close it first"));
        assertThat(new ExerciseState.Closed(CLOSED).close(CLOSED.plusSeconds(1)))
                .isEqualTo(new Result.Refused<>("cannot close this exercise: it was closed at 2026-12-06T10:00:00Z"));
        assertThat(new ExerciseState.Archived(CLOSED).close(CLOSED)).isInstanceOf(Result.Refused.class);
        assertThat(new ExerciseState.Archived(CLOSED).archive()).isInstanceOf(Result.Refused.class);
    }

    @Test
    void aStoredStatusReadsBackAsTheSameState() {
        for (ExerciseState state : new ExerciseState[] {ExerciseState.RUNNING, new ExerciseState.Closed(CLOSED), new ExerciseState.Archived(CLOSED)}) {
            assertThat(ExerciseState.of(state.status(), state.closedAt())).isEqualTo(state);
        }
    }

    @Test
    void theCodeIsTheOrganizationsWithXAndTheNumberWhereItFitsSixteenCharacters() {
        assertThat(Exercise.codeFor(OrganizationCode.of("CSTO"), 1)).contains(OrganizationCode.of("CSTO-X1"));
        assertThat(Exercise.codeFor(OrganizationCode.of("ABCDEFGHIJKLM"), 9)).contains(OrganizationCode.of("ABCDEFGHIJKLM-X9"));
        assertThat(Exercise.codeFor(OrganizationCode.of("ABCDEFGHIJKLM"), 10)).as("17 characters").isEmpty();
        assertThat(Exercise.codeFor(OrganizationCode.of("ABCDEFGHIJKLMNOP"), 1)).isEmpty();
    }

    @Test
    void anExerciseHasACodeOfItsOwnAndATitleOfOneLine() {
        OrganizationCode csto = OrganizationCode.of("CSTO");
        assertThatThrownBy(() -> Exercise.start(csto, csto, "Drill", CLOSED, "someone")).hasMessageContaining("code of its own");
        assertThat(Exercise.whyNotATitle(" ")).isPresent();
        assertThat(Exercise.whyNotATitle("two\nlines")).contains("the title is one line, without control characters");
        assertThat(Exercise.whyNotATitle("x".repeat(201))).contains("the title is at most 200 characters, not 201");
        assertThat(Exercise.whyNotATitle("Kazakhstan 2022, replayed")).isEmpty();
    }
}
