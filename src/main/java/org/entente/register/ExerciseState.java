package org.entente.register;

import java.time.Instant;
import java.util.Objects;
import org.entente.command.Result;

/**
 * Where an exercise stands: it runs, is closed (its participants act no more; its data stays readable as an exercise's),
 * and is archived. Each transition returns the next state, or why it cannot happen now ({@link Result}).
 */
public sealed interface ExerciseState {

    /** Where an exercise stands, as a code for storage and the API. */
    enum Status implements Coded {
        RUNNING, CLOSED, ARCHIVED
    }

    default Status status() {
        return switch (this) {
            case Running running -> Status.RUNNING;
            case Closed closed -> Status.CLOSED;
            case Archived archived -> Status.ARCHIVED;
        };
    }

    /** The real instant to read an exercise's clock at, asked at {@code now}: its closing once it is closed (its clock stands there), now while it runs. */
    default Instant clockReadAt(Instant now) {
        Instant closed = closedAt();
        return closed != null && closed.isBefore(now) ? closed : now;
    }

    /** When it was closed; null while it runs. */
    default Instant closedAt() {
        return switch (this) {
            case Running running -> null;
            case Closed closed -> closed.at();
            case Archived archived -> archived.closedAt();
        };
    }

    record Running() implements ExerciseState {
    }

    record Closed(Instant at) implements ExerciseState {
        public Closed {
            Objects.requireNonNull(at, "at");
        }
    }

    record Archived(Instant closedAt) implements ExerciseState {
        public Archived {
            Objects.requireNonNull(closedAt, "closedAt");
        }
    }

    ExerciseState RUNNING = new Running();

    /** The state stored as {@code status} with {@code closedAt} (null while running). */
    static ExerciseState of(Status status, Instant closedAt) {
        return switch (status) {
            case RUNNING -> RUNNING;
            case CLOSED -> new Closed(closedAt);
            case ARCHIVED -> new Archived(closedAt);
        };
    }

    default Result<ExerciseState> close(Instant at) {
        return this instanceof Running ? new Result.Done<>(new Closed(at)) : refused("close", this);
    }

    default Result<ExerciseState> archive() {
        return this instanceof Closed closed ? new Result.Done<>(new Archived(closed.at())) : refused("archive", this);
    }

    private static Result<ExerciseState> refused(String action, ExerciseState state) {
        String where = switch (state) {
            case Running running -> "it is still running: close it first";
            case Closed closed -> "it was closed at " + closed.at();
            case Archived archived -> "it is archived";
        };
        return new Result.Refused<>("cannot " + action + " this exercise: " + where);
    }
}
